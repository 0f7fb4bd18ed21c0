using System.CommandLine;
using Lantu.Storage;

namespace Lantu.Cli.Commands;

/// <summary>`lantu samples`: ingest the bundled sample corpus (idempotent).</summary>
public static class SamplesCommand
{
    public static Command Create()
    {
        var command = new Command("samples", "导入内置的五份样例规划") { Common.Json };
        command.SetAction(result =>
        {
            var files = SampleCorpus.Entries().Select(e => (e.File, e.Overrides)).ToList();
            var outcomes = IngestCommand.Run(Common.Open(result), files, result.GetValue(Common.Json));
            return outcomes.Any(o => o.Error is not null) ? 1 : 0;
        });
        return command;
    }
}
