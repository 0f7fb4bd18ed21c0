using System.CommandLine;
using Lantu.Application.Monitoring;
using Lantu.Core.Monitoring;
using Lantu.Storage;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Lantu.Cli.Commands;

/// <summary>`lantu warnings [PLAN] [--year Y] [--json]`: 预警 — binding indicators forecast to miss their target, and
/// indicators 滞后 two years in a row; every plan when none is named.</summary>
public static class WarningsCommand
{
    public static Command Create()
    {
        var plan = new Argument<string?>("PLAN") { Description = "规划编号，或标题/地区中唯一的一段文字（省略则列出全部规划）", Arity = ArgumentArity.ZeroOrOne };
        var year = new Option<int?>("--year") { Description = "监测年份（默认：该规划有数据的最近一年）" };
        var command = new Command("warnings", "预警清单：约束性指标预计难以实现目标、指标连续两年滞后") { plan, year, Common.Json };
        command.SetAction(result =>
        {
            using var services = Common.Services(result);
            var assessment = services.GetRequiredService<AssessmentService>();
            var plans = Common.OptionalPlan(services, result.GetValue(plan)) is { } one ? [one] : services.GetRequiredService<PlanReader>().List();
            var lists = plans.Select(p => assessment.Warnings(p.Id, result.GetValue(year))).ToList();
            if (result.GetValue(Common.Json))
            {
                Common.WriteJson(lists.SelectMany(l => l.Items.Select(i => new
                {
                    plan = l.PlanId, plan_title = l.PlanTitle, year = i.Year, indicator = i.Key, name = i.Name, binding = i.Binding,
                    kind = i.Kind == WarningKind.BindingForecastMiss ? "binding_forecast_miss" : "lagging_two_years",
                    reason = i.Reason,
                })));
                return 0;
            }
            foreach (var l in lists)
            {
                if (l.Items.Count == 0) { AnsiConsole.MarkupLine($"{Markup.Escape(l.PlanTitle)}（{l.Year}年）：[green]无预警[/]"); continue; }
                var table = new Table().Title(Markup.Escape($"{l.PlanTitle} {l.Year}年预警")).AddColumns("指标", "属性", "预警", "依据");
                foreach (var i in l.Items)
                    table.AddRow(Markup.Escape(i.Name), i.Binding ? "约束性" : "预期性",
                        i.Kind == WarningKind.BindingForecastMiss ? "[red]预计难以实现目标[/]" : "[darkorange]连续两年滞后[/]", Markup.Escape(i.Reason));
                AnsiConsole.Write(table);
            }
            return 0;
        });
        return command;
    }
}
