using System.CommandLine;
using Lantu.Storage;
using Lantu.Storage.Search;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Lantu.Cli.Commands;

/// <summary>`lantu ingest FILE... [--title --region --level --kind]`: read, structure and store plan documents.</summary>
public static class IngestCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("FILE") { Description = "规划文件（文本、Markdown、网页 .html/.mhtml、.docx、.doc 或 .pdf）", Arity = ArgumentArity.OneOrMore };
        var title = new Option<string?>("--title") { Description = "规划标题（文档未写明时）" };
        var region = new Option<string?>("--region") { Description = "地区，如 厦门市" };
        var level = new Option<string?>("--level") { Description = "层级：省/市/县区/开发区" };
        var kind = new Option<string?>("--kind") { Description = "类型：总体规划/专项规划" };
        var command = new Command("ingest", "导入规划文档") { files, title, region, level, kind, Common.Json };
        command.SetAction(result =>
        {
            var overrides = new PlanOverrides(result.GetValue(title), result.GetValue(region), result.GetValue(level), result.GetValue(kind));
            var paths = result.GetValue(files)!;
            using var services = Common.Services(result);
            var outcomes = Run(services.Session, services.Get<PlanIngestor>(), paths.Select(p => (p, overrides)).ToList(), result.GetValue(Common.Json));
            return outcomes.Any(o => o.Error is not null) ? 1 : 0;
        });
        return command;
    }

    public sealed record Outcome(string File, IngestResult? Result, string? Error);

    /// <summary>Ingests each file in its own transaction with a progress bar; a failure is reported and the rest go on.</summary>
    public static List<Outcome> Run(LantuSession session, PlanIngestor ingestor, IReadOnlyList<(string Path, PlanOverrides Overrides)> files, bool json)
    {
        var outcomes = new List<Outcome>();
        void IngestAll(Action<string>? progress)
        {
            foreach (var (path, overrides) in files)
            {
                progress?.Invoke(Path.GetFileName(path));
                try { outcomes.Add(new Outcome(path, ingestor.IngestFile(path, overrides), null)); }
                catch (Exception e) when (e is Lantu.Core.Reading.DocumentReadException or IOException or UnauthorizedAccessException)
                {
                    outcomes.Add(new Outcome(path, null, e.Message));
                }
            }
        }

        if (json || Console.IsOutputRedirected) IngestAll(null);
        else
            AnsiConsole.Progress().Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .Start(ctx =>
                {
                    var task = ctx.AddTask("导入规划", maxValue: files.Count);
                    IngestAll(name => { task.Description = $"导入 {Markup.Escape(name)}"; if (outcomes.Count > 0) task.Increment(1); });
                    task.Value = task.MaxValue;
                });

        // The search index follows now, not on the first search after a bulk load.
        if (outcomes.Any(o => o.Result is not null)) LuceneIndex.For(session.Database).CatchUp(session);
        foreach (var failed in outcomes.Where(o => o.Error is not null))
            Console.Error.WriteLine($"错误：{failed.Error}");
        var done = outcomes.Where(o => o.Result is not null).Select(o => o.Result!).ToList();
        if (json) Common.WriteJson(done.Select(r => new { id = r.PlanId, version = r.VersionNo, outcome = r.Outcome, title = r.Title, warnings = r.Warnings }));
        else if (done.Count > 0)
        {
            var table = new Table().AddColumns("编号", "版本", "结果", "标题");
            foreach (var r in done)
                table.AddRow(r.PlanId.ToString(), r.VersionNo.ToString(), Describe(r.Outcome), Markup.Escape(r.Title));
            AnsiConsole.Write(table);
            foreach (var r in done)
                foreach (var w in r.Warnings) AnsiConsole.MarkupLine($"[darkorange]提示（{Markup.Escape(r.Title)}）：{Markup.Escape(w)}[/]");
        }
        return outcomes;
    }

    private static string Describe(string outcome) => outcome switch
    {
        IngestResult.Created => "[green]新建[/]",
        IngestResult.NewVersion => "[yellow]新版本[/]",
        _ => "[grey]内容相同，未改动[/]",
    };
}
