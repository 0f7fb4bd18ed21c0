using System.CommandLine;
using System.Data.Common;
using Lantu.Storage;
using Spectre.Console;

namespace Lantu.Cli.Commands;

/// <summary>
/// `lantu migrate --from SOURCE --to TARGET`: copy a whole Lantu database into an empty one (SQLite ⇄ PostgreSQL,
/// either way), then verify it table by table with row counts and checksums. Exit 0 only when every table matches.
/// </summary>
public static class MigrateCommand
{
    public static Command Create()
    {
        var from = new Option<string>("--from") { Description = "源数据库：SQLite 文件，或 postgres://用户:密码@主机:端口/库", Required = true };
        var to = new Option<string>("--to") { Description = "目标数据库（须为空；不存在的 SQLite 文件会被创建）", Required = true };
        var command = new Command("migrate", "在 SQLite 与 PostgreSQL 之间完整迁移数据，并逐表核对行数与校验和") { from, to, Common.Json };
        command.SetAction(result =>
        {
            var json = result.GetValue(Common.Json);
            string source = result.GetValue(from)!, target = result.GetValue(to)!;
            IReadOnlyList<TableComparison> report;
            try
            {
                if (!ConnectionStrings.IsPostgres(source) && !File.Exists(ConnectionStrings.Describe(source)))
                    throw new FileNotFoundException($"源数据库文件不存在 (source not found)：{source}");
                var sourceDb = LantuDatabase.Open(source);
                var targetDb = LantuDatabase.Open(target);
                if (!json) AnsiConsole.MarkupLine($"迁移 [blue]{Markup.Escape(sourceDb.ToString())}[/] → [blue]{Markup.Escape(targetDb.ToString())}[/]");
                report = DatabaseCopier.Copy(sourceDb, targetDb,
                    json ? null : (table, rows) => AnsiConsole.MarkupLine($"  已复制 {Markup.Escape(table)}：{rows:N0} 行"));
            }
            catch (Exception e) when (e is InvalidOperationException or ArgumentException or IOException or DbException)
            {
                Console.Error.WriteLine($"错误：{e.Message}");
                return 1;
            }

            bool ok = report.All(r => r.Match);
            if (json)
                Common.WriteJson(new { ok, tables = report.Select(r => new { table = r.Table, source_rows = r.SourceRows, target_rows = r.TargetRows, source_checksum = r.SourceChecksum, target_checksum = r.TargetChecksum, match = r.Match }) });
            else
            {
                var table = new Table().AddColumns("数据表", "源行数", "目标行数", "源校验和（前 16 位）", "目标校验和（前 16 位）", "一致");
                foreach (var r in report)
                    table.AddRow(Markup.Escape(r.Table), r.SourceRows.ToString("N0"), r.TargetRows.ToString("N0"),
                        Short(r.SourceChecksum), Short(r.TargetChecksum), r.Match ? "[green]✓[/]" : "[red]✗[/]");
                AnsiConsole.Write(table);
                AnsiConsole.MarkupLine(ok
                    ? $"[green]迁移完成：{report.Count} 张表的行数与校验和全部一致 (all tables match)[/]"
                    : "[red]迁移后核对不一致 (verification failed)[/]");
            }
            if (!ok) Console.Error.WriteLine("错误：迁移后核对不一致 (verification failed)");
            return ok ? 0 : 2;
        });
        return command;
    }

    /// <summary>The table shows the first 16 of the 32 hex digits (--json gives them whole); a mismatch shows anyway.</summary>
    private static string Short(string checksum) => checksum.Length > 16 ? checksum[..16] : checksum;
}
