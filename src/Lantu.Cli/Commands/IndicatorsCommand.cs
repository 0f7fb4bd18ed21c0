using System.CommandLine;
using Lantu.Application.Monitoring;
using Lantu.Storage;
using Lantu.Storage.Monitoring;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Lantu.Cli.Commands;

/// <summary>`lantu indicators PLAN [--json] [--table LINE]`: every indicator table row and prose target, with its source
/// lines; with --table, the one table around LINE as the parser read it (<see cref="TableInspection"/>).</summary>
public static class IndicatorsCommand
{
    public static Command Create()
    {
        var plan = Common.PlanArgument();
        var tableLine = new Option<int?>("--table") { Description = "显示包含该行的指标表：区域、列的角色、原始行与结果行对照" };
        var command = new Command("indicators", "显示规划的指标（指标表各行及正文中的目标）") { plan, Common.Json, tableLine };
        command.SetAction(result =>
        {
            using var services = Common.Services(result);
            if (result.GetValue(tableLine) is { } line)
                return TableInspection.Run(services.GetRequiredService<PlanReader>(), Common.Plan(services, result.GetValue(plan)).Id, line, result.GetValue(Common.Json));
            var rows = services.GetRequiredService<IndicatorReader>().List(Common.Plan(services, result.GetValue(plan)).VersionId);
            if (result.GetValue(Common.Json))
            {
                Common.WriteJson(rows.Select(IndicatorJson.Shape));
                return 0;
            }
            var table = new Table().AddColumns("编号", "类别", "指标", "单位", "基期", "目标", "增长", "属性", "来源", "行");
            foreach (var r in rows)
                table.AddRow(r.Id.ToString(), Markup.Escape(r.Category ?? ""), Markup.Escape((r.Parent is null ? "" : "└ ") + r.Name), Markup.Escape(r.Unit ?? ""),
                    Markup.Escape(r.Base ?? ""), Markup.Escape(r.Target ?? r.Actual ?? ""), Markup.Escape(r.Growth ?? ""), Markup.Escape(r.Attribute ?? ""),
                    r.Source == "text" ? "正文" : r.TableKind == "review" ? "回顾表" : "指标表", r.LineStart.ToString());
            AnsiConsole.Write(table);
            return 0;
        });
        return command;
    }
}
