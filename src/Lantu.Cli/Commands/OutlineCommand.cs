using System.CommandLine;
using Lantu.Storage;
using Lantu.Storage.Records;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Lantu.Cli.Commands;

/// <summary>`lantu outline PLAN [--json]`: the heading tree with line spans.</summary>
public static class OutlineCommand
{
    public static Command Create()
    {
        var plan = Common.PlanArgument();
        var command = new Command("outline", "显示规划的章节目录") { plan, Common.Json };
        command.SetAction(result =>
        {
            using var services = Common.Services(result);
            var reader = services.GetRequiredService<PlanReader>();
            var outline = reader.Outline(Common.Plan(services, result.GetValue(plan)).VersionId);
            if (result.GetValue(Common.Json)) { Common.WriteJson(outline); return 0; }
            var tree = new Tree("目录");
            foreach (var node in outline) Add(tree.AddNode(Label(node)), node);
            AnsiConsole.Write(tree);
            return 0;
        });
        return command;
    }

    private static void Add(TreeNode parent, OutlineRecord node)
    {
        foreach (var child in node.Children) Add(parent.AddNode(Label(child)), child);
    }

    private static string Label(OutlineRecord n) =>
        $"{Markup.Escape(n.Number)} {Markup.Escape(n.Title)} [grey]({n.LineStart}–{n.LineEnd})[/]" + (n.Inferred ? " [yellow]推断[/]" : "");
}
