using System.Diagnostics;
using System.Globalization;
using Lantu.Application.Samples;
using Lantu.Core;
using Lantu.Core.Indicators;
using Lantu.Core.Normalization;
using Lantu.Core.Reading;
using Lantu.Core.Structure;
using Lantu.Storage;
using Lantu.Storage.Search;

namespace Lantu.Bench;

/// <summary>
/// `dotnet run -c Release --project bench/Lantu.Bench -- ingest [--runs N]`: the five samples ingested warm, in one
/// process, into a fresh SQLite database per run (one transaction per plan, as `lantu samples` stores them), timed
/// stage by stage: decoding, normalising, parsing (its parts — boxes, outline, metadata, glossary, indicators — timed again
/// apart, in brackets, not counted in the ingest), storing, and then the search index catch-up. Prints the median of each stage over the runs and MB/s of the ingest (read → commit) with
/// and without the index. Quicker to rerun than the BenchmarkDotNet suite, and it says where the time goes.
/// </summary>
public static class WarmIngest
{
    private static readonly string[] Stages =
        ["decode", "normalise", "parse", "(boxes)", "(outline)", "(metadata)", "(glossary)", "(indicators)", "store", "ingest", "index", "total"];

    public static int Run(string[] args)
    {
        int runs = args.SkipWhile(a => a != "--runs").Skip(1).Select(int.Parse).FirstOrDefault(10);
        var corpus = SampleCorpus.Entries().Select(e => (Bytes: File.ReadAllBytes(e.File), Name: Path.GetFileName(e.File), e.Overrides)).ToList();
        long bytes = corpus.Sum(c => (long)c.Bytes.Length);
        var dir = Directory.CreateTempSubdirectory("lantu-warm-ingest-").FullName;
        try
        {
            for (int i = 0; i < 3; i++) Once(corpus, dir); // JIT, tiered compilation, caches
            var samples = Enumerable.Range(0, runs).Select(_ => Once(corpus, dir)).ToList();
            double Median(string stage, bool cpu = false)
            {
                var v = samples.Select(s => (cpu ? s.Cpu : s.Wall)[stage]).Order().ToList();
                return v.Count % 2 == 1 ? v[v.Count / 2] : (v[v.Count / 2 - 1] + v[v.Count / 2]) / 2;
            }
            double mb = bytes / 1e6;
            Console.WriteLine($"five samples, {bytes:N0} bytes ({mb:0.###} MB), {runs} warm runs, each into a fresh SQLite database; median ms (wall clock; CPU time of the ingesting thread):");
            foreach (var stage in Stages) Console.WriteLine($"  {stage,-13} {Median(stage),8:0.0} {Median(stage, cpu: true),8:0.0}");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"ingest (read → commit): {mb / (Median("ingest") / 1000):0.00} MB/s; with the search index: {mb / (Median("total") / 1000):0.00} MB/s"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"by CPU time: ingest {mb / (Median("ingest", cpu: true) / 1000):0.00} MB/s, with the index {mb / (Median("total", cpu: true) / 1000):0.00} MB/s"));
            Console.WriteLine($"ingest wall clock: min {samples.Min(s => s.Wall["ingest"]):0.0} ms, max {samples.Max(s => s.Wall["ingest"]):0.0} ms");
        }
        finally { Directory.Delete(dir, true); }
        return 0;
    }

    private static (Dictionary<string, double> Wall, Dictionary<string, double> Cpu) Once(List<(byte[] Bytes, string Name, PlanOverrides Overrides)> corpus, string dir)
    {
        var times = Stages.ToDictionary(s => s, _ => 0.0);
        var cpus = Stages.ToDictionary(s => s, _ => 0.0);
        var path = Path.Combine(dir, Guid.NewGuid().ToString("N") + ".db");
        var db = LantuDatabase.Open(path); // migrations: not part of an ingest
        using (var session = db.OpenSession())
        {
            var writer = new PlanWriter(session);
            T Time<T>(string stage, Func<T> work)
            {
                var (t, cpu) = (Stopwatch.GetTimestamp(), ThreadCpu.Milliseconds());
                var result = work();
                times[stage] += Stopwatch.GetElapsedTime(t).TotalMilliseconds;
                cpus[stage] += ThreadCpu.Milliseconds() - cpu;
                return result;
            }
            foreach (var (bytes, name, overrides) in corpus)
            {
                // The steps of PlanIngestor.IngestBytes → PlanParser.Parse, one by one.
                var source = Time("decode", () => DocumentReader.Read(bytes, name));
                var doc = Time("normalise", () => Normalizer.Normalize(source));
                var plan = Time("parse", () => PlanParser.Parse(doc));
                // The parse's parts, timed again on their own (not counted in the ingest): where the parse's time goes.
                var boxes = Time("(boxes)", () => BoxParser.Parse(doc.Paragraphs));
                var outline = Time("(outline)", () => OutlineBuilder.Build(doc.Paragraphs, boxes));
                Time("(metadata)", () => MetadataDetector.Detect(doc.Paragraphs));
                Time("(glossary)", () => GlossaryParser.Parse(doc.Paragraphs));
                Time("(indicators)", () => IndicatorExtractor.Extract(doc, plan));
                Time("store", () => writer.Save(plan, overrides));
            }
            Time("index", () => { LuceneIndex.For(db).CatchUp(session); return 0; });
        }
        times["ingest"] = times["decode"] + times["normalise"] + times["parse"] + times["store"];
        times["total"] = times["ingest"] + times["index"];
        cpus["ingest"] = cpus["decode"] + cpus["normalise"] + cpus["parse"] + cpus["store"];
        cpus["total"] = cpus["ingest"] + cpus["index"];
        return (times, cpus); // the database and its index stay in the run's folder until the end (the index stays open in this process)
    }
}
