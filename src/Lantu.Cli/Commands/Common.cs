using System.CommandLine;
using Lantu.Application;
using Lantu.Core.Model;
using Lantu.Storage;
using Lantu.Storage.Records;
using Microsoft.Extensions.DependencyInjection;

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

    /// <summary>
    /// A command's composition root: the database that --db names (opened on first use) and every store and service
    /// over it, in one scope for the run — one connection, closed when the scope is disposed.
    /// </summary>
    public static LantuScope Services(ParseResult result) => LantuScope.Open(result.GetValue(Db)!);

    /// <summary>Runs <paramref name="work"/> with the one store or service a short command needs, in a scope of its own.</summary>
    public static TResult With<T, TResult>(ParseResult result, Func<T, TResult> work) where T : notnull
    {
        using var services = Services(result);
        return work(services.Get<T>());
    }

    /// <summary>The plan a PLAN argument or --plan option names: an id, or a part of its title or region that names one plan.</summary>
    public static PlanSummary Plan(IServiceProvider services, string? plan) => services.GetRequiredService<PlanReader>().Resolve(plan ?? "");

    /// <summary>The plan named, or null when the command was given none.</summary>
    public static PlanSummary? OptionalPlan(IServiceProvider services, string? plan) => plan is null ? null : Plan(services, plan);

    public static void WriteJson<T>(T value) => Console.Out.WriteLine(LantuJson.Serialize(value));
}
