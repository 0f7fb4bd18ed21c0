using System.CommandLine;
using Lantu.Storage.Tasks;
using Spectre.Console;

namespace Lantu.Cli.Commands;

/// <summary>The `export PLAN -o FILE.xlsx` and `import FILE.xlsx` subcommands of an Excel exchange (tasks, projects).</summary>
internal static class ExchangeCommands
{
    /// <summary>Writes the plan's workbook with <paramref name="export"/> (which returns how many rows), naming them
    /// <paramref name="rows"/> ("个项目", "项任务").</summary>
    public static Command Export<T>(string description, string rows, Func<T, long, string, int> export) where T : notnull
    {
        var plan = Common.PlanArgument();
        var output = new Option<string>("--output", "-o") { Description = "写入的 .xlsx 文件", Required = true };
        var command = new Command("export", description) { plan, output };
        command.SetAction(result =>
        {
            using var services = Common.Services(result);
            var id = Common.Plan(services, result.GetValue(plan)).Id;
            var n = export(services.Get<T>(), id, result.GetValue(output)!);
            AnsiConsole.MarkupLine($"已导出 {n} {rows}到 {Markup.Escape(result.GetValue(output)!)}");
            return 0;
        });
        return command;
    }

    /// <summary>Reads a filled workbook with <paramref name="import"/>: all of it, or on any error nothing (listed on stderr).</summary>
    public static Command Import<T>(string fileDescription, string description, Func<T, string, ImportResult> import) where T : notnull
    {
        var file = new Argument<string>("FILE") { Description = fileDescription };
        var command = new Command("import", description) { file };
        command.SetAction(result => Common.With<T, int>(result, exchange => Report(import(exchange, result.GetValue(file)!))));
        return command;
    }

    private static int Report(ImportResult r)
    {
        if (r.Ok)
        {
            AnsiConsole.MarkupLine($"已导入 {r.Rows} 行");
            return 0;
        }
        Console.Error.WriteLine($"错误：文件有 {r.Errors.Count} 处问题，未导入任何内容");
        foreach (var e in r.Errors) Console.Error.WriteLine($"  {e}");
        return 1;
    }
}
