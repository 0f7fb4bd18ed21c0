using System.CommandLine;
using Lantu.Core.Model;
using Lantu.Storage;

namespace Lantu.Cli.Commands;

/// <summary>Options every command shares, and how commands open the database and print.</summary>
public static class Common
{
    public static readonly Option<string> Db = new("--db")
    {
        Description = "数据库：SQLite 文件路径，或 PostgreSQL 连接串 postgres://…（默认 LANTU_DB 或 ./lantu.db）",
        Recursive = true,
        DefaultValueFactory = _ => LantuDatabase.DefaultLocation,
    };

    public static readonly Option<bool> Json = new("--json") { Description = "以 JSON 输出，供脚本使用" };

    public static Argument<string> PlanArgument() => new("PLAN") { Description = "规划编号，或标题/地区中唯一的一段文字" };

    public static LantuDatabase Open(ParseResult result) => LantuDatabase.Open(result.GetValue(Db)!);

    public static void WriteJson<T>(T value) => Console.Out.WriteLine(LantuJson.Serialize(value));
}
