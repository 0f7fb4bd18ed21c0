using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using Lantu.Application.Exchange;
using Lantu.Core.Tasks;
using Lantu.Storage;
using Lantu.Storage.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Lantu.Cli.Commands;

/// <summary>`lantu projects PLAN [--json]` and its subcommands: stage, add, export, import.</summary>
public static partial class ProjectsCommand
{
    public static Command Create()
    {
        var plan = new Argument<string?>("PLAN") { Description = "规划编号，或标题/地区中唯一的一段文字", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("projects", "规划的重点项目：阶段、投资、起止时间和地点") { plan, Common.Json };
        command.SetAction(result =>
        {
            if (result.GetValue(plan) is not { Length: > 0 } p) { Console.Error.WriteLine("错误：请指定规划 (PLAN)"); return 1; }
            using var services = Common.Services(result);
            var id = Common.Plan(services, p).Id;
            var projects = services.GetRequiredService<ProjectStore>().List(id);
            if (result.GetValue(Common.Json)) { Common.WriteJson(projects); return 0; }
            var table = new Table().AddColumns("项目", "专栏", "行", "阶段", "计划投资", "已完成", "地点");
            foreach (var x in projects)
                table.AddRow(Markup.Escape(x.Name), Markup.Escape(x.BoxNumber.Length > 0 ? $"专栏{x.BoxNumber}" : x.Manual ? "手工添加" : "—"),
                    x.LineStart is int s ? s.ToString() : "—", Markup.Escape(x.Stage ?? "—"), Show(x.PlannedInvestmentWan, x.PlannedInvestmentUnit),
                    Show(x.CompletedInvestmentWan, x.CompletedInvestmentUnit), Markup.Escape(x.Location ?? "—"));
            AnsiConsole.Write(table);
            WriteSummary(services.GetRequiredService<TaskStore>().Report(id));
            return 0;
        });
        command.Add(Stage());
        command.Add(Add());
        command.Add(ExchangeCommands.Export<ProjectExchange>("导出重点项目清单为 Excel (.xlsx)", "个项目", (x, plan, path) => x.Export(plan, path)));
        command.Add(ExchangeCommands.Import<ProjectExchange>("由 projects export 导出并修改过的 .xlsx 文件",
            "从 Excel 导入项目阶段、投资等（有任何错误则全部不导入；编号留空即新增项目）", (x, path) => x.Import(path)));
        return command;
    }

    private static string Show(double? wan, string? unit) => wan is double w ? Markup.Escape(new Money(w, unit ?? Money.WanYuan).ToString()) : "—";

    internal static void WriteSummary(PlanTaskReport r)
    {
        var stages = string.Join("，", r.ProjectsByStage.Where(kv => kv.Value > 0).Select(kv => $"{kv.Key} {kv.Value}"));
        AnsiConsole.MarkupLine($"项目 {r.Projects} 个（{Markup.Escape(stages)}）；计划投资 {r.PlannedInvestmentWan / 10000:0.##} 亿元，已完成 {r.CompletedInvestmentWan / 10000:0.##} 亿元" +
            (r.InvestmentCompletion is double c ? $"，完成率 {c:P1}" : ""));
        AnsiConsole.MarkupLine($"任务 {r.Tasks} 项（{Markup.Escape(string.Join("，", r.TasksByStatus.Select(kv => $"{kv.Key} {kv.Value}")))}），滞后 {r.LateTasks} 项，未明确牵头单位 {r.Unassigned} 项");
    }

    private static Command Stage()
    {
        var plan = Common.PlanArgument();
        var name = new Argument<string>("NAME") { Description = "项目编号、名称或其中唯一的一段文字" };
        var stage = new Argument<string>("STAGE") { Description = "阶段：" + string.Join("/", Vocabulary.Stages) };
        var note = new Option<string>("--note") { Description = "说明", DefaultValueFactory = _ => "" };
        var command = new Command("stage", "设定项目所处阶段（记入阶段历史）") { plan, name, stage, note, Common.Json };
        command.SetAction(result => TasksCommand.Guard(() =>
        {
            using var services = Common.Services(result);
            var id = Common.Plan(services, result.GetValue(plan)).Id;
            var p = services.GetRequiredService<ProjectStore>().SetStage(id, result.GetValue(name)!, result.GetValue(stage)!, result.GetValue(note)!);
            if (result.GetValue(Common.Json)) Common.WriteJson(p);
            else AnsiConsole.MarkupLine($"项目 [bold]{Markup.Escape(p.Name)}[/] 现处于“{Markup.Escape(p.Stage!)}”阶段");
        }));
        return command;
    }

    private static Command Add()
    {
        var plan = Common.PlanArgument();
        var name = new Argument<string>("NAME") { Description = "项目名称" };
        var stage = new Option<string?>("--stage") { Description = "阶段：" + string.Join("/", Vocabulary.Stages) };
        var investment = new Option<string?>("--investment") { Description = "计划投资，如 12亿元 或 3500万元" };
        var location = new Option<string?>("--location") { Description = "建设地点" };
        var command = new Command("add", "手工添加重点项目") { plan, name, stage, investment, location };
        command.SetAction(result => TasksCommand.Guard(() =>
        {
            using var services = Common.Services(result);
            var id = Common.Plan(services, result.GetValue(plan)).Id;
            Money? money = null;
            if (result.GetValue(investment) is { Length: > 0 } text)
            {
                var m = AmountPattern().Match(text.Trim());
                if (!m.Success) throw new ArgumentException($"无法识别的金额“{text}”（如 12亿元 或 3500万元）");
                money = Money.Of(double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), m.Groups[2].Value + "元");
            }
            var p = services.GetRequiredService<ProjectStore>().Add(id, result.GetValue(name)!, result.GetValue(stage), money, result.GetValue(location));
            AnsiConsole.MarkupLine($"已添加项目 [bold]{Markup.Escape(p.Name)}[/]（编号 {Markup.Escape(p.Key)}）");
        }));
        return command;
    }

    [GeneratedRegex(@"^(\d+(?:\.\d+)?)\s*([万亿])元?$")]
    private static partial Regex AmountPattern();
}
