using System.CommandLine;
using System.Text;
using Lantu.Cli.Commands;
using Lantu.Core.Reading;
using Lantu.Storage;

Console.OutputEncoding = Encoding.UTF8;

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
    UserCommand.Create(),
};
root.Add(Common.Db);

try
{
    return root.Parse(args).Invoke();
}
catch (Exception e) when (e is PlanNotFoundException or DocumentReadException or IOException or ArgumentException or Microsoft.Data.Sqlite.SqliteException)
{
    Console.Error.WriteLine($"错误：{e.Message}");
    return 1;
}
