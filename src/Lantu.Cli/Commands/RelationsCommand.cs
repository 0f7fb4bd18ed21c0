using System.CommandLine;
using Lantu.Storage;
using Lantu.Storage.Relations;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Lantu.Cli.Commands;

/// <summary>`lantu relations [PLAN] [--json]` and `lantu relate CHILD PARENT [--reject] [--reason R]`.</summary>
public static class RelationsCommand
{
    public static Command Create()
    {
        var plan = new Argument<string?>("PLAN") { Description = "只看这份规划的上下位与同级关系", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("relations", "规划衔接：上位规划、下位规划与同级规划（含文中推断的建议）") { plan, Common.Json };
        command.SetAction(result =>
        {
            using var services = Common.Services(result);
            long? id = Common.OptionalPlan(services, result.GetValue(plan))?.Id;
            var relations = services.GetRequiredService<PlanRelations>().All(id);
            if (result.GetValue(Common.Json)) { Common.WriteJson(relations); return 0; }
            var table = new Table().AddColumns("关系", "规划", "上位/同级", "状态", "依据");
            foreach (var r in relations)
                table.AddRow(r.Relation == "peer" ? "同级" : "上位", $"{r.Child} {Markup.Escape(r.ChildTitle)}",
                    r.Parent is null ? $"[grey]{Markup.Escape(r.ParentRegion ?? "")}（未收录）[/]" : $"{r.Parent} {Markup.Escape(r.ParentTitle ?? "")}",
                    r.Status switch { "confirmed" => "[green]已确认[/]", "rejected" => "[red]已否定[/]", _ => $"建议 {r.Confidence:P0}" },
                    Markup.Escape(r.Reason));
            AnsiConsole.Write(table);
            return 0;
        });
        return command;
    }

    public static Command CreateRelate()
    {
        var child = new Argument<string>("CHILD") { Description = "下位规划" };
        var parent = new Argument<string>("PARENT") { Description = "上位规划" };
        var reject = new Option<bool>("--reject") { Description = "否定这条关系" };
        var reason = new Option<string?>("--reason") { Description = "说明" };
        var command = new Command("relate", "确认（或否定）两份规划的上下位关系") { child, parent, reject, reason };
        command.SetAction(result =>
        {
            using var services = Common.Services(result);
            var (c, p) = (Common.Plan(services, result.GetValue(child)), Common.Plan(services, result.GetValue(parent)));
            services.GetRequiredService<PlanRelations>().Decide(c.Id, p.Id, !result.GetValue(reject), result.GetValue(reason));
            AnsiConsole.MarkupLine($"{(result.GetValue(reject) ? "[red]已否定[/]" : "[green]已确认[/]")}：{Markup.Escape(c.Title)} → {Markup.Escape(p.Title)}");
            return 0;
        });
        return command;
    }
}
