using System.Globalization;
using System.Text;
using Lantu.Application.Samples;
using Lantu.Core;
using Lantu.Core.Indicators;
using Lantu.Core.Normalization;
using Lantu.Core.Reading;

namespace Lantu.Bench;

/// <summary>
/// `dotnet run -c Release --project bench/Lantu.Bench -- scaling [--sizes 1,2,4,8,16]`: normalising, parsing and
/// indicator extraction of one document of each size in MB (the samples' text repeated, each copy's short lines marked
/// so they are not taken for page headers — as `lantu bench ingest --size` builds it), timed by the thread's CPU time,
/// which a busy machine disturbs far less than wall-clock time. CPU ms per MB should stay flat as the size doubles.
/// </summary>
public static class ParseScaling
{
    public static int Run(string[] args)
    {
        var sizes = (args.SkipWhile(a => a != "--sizes").Skip(1).FirstOrDefault() ?? "1,2,4,8,16").Split(',').Select(int.Parse).ToList();
        var samples = Directory.GetFiles(SampleCorpus.Directory, "*.txt").Order().Select(File.ReadAllText).ToList();
        Measure(SizedDocument.Of(samples, 1 << 18)); // JIT and caches
        Console.WriteLine("MB      lines  normalise  parse (all)  indicators  CPU ms/MB (parse)");
        foreach (var size in sizes)
        {
            var (lines, normalise, parse, indicators) = Measure(SizedDocument.Of(samples, size << 20));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{size,2} {lines,10:N0} {normalise,10:0} {parse,12:0} {indicators,11:0} {parse / size,18:0}"));
        }
        return 0;
    }

    private static (int Lines, double Normalise, double Parse, double Indicators) Measure(byte[] bytes)
    {
        var source = DocumentReader.Read(bytes, "规模测试.txt");
        double t = ThreadCpu.Milliseconds();
        var doc = Normalizer.Normalize(source);
        double normalise = ThreadCpu.Milliseconds() - t;
        t = ThreadCpu.Milliseconds();
        var plan = PlanParser.Parse(doc);
        double parse = ThreadCpu.Milliseconds() - t;
        t = ThreadCpu.Milliseconds();
        IndicatorExtractor.Extract(doc, plan);
        double indicators = ThreadCpu.Milliseconds() - t;
        return (source.Lines.Count, normalise, parse, indicators);
    }
}
