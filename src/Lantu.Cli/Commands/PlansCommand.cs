using System.CommandLine;
using Lantu.Storage;
using Spectre.Console;

namespace Lantu.Cli.Commands;

/// <summary>`lantu plans [--json]`: the catalogue.</summary>
public static class PlansCommand
{
    public static Command Create()
    {
        var command = new Command("plans", "列出已导入的规划") { Common.Json };
        command.SetAction(result =>
        {
            using var services = Common.Services(result);
            var plans = services.Get<PlanReader>().List();
            if (result.GetValue(Common.Json))
            {
                Common.WriteJson(plans.Select(p => new
                {
                    p.Id, p.Title, p.Region, p.Level, p.Kind, p.Subject, p.PeriodStart, p.PeriodEnd, p.HorizonYear,
                    p.SourceFile, p.Version, p.Headings, p.Boxes, p.Glossary,
                }));
                return 0;
            }
            var table = new Table().AddColumns("编号", "标题", "地区", "层级", "类型", "期限", "章节", "专栏", "名词");
            foreach (var p in plans)
                table.AddRow(p.Id.ToString(), Markup.Escape(p.Title), Markup.Escape(p.Region ?? "—"), p.Level ?? "—", p.Kind ?? "—",
                    $"{p.PeriodStart}–{p.PeriodEnd}", p.Headings.ToString(), p.Boxes.ToString(), p.Glossary.ToString());
            AnsiConsole.Write(table);
            return 0;
        });
        return command;
    }
}
