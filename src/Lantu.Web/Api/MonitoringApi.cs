using Lantu.Application.Coordination;
using Lantu.Application.Monitoring;
using Lantu.Storage.Monitoring;
using Lantu.Web.Services;

namespace Lantu.Web.Api;

/// <summary>Indicators, progress and coordination under /api, in the CLI's JSON shapes.</summary>
public static class MonitoringApi
{
    public static void MapMonitoringApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("monitoring");

        var plan = app.MapPlanGroup("/api/plans").WithTags("monitoring");

        plan.MapGet("/indicators", (long id, PlanCatalog c, IndicatorReader indicators) =>
                TypedResults.Ok(indicators.List(c.Find(id)!.VersionId).Select(IndicatorJson.Shape)))
            .WithName("GetIndicators").WithSummary("指标（指标表各行及正文目标），含类型化目标与出处行");

        plan.MapGet("/progress", (long id, int? year, PlanCatalog c, ProgressService progress) =>
                TypedResults.Ok(progress.Rows(id, year ?? c.Find(id)!.PeriodStart ?? DateTime.Now.Year)))
            .WithName("GetProgress").WithSummary("某年各指标的序时进度、状态、预测与原因");

        api.MapGet("/compare", (string indicator, CoordinationCache cc) =>
                string.IsNullOrWhiteSpace(indicator)
                    ? Results.Problem("需要指标名称 (indicator is required)", statusCode: StatusCodes.Status400BadRequest)
                    : Results.Ok(cc.Compare(indicator)))
            .WithName("CompareIndicator").WithSummary("同一指标在各规划中的对比（含不同表述）");

        plan.MapGet("/check", (long id, CoordinationCache cc) => TypedResults.Ok(cc.Check(id)))
            .WithName("CheckPlan").WithSummary("规划衔接检查（与上位规划对照）");

        api.MapGet("/check", (CoordinationCache cc) => Results.Ok(cc.Check()))
            .WithName("CheckAll").WithSummary("全部规划的衔接检查（每条结果含双方出处：规划、行号、原文）");

        api.MapGet("/compare/plans", (long a, long b, PlanCatalog c, CoordinationCache cc) =>
                c.Find(a) is null ? PlanRoutes.NotFound(a) : c.Find(b) is null ? PlanRoutes.NotFound(b) : Results.Ok(cc.ComparePlans(a, b)))
            .WithName("ComparePlans").WithSummary("两个规划的指标逐项对照（同一指标的不同表述归为一行；只有一方有的指标 a 或 b 为 null）");
    }
}
