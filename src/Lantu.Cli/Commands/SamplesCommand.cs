using System.CommandLine;
using Lantu.Application.Samples;
using Lantu.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Lantu.Cli.Commands;

/// <summary>`lantu samples`: ingest the bundled sample corpus (idempotent).</summary>
public static class SamplesCommand
{
    public static Command Create()
    {
        var command = new Command("samples", "导入内置的五份样例规划及样例监测数据") { Common.Json };
        command.SetAction(result =>
        {
            var files = SampleCorpus.Entries().Select(e => (e.File, e.Overrides)).ToList();
            using var services = Common.Services(result);
            var outcomes = IngestCommand.Run(services.GetRequiredService<LantuDatabase>(), services.GetRequiredService<PlanIngestor>(), files, result.GetValue(Common.Json));
            int values = SampleMonitoring.Load(services.GetRequiredService<LantuDatabase>());
            if (values > 0 && !result.GetValue(Common.Json)) Console.WriteLine($"已导入样例监测数据 {values} 个数值");
            return outcomes.Any(o => o.Error is not null) ? 1 : 0;
        });
        return command;
    }
}
