using System.CommandLine;
using Lantu.Cli.Commands;
using Lantu.Core.Reading;
using Lantu.Storage;

namespace Lantu.Cli;

/// <summary>The `lantu` command: its command tree and how a run ends (exit code, one-line errors).</summary>
public static class LantuCli
{
    /// <summary>Runs one command line; output goes to <see cref="Console.Out"/> and <see cref="Console.Error"/>.</summary>
    public static int Run(string[] args)
    {
        var root = new RootCommand("蓝图 Lantu：规划综合管理信息系统")
        {
            IngestCommand.Create(),
            SamplesCommand.Create(),
            PlansCommand.Create(),
            OutlineCommand.Create(),
            BoxesCommand.Create(),
            GlossaryCommand.Create(),
            ExportCommand.Create(),
            SearchCommand.Create(),
            RelationsCommand.Create(),
            RelationsCommand.CreateRelate(),
            TasksCommand.Create(),
            ProjectsCommand.Create(),
            MigrateCommand.Create(),
            BenchCommand.Create(),
            ServeCommand.Create(),
            IndicatorsCommand.Create(),
            MonitoringCommands.Observe(),
            MonitoringCommands.Template(),
            MonitoringCommands.Import(),
            MonitoringCommands.Progress(),
            ReportCommand.Create(),
            WarningsCommand.Create(),
            BulletinCommand.Create(),
            CoordinationCommands.Compare(),
            CoordinationCommands.Check(),
            CoordinationCommands.Link(),
            UserCommand.Create(),
        };
        root.Add(Common.Db);

        // Expected failures (a bad document, an unknown plan, an unreachable database) are one line on stderr and exit 1;
        // System.CommandLine's own handler would print a stack trace, so it is off and they are caught here.
        try
        {
            return root.Parse(args).Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is PlanNotFoundException or DocumentReadException or IOException or ArgumentException
                                      or InvalidOperationException or System.Data.Common.DbException or TimeoutException)
        {
            Console.Error.WriteLine($"错误：{e.Message}");
            return 1;
        }
    }
}
