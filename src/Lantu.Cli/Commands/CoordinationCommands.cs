using System.CommandLine;
using Lantu.Application.Coordination;
using Lantu.Storage;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Lantu.Cli.Commands;

/// <summary>规划衔接 across plans: `compare INDICATOR`, `check [PLAN]`, `link NAME_A NAME_B [--reject]`.</summary>
public static class CoordinationCommands
{
    public static Command Compare()
    {
        var indicator = new Argument<string>("INDICATOR") { Description = "指标名称或其中一段文字" };
        var command = new Command("compare", "比较所有规划中的同一指标（含不同表述）") { indicator, Common.Json };
        command.SetAction(result =>
        {
            using var services = Common.Services(result);
            var rows = services.Get<CoordinationService>().Compare(result.GetValue(indicator)!);
            if (result.GetValue(Common.Json)) { Common.WriteJson(rows); return 0; }
            var table = new Table().AddColumns("规划", "指标", "单位", "基期", "目标", "增长", "属性", "表", "状态", "依据");
            foreach (var r in rows)
                table.AddRow($"{r.Plan} {Markup.Escape(r.Region ?? "")}", Markup.Escape(r.Name), Markup.Escape(r.Unit ?? ""), Markup.Escape(r.Base ?? "—"),
                    Markup.Escape(r.Target ?? "—"), Markup.Escape(r.Growth ?? ""), Markup.Escape(r.Attribute ?? ""), r.TableKind == "review" ? "回顾" : "目标",
                    Markup.Escape(r.Status is null ? "—" : $"{r.StatusYear} {r.Status}"), Markup.Escape(r.Reason));
            AnsiConsole.Write(table);
            return 0;
        });
        return command;
    }

    public static Command Check()
    {
        var plan = new Argument<string?>("PLAN") { Description = "只检查这份规划", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("check", "规划衔接检查：目标弱于上位规划、基期值不一致、单位不一致、缺少约束性指标") { plan, Common.Json };
        command.SetAction(result =>
        {
            using var services = Common.Services(result);
            long? id = Common.OptionalPlan(services, result.GetValue(plan))?.Id;
            var findings = services.GetRequiredService<CoordinationService>().Check(id);
            if (result.GetValue(Common.Json)) { Common.WriteJson(findings); return 0; }
            var table = new Table().AddColumns("级别", "发现", "下位规划", "上位规划");
            foreach (var f in findings)
                table.AddRow(f.Severity switch { "error" => "[red]错误[/]", "warning" => "[darkorange]警告[/]", "ok" => "[green]一致[/]", _ => "提示" },
                    Markup.Escape(f.Message), Markup.Escape($"{f.Child.Plan} 第{f.Child.Line}行 {f.Child.Text}"),
                    Markup.Escape(f.Parent is null ? "" : $"{f.Parent.Plan} 第{f.Parent.Line}行 {f.Parent.Text}"));
            AnsiConsole.Write(table);
            return 0;
        });
        return command;
    }

    public static Command Link()
    {
        var a = new Argument<string>("NAME_A");
        var b = new Argument<string>("NAME_B");
        var reject = new Option<bool>("--reject") { Description = "两者不是同一指标" };
        var command = new Command("link", "确认两个指标名称为同一指标（加入同义词表），或用 --reject 分开") { a, b, reject };
        command.SetAction(result =>
        {
            string nameA = result.GetValue(a)!.Trim(), nameB = result.GetValue(b)!.Trim();
            // A blank name is no indicator's name: refused, not stored (found by the security suite, issue 17).
            if (nameA.Length == 0 || nameB.Length == 0) throw new ArgumentException("指标名称不能为空");
            if (nameA == nameB) throw new ArgumentException("两个指标名称相同，无需确认");
            using var services = Common.Services(result);
            services.Get<CoordinationService>().Decide(nameA, nameB, !result.GetValue(reject));
            AnsiConsole.MarkupLine(result.GetValue(reject) ? "已记录：不是同一指标" : "已加入同义词表");
            return 0;
        });
        return command;
    }
}
