using Lantu.Application.Exchange;
using Lantu.Storage.Tasks;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lantu.Web.Api;

/// <summary>Tasks and key projects of a plan: JSON under /api (the shapes of `lantu tasks|projects --json`), and the
/// .xlsx exports of <see cref="TaskExchange"/> and <see cref="ProjectExchange"/> under /data.</summary>
public static class TaskEndpoints
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void MapTaskApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapPlanGroup("/api/plans").WithTags("tasks");
        api.MapGet("/tasks", (long id, string? department, TaskStore tasks) => TypedResults.Ok(tasks.List(id, PlanApi.Blank(department))))
            .WithName("GetTasks").WithSummary("任务分解（末级措施）：牵头单位、配合单位、状态、年度目标与原文行；department 只看某单位牵头或配合的任务");
        api.MapGet("/tasks/report", (long id, TaskStore tasks) => TypedResults.Ok(tasks.Report(id)))
            .WithName("GetTaskReport").WithSummary("汇总：任务状态、项目阶段、投资完成，各单位牵头、配合与滞后任务");
        api.MapGet("/projects", (long id, ProjectStore projects) => TypedResults.Ok(projects.List(id)))
            .WithName("GetProjects").WithSummary("重点项目：阶段（含历史）、计划与完成投资（万元）、起止时间、地点与原文行");

        var data = app.MapPlanGroup("/data/plans").WithTags("tasks");
        data.MapGet("/tasks.xlsx", (long id, TaskExchange exchange) =>
                Xlsx($"lantu-plan-{id}-tasks.xlsx", path => exchange.Export(id, path)))
            .WithName("DownloadTasks").WithSummary("任务清单 Excel（工作表 规划、任务、年度目标；可编辑后用 lantu tasks import 导入）");
        data.MapGet("/projects.xlsx", (long id, ProjectExchange exchange) =>
                Xlsx($"lantu-plan-{id}-projects.xlsx", path => exchange.Export(id, path)))
            .WithName("DownloadProjects").WithSummary("重点项目清单 Excel（可编辑后用 lantu projects import 导入）");
    }

    /// <summary>The exchange classes write to a file: write to a temporary one, send its bytes, delete it.</summary>
    private static FileContentHttpResult Xlsx(string name, Action<string> export)
    {
        var path = Path.Combine(Path.GetTempPath(), $"lantu-{Guid.NewGuid():N}.xlsx");
        try
        {
            export(path);
            return TypedResults.File(File.ReadAllBytes(path), XlsxType, name);
        }
        finally { File.Delete(path); }
    }
}
