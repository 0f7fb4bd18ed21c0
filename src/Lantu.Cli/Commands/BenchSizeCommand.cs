using System.Diagnostics;
using System.Text;
using Lantu.Application.Samples;
using Lantu.Core.Indicators;
using Lantu.Core.Model;
using Lantu.Core.Normalization;
using Lantu.Core.Reading;
using Lantu.Core.Structure;
using Lantu.Core.Tasks;
using Lantu.Storage;
using Lantu.Storage.Search;
using Spectre.Console;

namespace Lantu.Cli.Commands;

/// <summary>
/// `lantu bench ingest --size 1,2,4,8,16 --db …`: one document of each size in MB (the five samples' text repeated, a
/// distinct title per size), ingested stage by stage with a stopwatch each — reading, normalisation, boxes, outline,
/// metadata, glossary, indicators, tasks and projects, storing, the search index — so a stage whose time grows faster
/// than the size shows. Time per MB should stay flat from 1 to 16 MB. CPU time is reported too: on a shared machine
/// it moves less than wall-clock time.
/// </summary>
public static class BenchSizeCommand
{
    public sealed record Row(double Megabytes, int Lines, Dictionary<string, int> Found, Dictionary<string, double> StageMs, double TotalMs, double CpuMs, double MsPerMb);

    public static int Run(PlanWriter writer, PlanSearch search, IReadOnlyList<int> sizes, bool json)
    {
        var samples = Directory.GetFiles(SampleCorpus.Directory, "*.txt").Order().Select(File.ReadAllText).ToList();
        var rows = new List<Row>();
        Run(writer, search, SizedDocument.Of(samples, 1 << 18), "预热"); // JIT and caches, not reported
        foreach (var size in sizes)
        {
            var bytes = SizedDocument.Of(samples, size << 20);
            rows.Add(Run(writer, search, bytes, $"规模测试 {size} MB"));
        }
        if (json) { Common.WriteJson(rows); return 0; }
        var stages = rows[0].StageMs.Keys.ToList();
        var table = new Table().AddColumn("MB").AddColumn("行");
        foreach (var s in stages) table.AddColumn(s);
        table.AddColumn("合计 ms").AddColumn("CPU ms").AddColumn("ms/MB");
        foreach (var r in rows)
            table.AddRow([r.Megabytes.ToString("0.0"), r.Lines.ToString("N0"), .. stages.Select(s => r.StageMs[s].ToString("N0")),
                r.TotalMs.ToString("N0"), r.CpuMs.ToString("N0"), r.MsPerMb.ToString("N0")]);
        AnsiConsole.Write(table);
        return 0;
    }

    private static Row Run(PlanWriter writer, PlanSearch search, byte[] bytes, string title)
    {
        var stages = new Dictionary<string, double>();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        T Time<T>(string stage, Func<T> work)
        {
            var t = Stopwatch.GetTimestamp();
            var result = work();
            stages[stage] = Math.Round(Stopwatch.GetElapsedTime(t).TotalMilliseconds, 1);
            return result;
        }
        // The steps of PlanParser.Parse, one by one.
        var source = Time("读取", () => DocumentReader.Read(bytes, title + ".txt"));
        var doc = Time("规范化", () => Normalizer.Normalize(source));
        var boxes = Time("专栏", () => BoxParser.Parse(doc.Paragraphs));
        var outline = Time("目录", () => OutlineBuilder.Build(doc.Paragraphs, boxes));
        var metadata = Time("元数据", () => MetadataDetector.Detect(doc.Paragraphs));
        var glossary = Time("名词解释", () => GlossaryParser.Parse(doc.Paragraphs));
        var parts = new StructuredPlan
        {
            Source = doc.Source, Metadata = metadata, Paragraphs = doc.Paragraphs, Outline = outline,
            Boxes = boxes.Select(b => b.Box).ToList(), Glossary = glossary,
        };
        Time("指标", () => IndicatorExtractor.Extract(doc, parts));
        // The whole plan as PlanParser puts it together (its stages were timed above; not counted again).
        var untimed = Stopwatch.StartNew();
        var plan = Lantu.Core.PlanParser.Parse(doc);
        untimed.Stop();
        Time("任务项目", () => TaskDeriver.Derive(plan).Count + ProjectDeriver.Derive(plan).Count);
        // Storing derives tasks and projects again inside the transaction; the column above is that share of it.
        Time("写库", () => writer.Save(plan, new PlanOverrides(Title: title)));
        Time("检索索引", () => search.Search(new SearchQuery("规划", Limit: 1)).Count);
        var elapsed = stages.Values.Sum();
        double mb = bytes.Length / 1048576.0;
        static int Nodes(IEnumerable<OutlineNode> nodes) => nodes.Sum(n => 1 + Nodes(n.Children));
        var found = new Dictionary<string, int>
        {
            ["paragraphs"] = plan.Paragraphs.Count, ["outline"] = Nodes(plan.Outline), ["boxes"] = plan.Boxes.Count, ["indicators"] = plan.Indicators.Count,
        };
        return new Row(Math.Round(mb, 2), source.Lines.Count, found, stages, Math.Round(elapsed),
            Math.Round((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds * elapsed / (elapsed + untimed.Elapsed.TotalMilliseconds)),
            Math.Round(elapsed / mb));
    }
}
