using System.CommandLine;
using Lantu.Core.Monitoring;
using Lantu.Reports;
using Lantu.Storage;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Lantu.Cli.Commands;

/// <summary>`lantu report PLAN --year Y --format docx|xlsx|html -o FILE [--method schedule|progress|midterm|forecast]`:
/// 年度监测报告, 中期评估 or 总结评估 by the year (a report by the mid-term method is a 中期评估).</summary>
public static class ReportCommand
{
    public static Command Create()
    {
        var plan = Common.PlanArgument();
        var year = new Option<int>("--year") { Description = "监测年份（第三年为中期评估，末年为总结评估）", Required = true };
        var format = new Option<string>("--format") { Description = "docx、xlsx 或 html", DefaultValueFactory = _ => "docx" };
        format.AcceptOnlyFromAmong("docx", "xlsx", "html");
        var output = new Option<string>("--output", "-o") { Description = "输出文件", Required = true };
        var method = new Option<string>("--method")
        {
            Description = "评估方法：schedule（序时进度）、progress（进展测度，复合增长率之比）、midterm（中期评估分类）、forecast（趋势预测）",
            DefaultValueFactory = _ => "schedule",
        };
        method.AcceptOnlyFromAmong("schedule", "progress", "midterm", "forecast");
        var command = new Command("report", "生成监测/评估报告（含状态表、预警、走势图、重点项目）") { plan, year, format, output, method };
        command.SetAction(result =>
        {
            using var services = Common.Services(result);
            var p = Common.Plan(services, result.GetValue(plan));
            var model = services.Get<PlanReport>().Build(p.Id, result.GetValue(year),
                EvaluationMethodText.Parse(result.GetValue(method)!));
            var fmt = Enum.Parse<ReportFormat>(result.GetValue(format)!, ignoreCase: true);
            var path = result.GetValue(output)!;
            using (var stream = File.Create(path)) ReportWriter.Write(model, fmt, stream);
            AnsiConsole.MarkupLine($"已生成 {Markup.Escape(path)}（{model.Indicators.Count} 项指标）");
            return 0;
        });
        return command;
    }
}
