using System.CommandLine;
using System.Diagnostics;
using Lantu.Core;
using Lantu.Core.Reading;
using Spectre.Console;

namespace Lantu.Cli.Commands;

/// <summary>
/// `lantu bench extract PATH… [--runs N]`: extraction speed without storage — every document under the paths read
/// (whatever its format), normalised and parsed into a structured plan, once to warm up and then N times; the median
/// of each document's runs is reported, and the corpus's total in MB/s. Reading includes LibreOffice for .doc/.wps,
/// so those are slow by design.
/// </summary>
public static class BenchExtractCommand
{
    public sealed record Row(string Document, double Kilobytes, int Lines, int Indicators, double ReadMs, double ParseMs, double TotalMs);

    public sealed record Summary(IReadOnlyList<Row> Documents, double Megabytes, double TotalMs, double MegabytesPerSecond, int Runs);

    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "文档或目录（目录下的全部文档）", Arity = ArgumentArity.OneOrMore };
        var runs = new Option<int>("--runs") { Description = "每份文档计时的次数（取中位数）", DefaultValueFactory = _ => 5 };
        var command = new Command("extract", "抽取速度：读取、规范化与结构化（不写库），逐份文档计时") { paths, runs, Common.Json };
        command.SetAction(result => Run(result.GetValue(paths)!, Math.Max(1, result.GetValue(runs)), result.GetValue(Common.Json)));
        return command;
    }

    private static int Run(string[] paths, int runs, bool json)
    {
        var files = paths.SelectMany(p => Directory.Exists(p) ? Directory.GetFiles(p, "*", SearchOption.AllDirectories).Order() : (IEnumerable<string>)[p])
            .Where(f => !Path.GetFileName(f).StartsWith('.')).ToList();
        var rows = new List<Row>();
        if (json) rows.AddRange(files.Select(f => Measure(f, runs))); // standard output is the JSON alone
        else
            AnsiConsole.Progress().Start(progress =>
            {
                var task = progress.AddTask("抽取", maxValue: files.Count);
                foreach (var file in files)
                {
                    rows.Add(Measure(file, runs));
                    task.Increment(1);
                }
            });
        double mb = rows.Sum(r => r.Kilobytes) / 1024, total = rows.Sum(r => r.TotalMs);
        var summary = new Summary(rows, Math.Round(mb, 3), Math.Round(total, 1), Math.Round(mb / (total / 1000), 2), runs);
        if (json) { Common.WriteJson(summary); return 0; }
        var table = new Table().AddColumns("文档", "KB", "行", "指标", "读取 ms", "解析 ms", "合计 ms");
        foreach (var r in rows)
            table.AddRow(r.Document, r.Kilobytes.ToString("N1"), r.Lines.ToString("N0"), r.Indicators.ToString(),
                r.ReadMs.ToString("N1"), r.ParseMs.ToString("N1"), r.TotalMs.ToString("N1"));
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine($"{rows.Count} 份文档，{summary.Megabytes:N2} MB，{summary.TotalMs:N0} ms（每份取 {runs} 次的中位数），{summary.MegabytesPerSecond:N2} MB/s");
        return 0;
    }

    private static Row Measure(string file, int runs)
    {
        var bytes = File.ReadAllBytes(file);
        var name = Path.GetFileName(file);
        var plan = PlanParser.Parse(DocumentReader.Read(bytes, name)); // warm-up: JIT, embedded tables, caches
        var read = new List<double>(runs);
        var parse = new List<double>(runs);
        int lines = 0;
        for (int i = 0; i < runs; i++)
        {
            var t = Stopwatch.GetTimestamp();
            var source = DocumentReader.Read(bytes, name);
            read.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
            t = Stopwatch.GetTimestamp();
            plan = PlanParser.Parse(source);
            parse.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
            lines = source.Lines.Count;
        }
        double r = Median(read), p = Median(parse);
        return new Row(name, Math.Round(bytes.Length / 1024.0, 1), lines, plan.Indicators.Count, Math.Round(r, 1), Math.Round(p, 1), Math.Round(r + p, 1));
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values.Count % 2 == 1 ? values[values.Count / 2] : (values[values.Count / 2 - 1] + values[values.Count / 2]) / 2;
    }
}
