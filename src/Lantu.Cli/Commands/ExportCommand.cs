using System.CommandLine;
using Lantu.Storage;

namespace Lantu.Cli.Commands;

/// <summary>`lantu export PLAN [-o FILE]`: the whole structured plan as JSON.</summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var plan = Common.PlanArgument();
        var output = new Option<string?>("--output", "-o") { Description = "写入文件（默认标准输出）" };
        var command = new Command("export", "以 JSON 导出整份结构化规划") { plan, output };
        command.SetAction(result =>
        {
            using var services = Common.Services(result);
            var json = Lantu.Core.Model.LantuJson.Serialize(PlanExport.Build(services.Get<PlanReader>(), result.GetValue(plan)!));
            if (result.GetValue(output) is { } path) File.WriteAllText(path, json + "\n");
            else Console.Out.WriteLine(json);
            return 0;
        });
        return command;
    }
}
