using System.CommandLine;
using Lantu.Application.Exchange;
using Lantu.Core.Tasks;
using Lantu.Storage;
using Lantu.Storage.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Lantu.Cli.Commands;

/// <summary>`lantu tasks PLAN [--json] [--department D]` and its subcommands: assign, milestone, report, export, import.</summary>
public static class TasksCommand
{
    public static Command Create()
    {
        var plan = new Argument<string?>("PLAN") { Description = "规划编号，或标题/地区中唯一的一段文字", Arity = ArgumentArity.ZeroOrOne };
        var department = new Option<string?>("--department") { Description = "只显示该单位牵头或配合的任务" };
        var command = new Command("tasks", "规划的任务分解：牵头单位、配合单位、状态和年度目标") { plan, department, Common.Json };
        command.SetAction(result =>
        {
            if (result.GetValue(plan) is not { Length: > 0 } p) { Console.Error.WriteLine("错误：请指定规划 (PLAN)"); return 1; }
            using var services = Common.Services(result);
            var id = Common.Plan(services, p).Id;
            var dept = result.GetValue(department);
            var tasks = services.GetRequiredService<TaskStore>().List(id, dept);
            if (result.GetValue(Common.Json)) { Common.WriteJson(tasks); return 0; }
            var table = new Table().AddColumns("任务", "章节", "行", "牵头单位", "配合单位", "状态");
            foreach (var t in tasks)
                table.AddRow(Markup.Escape(t.Title) + (t.Late ? " [red]（滞后）[/]" : ""), Markup.Escape(t.Section.Length > 0 ? t.Section : t.Chapter),
                    t.InCurrentVersion ? $"{t.LineStart}–{t.LineEnd}" : "[grey]已删除[/]", Markup.Escape(t.LeadDepartment ?? "—"),
                    Markup.Escape(string.Join("、", t.CooperatingDepartments)), Markup.Escape(t.Status));
            AnsiConsole.Write(table);
            AnsiConsole.MarkupLine(dept is { Length: > 0 }
                ? $"{Markup.Escape(dept)}：牵头 {tasks.Count(t => t.LeadDepartment == dept)} 项，配合 {tasks.Count(t => t.LeadDepartment != dept)} 项，滞后 {tasks.Count(t => t.Late && t.LeadDepartment == dept)} 项"
                : $"共 {tasks.Count} 项任务，未明确牵头单位 {tasks.Count(t => t.LeadDepartment is null)} 项，滞后 {tasks.Count(t => t.Late)} 项");
            return 0;
        });
        command.Add(Assign());
        command.Add(Milestone());
        command.Add(Report());
        command.Add(ExchangeCommands.Export<TaskExchange>("导出任务清单为 Excel (.xlsx)", "项任务", (x, plan, path) => x.Export(plan, path)));
        command.Add(ExchangeCommands.Import<TaskExchange>("由 tasks export 导出并修改过的 .xlsx 文件",
            "从 Excel 导入任务分工、状态和年度目标（有任何错误则全部不导入）", (x, path) => x.Import(path)));
        return command;
    }

    private static Command Assign()
    {
        var plan = Common.PlanArgument();
        var task = new Argument<string>("TASK") { Description = "任务编号、任务名称或其中唯一的一段文字" };
        var lead = new Option<string?>("--lead") { Description = "牵头单位" };
        var with = new Option<string[]>("--with") { Description = "配合单位（可多次给出）", AllowMultipleArgumentsPerToken = true };
        var status = new Option<string?>("--status") { Description = "状态：" + string.Join("/", Vocabulary.TaskStatuses) };
        var command = new Command("assign", "明确任务的牵头单位、配合单位和状态") { plan, task, lead, with, status, Common.Json };
        command.SetAction(result => Guard(() =>
        {
            using var services = Common.Services(result);
            var id = Common.Plan(services, result.GetValue(plan)).Id;
            var withValues = result.GetValue(with);
            var t = services.GetRequiredService<TaskStore>().Assign(id, result.GetValue(task)!, result.GetValue(lead),
                withValues is { Length: > 0 } ? withValues.SelectMany(TaskExchange.SplitDepartments).ToList() : null, result.GetValue(status));
            if (result.GetValue(Common.Json)) Common.WriteJson(t);
            else AnsiConsole.MarkupLine($"已更新任务 [bold]{Markup.Escape(t.Title)}[/]：牵头 {Markup.Escape(t.LeadDepartment ?? "—")}，配合 {Markup.Escape(string.Join("、", t.CooperatingDepartments))}，状态 {Markup.Escape(t.Status)}");
        }));
        return command;
    }

    private static Command Milestone()
    {
        var plan = Common.PlanArgument();
        var task = new Argument<string>("TASK") { Description = "任务编号、任务名称或其中唯一的一段文字" };
        var year = new Argument<int>("YEAR") { Description = "年份" };
        var target = new Argument<string>("TARGET") { Description = "年度目标" };
        var status = new Option<string>("--status") { Description = "状态：" + string.Join("/", Vocabulary.TaskStatuses), DefaultValueFactory = _ => Vocabulary.NotStarted };
        var note = new Option<string>("--note") { Description = "推进情况说明", DefaultValueFactory = _ => "" };
        var command = new Command("milestone", "设定任务的年度目标（同一年份再次设定即替换）") { plan, task, year, target, status, note };
        command.SetAction(result => Guard(() =>
        {
            using var services = Common.Services(result);
            var id = Common.Plan(services, result.GetValue(plan)).Id;
            services.GetRequiredService<TaskStore>().SetMilestone(id, result.GetValue(task)!, result.GetValue(year), result.GetValue(target)!, result.GetValue(status)!, result.GetValue(note)!);
            AnsiConsole.MarkupLine($"已设定 {result.GetValue(year)} 年目标");
        }));
        return command;
    }

    private static Command Report()
    {
        var plan = Common.PlanArgument();
        var command = new Command("report", "按单位汇总：牵头、配合与滞后任务；按规划汇总：任务状态、项目阶段与投资完成") { plan, Common.Json };
        command.SetAction(result =>
        {
            using var services = Common.Services(result);
            var id = Common.Plan(services, result.GetValue(plan)).Id;
            var r = services.GetRequiredService<TaskStore>().Report(id);
            if (result.GetValue(Common.Json)) { Common.WriteJson(r); return 0; }
            var depts = new Table().Title("各单位任务").AddColumns("单位", "牵头", "配合", "滞后", "滞后任务");
            foreach (var d in r.Departments)
                depts.AddRow(Markup.Escape(d.Department), d.Leads.ToString(), d.Cooperates.ToString(), d.Late > 0 ? $"[red]{d.Late}[/]" : "0", Markup.Escape(string.Join("；", d.LateTasks)));
            if (r.Departments.Count == 0) depts.AddRow("[grey]（尚未分配）[/]", "", "", "", "");
            AnsiConsole.Write(depts);
            ProjectsCommand.WriteSummary(r);
            return 0;
        });
        return command;
    }

    internal static int Guard(Action action)
    {
        try { action(); return 0; }
        catch (ArgumentException e) { Console.Error.WriteLine($"错误：{e.Message}"); return 1; }
    }
}
