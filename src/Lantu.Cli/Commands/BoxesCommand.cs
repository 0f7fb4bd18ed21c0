using System.CommandLine;
using Lantu.Storage;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Lantu.Cli.Commands;

/// <summary>`lantu boxes PLAN [--json]`: the 专栏 with their items.</summary>
public static class BoxesCommand
{
    public static Command Create()
    {
        var plan = Common.PlanArgument();
        var command = new Command("boxes", "显示规划的专栏及其条目") { plan, Common.Json };
        command.SetAction(result =>
        {
            using var services = Common.Services(result);
            var reader = services.GetRequiredService<PlanReader>();
            var boxes = reader.Boxes(Common.Plan(services, result.GetValue(plan)).VersionId);
            if (result.GetValue(Common.Json))
            {
                Common.WriteJson(boxes.Select(b => new
                {
                    b.Number, b.Title, b.Kind, b.LineStart, b.LineEnd,
                    Items = b.Items.Select(i => new { i.Name, i.Text, i.LineStart, i.LineEnd }),
                }));
                return 0;
            }
            foreach (var b in boxes)
            {
                var table = new Table().Title($"专栏 {Markup.Escape(b.Number)}：{Markup.Escape(b.Title)} [grey]({b.LineStart}–{b.LineEnd})[/]")
                    .AddColumns("名称", "行");
                foreach (var i in b.Items) table.AddRow(Markup.Escape(i.Name), i.LineStart.ToString());
                if (b.Items.Count == 0) table.AddRow("[grey]（表格专栏，见指标）[/]", "");
                AnsiConsole.Write(table);
            }
            return 0;
        });
        return command;
    }
}
