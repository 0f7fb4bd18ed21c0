using System.CommandLine;
using System.Diagnostics;
using System.Runtime.InteropServices;
using Lantu.Storage;
using Lantu.Storage.Search;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Lantu.Cli.Commands;

/// <summary>
/// `lantu bench search [--runs N] --db …`: search latency (p50/p95) of a fixed set of queries through
/// <see cref="PlanSearch"/> (what the portal and the API run), against a plain in-memory scan of the same paragraph
/// text (string.Contains over every paragraph of every plan's current version) in the same process.
/// </summary>
public static class BenchSearchCommand
{
    /// <summary>Words planners look for: long ones, short ones and one character, Latin and digits, several words.</summary>
    public static readonly string[] Queries =
    [
        "5G基站", "数字经济", "乡村振兴", "碳达峰", "高质量发展", "营商环境 优化", "新型基础设施", "生态环境保护", "一带一路", "智慧城市",
        "人才", "海洋", "教育", "5%", "网",
    ];

    public static Command Create()
    {
        var runs = new Option<int>("--runs") { Description = "每个检索词的重复次数", DefaultValueFactory = _ => 20 };
        var limit = new Option<int>("--limit") { Description = "每次检索的结果条数（门户每页 50 条）", DefaultValueFactory = _ => 50 };
        var command = new Command("search", "全文检索延迟（P50/P95）：索引检索与逐段扫描对比") { runs, limit, Common.Json };
        command.SetAction(result =>
        {
            using var services = Common.Services(result);
            int n = Math.Max(1, result.GetValue(runs)), max = Math.Clamp(result.GetValue(limit), 1, 500);
            var session = services.Session;
            var search = services.GetRequiredService<PlanSearch>();

            // The first search brings the index up to date with the store (a full build when it has none).
            var build = Stopwatch.StartNew();
            search.Search(new SearchQuery("规划", Limit: 1));
            build.Stop();

            var load = Stopwatch.StartNew();
            List<(long Plan, int Line, string Text)> paragraphs;
            paragraphs = session.Query<(long Plan, int Line, string Text)>(
                    "SELECT p.id, pa.line_start, pa.text FROM paragraphs pa JOIN plans p ON p.current_version_id = pa.version_id")
                    .Select(p => (p.Plan, p.Line, Lantu.Core.Text.CjkText.SearchForm(p.Text))).ToList();
            load.Stop();

            var rows = new List<Row>();
            var allIndex = new List<double>();
            var allScan = new List<double>();
            foreach (var text in Queries)
            {
                var query = new SearchQuery(text, Limit: max);
                var terms = query.Terms;
                int hits = search.Search(query).Count, matches = Scan(paragraphs, terms); // warm-up, and the counts
                var index = new List<double>(n);
                var scan = new List<double>(n);
                for (int i = 0; i < n; i++)
                {
                    var t = Stopwatch.GetTimestamp();
                    search.Search(query);
                    index.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
                    t = Stopwatch.GetTimestamp();
                    Scan(paragraphs, terms);
                    scan.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
                }
                allIndex.AddRange(index);
                allScan.AddRange(scan);
                rows.Add(new Row(text, search.MethodOf(query), hits, matches,
                    Pct(index, 50), Pct(index, 95), Pct(scan, 50), Pct(scan, 95)));
            }
            int plans;
            plans = session.ExecuteScalar<int>("SELECT COUNT(*) FROM plans");
            var report = new
            {
                store = session.Dialect.ToString().ToLowerInvariant(), plans, paragraphs = paragraphs.Count,
                characters = paragraphs.Sum(p => (long)p.Text.Length), runs = n, limit = max,
                scan_load_ms = Math.Round(load.Elapsed.TotalMilliseconds, 1), index_catch_up_ms = Math.Round(build.Elapsed.TotalMilliseconds, 1),
                index_p50_ms = Pct(allIndex, 50), index_p95_ms = Pct(allIndex, 95), scan_p50_ms = Pct(allScan, 50), scan_p95_ms = Pct(allScan, 95),
                queries = rows,
                machine = $"{Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1073741824} GiB, {RuntimeInformation.OSDescription}, .NET {Environment.Version}",
                date = DateTime.UtcNow.ToString("yyyy-MM-dd"),
            };
            if (result.GetValue(Common.Json)) { Common.WriteJson(report); return 0; }
            var table = new Table().AddColumns("检索词", "方式", "结果", "匹配段落", "索引 P50/P95 毫秒", "扫描 P50/P95 毫秒");
            foreach (var r in rows)
                table.AddRow(Markup.Escape(r.Query), r.Method, r.Hits.ToString(), r.Matches.ToString("N0"), $"{r.IndexP50}/{r.IndexP95}", $"{r.ScanP50}/{r.ScanP95}");
            table.AddRow("[bold]全部[/]", "", "", "", $"{report.index_p50_ms}/{report.index_p95_ms}", $"{report.scan_p50_ms}/{report.scan_p95_ms}");
            AnsiConsole.Write(table);
            AnsiConsole.MarkupLine($"[grey]{report.store}：{plans} 份规划，{paragraphs.Count:N0} 段（当前版本），{report.characters:N0} 字；索引追平 {report.index_catch_up_ms} 毫秒；载入扫描用文本 {report.scan_load_ms} 毫秒；每词 {n} 次[/]");
            AnsiConsole.MarkupLine($"[grey]{Markup.Escape(report.machine)}[/]");
            return 0;
        });
        return command;
    }

    public sealed record Row(string Query, string Method, int Hits, int Matches, double IndexP50, double IndexP95, double ScanP50, double ScanP95);

    /// <summary>The plain scan: every paragraph containing every term (ASCII case ignored, as the index does).</summary>
    private static int Scan(List<(long Plan, int Line, string Text)> paragraphs, IReadOnlyList<string> terms)
    {
        int n = 0;
        foreach (var p in paragraphs)
        {
            var all = true;
            foreach (var t in terms)
                if (!p.Text.Contains(t, StringComparison.OrdinalIgnoreCase)) { all = false; break; }
            if (all) n++;
        }
        return n;
    }

    private static double Pct(List<double> values, int p)
    {
        var sorted = values.Order().ToList();
        return Math.Round(sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p / 100.0 * sorted.Count) - 1)], 2);
    }
}
