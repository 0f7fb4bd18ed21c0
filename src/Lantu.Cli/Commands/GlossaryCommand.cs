using System.CommandLine;
using Lantu.Storage;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Lantu.Cli.Commands;

/// <summary>`lantu glossary PLAN [--json]`: the 名词解释 entries.</summary>
public static class GlossaryCommand
{
    public static Command Create()
    {
        var plan = Common.PlanArgument();
        var command = new Command("glossary", "显示规划的名词解释") { plan, Common.Json };
        command.SetAction(result =>
        {
            using var services = Common.Services(result);
            var reader = services.GetRequiredService<PlanReader>();
            var entries = reader.Glossary(Common.Plan(services, result.GetValue(plan)).VersionId);
            if (result.GetValue(Common.Json)) { Common.WriteJson(entries); return 0; }
            var table = new Table().AddColumns("名词", "出处", "释义", "行");
            foreach (var g in entries)
                table.AddRow(Markup.Escape(g.Term), Markup.Escape(string.Join("、", g.Places)),
                    Markup.Escape(g.Definition.Length > 60 ? g.Definition[..60] + "…" : g.Definition), g.LineStart.ToString());
            AnsiConsole.Write(table);
            return 0;
        });
        return command;
    }
}
