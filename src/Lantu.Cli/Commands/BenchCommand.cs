using System.CommandLine;
using System.Diagnostics;
using System.Runtime.InteropServices;
using Lantu.Application.Samples;
using Lantu.Core;
using Lantu.Core.Reading;
using Lantu.Storage;
using Spectre.Console;

namespace Lantu.Cli.Commands;

/// <summary>
/// `lantu bench ingest --count N --db …`: ingest N synthetic plans made from the samples into the given database
/// (which should be a scratch one) and report time, throughput, memory and the database's size.
/// </summary>
public static class BenchCommand
{
    public static Command Create()
    {
        var count = new Option<int>("--count") { Description = "生成并导入的规划份数", DefaultValueFactory = _ => 100 };
        var seed = new Option<int>("--seed") { Description = "随机种子（结果可复现）", DefaultValueFactory = _ => 1 };
        var rowByRow = new Option<bool>("--row-by-row") { Description = "PostgreSQL 小表逐行插入（批量插入之前的做法，用于对比）" };
        var sizes = new Option<string?>("--size") { Description = "改为导入给定大小（MB，逗号分隔，如 1,2,4,8,16）的单份文档，分阶段计时" };
        var ingest = new Command("ingest", "生成 N 份仿真规划并逐份导入，记录用时与内存（请用临时数据库）") { count, seed, rowByRow, sizes, Common.Json };
        ingest.SetAction(result =>
        {
            using var services = Common.Services(result);
            if (result.GetValue(sizes) is { Length: > 0 } list)
            {
                var mb = list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(s => int.TryParse(s, out var v) && v is > 0 and <= 256 ? v : throw new ArgumentException($"--size：“{s}”不是 1–256 之间的整数 MB")).ToList();
                return BenchSizeCommand.Run(services.Get<PlanWriter>(), services.Get<Lantu.Storage.Search.PlanSearch>(), mb, result.GetValue(Common.Json));
            }
            int n = result.GetValue(count);
            if (n <= 0) { Console.Error.WriteLine("错误：--count 必须为正数"); return 1; }
            var location = result.GetValue(Common.Db)!;
            var session = services.Session;
            var writer = services.Get<PlanWriter>();
            BulkInsert.RowByRow = result.GetValue(rowByRow);
            GC.Collect();
            long allocatedBefore = GC.GetTotalAllocatedBytes(true);
            int created = 0, versions = 0, unchanged = 0;
            var clock = Stopwatch.StartNew();
            var perDocument = new List<double>(n);
            var storing = new List<double>(n);
            foreach (var doc in SyntheticPlans.Generate(n, result.GetValue(seed)))
            {
                // What PlanIngestor.IngestBytes does, timed in two parts: read + parse, then the database transaction.
                var t = Stopwatch.GetTimestamp();
                var plan = PlanParser.Parse(DocumentReader.Read(doc.Bytes, doc.FileName));
                var s = Stopwatch.GetTimestamp();
                var r = writer.Save(plan, doc.Overrides);
                storing.Add(Stopwatch.GetElapsedTime(s).TotalMilliseconds);
                perDocument.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
                switch (r.Outcome)
                {
                    case IngestResult.Created: created++; break;
                    case IngestResult.NewVersion: versions++; break;
                    default: unchanged++; break;
                }
            }
            clock.Stop();
            var allocated = GC.GetTotalAllocatedBytes(true) - allocatedBefore;
            var peak = Process.GetCurrentProcess().PeakWorkingSet64;
            perDocument.Sort();
            storing.Sort();
            var size = DatabaseSize(session, location);
            var report = new
            {
                store = session.Dialect.ToString().ToLowerInvariant(), count = n, created, new_versions = versions, unchanged,
                seconds = Math.Round(clock.Elapsed.TotalSeconds, 2), per_second = Math.Round(n / clock.Elapsed.TotalSeconds, 1),
                median_ms = Math.Round(perDocument[perDocument.Count / 2], 1), p95_ms = Math.Round(perDocument[(int)(perDocument.Count * 0.95)], 1),
                store_seconds = Math.Round(storing.Sum() / 1000, 2), store_median_ms = Math.Round(storing[storing.Count / 2], 1),
                store_p95_ms = Math.Round(storing[(int)(storing.Count * 0.95)], 1), row_by_row = BulkInsert.RowByRow,
                peak_working_set_mb = peak / 1048576, allocated_mb = allocated / 1048576, database_mb = Math.Round(size / 1048576.0, 1),
                machine = $"{Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1073741824} GiB, {RuntimeInformation.OSDescription}, .NET {Environment.Version}",
            };
            if (result.GetValue(Common.Json)) { Common.WriteJson(report); return 0; }
            var table = new Table().AddColumns("数据库", "份数", "新建/新版本/未变", "总用时（其中写库）", "每秒", "中位/P95 毫秒", "峰值内存", "累计分配", "库大小");
            table.AddRow(report.store, n.ToString("N0"), $"{created}/{versions}/{unchanged}", $"{report.seconds} s ({report.store_seconds} s)", report.per_second.ToString(),
                $"{report.median_ms}/{report.p95_ms}", $"{report.peak_working_set_mb} MB", $"{report.allocated_mb} MB", $"{report.database_mb} MB");
            AnsiConsole.Write(table);
            AnsiConsole.MarkupLine($"[grey]{Markup.Escape(report.machine)}[/]");
            return 0;
        });
        return new Command("bench", "性能测试") { ingest, BenchSearchCommand.Create(), BenchExtractCommand.Create() };
    }

    private static long DatabaseSize(LantuSession session, string location)
    {
        if (session.Dialect == Dialect.Postgres)
        {
            return session.ExecuteScalar<long>("""
                SELECT COALESCE(SUM(pg_total_relation_size(c.oid)), 0) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = current_schema() AND c.relkind = 'r'
                """);
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var file = ConnectionStrings.Describe(location);
        return new[] { file, file + "-wal" }.Where(File.Exists).Sum(f => new FileInfo(f).Length);
    }
}
