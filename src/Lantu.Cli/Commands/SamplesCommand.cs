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
            var outcomes = IngestCommand.Run(services.Session, services.Get<PlanIngestor>(), files, result.GetValue(Common.Json));
            int values = services.Get<SampleMonitoring>().Load(out var facts);
            if (!result.GetValue(Common.Json))
            {
                if (values > 0) Console.WriteLine($"已导入样例监测数据 {values} 个数值");
                foreach (var p in facts)
                {
                    if (p.Matched.Count == 0)
                    {
                        Console.WriteLine($"{p.Title}：本地区公报数据 {p.Unmatched.Count} 条均不是本规划的指标");
                        continue;
                    }
                    Console.WriteLine($"{p.Title}：公报数据匹配 {p.Matched.Count} 条（本次新增 {p.Stored} 条），未匹配 {p.Unmatched.Count} 条");
                    foreach (var m in p.Unmatched)
                        Console.WriteLine($"  未匹配 第{m.Fact.Row}行 {m.Fact.Indicator} {m.Fact.Year} {m.Fact.Value}{m.Fact.Unit}：{m.Reason}");
                }
            }
            return outcomes.Any(o => o.Error is not null) ? 1 : 0;
        });
        return command;
    }
}
