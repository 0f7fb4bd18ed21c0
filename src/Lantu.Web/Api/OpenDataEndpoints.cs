using Lantu.Storage;
using Lantu.Web.Services;

namespace Lantu.Web.Api;

/// <summary>Open data downloads: /data/plans.{csv,json,xlsx} (catalogue), /data/all.json (every plan in full),
/// /data/plans/{id}.{csv,json,xlsx} (one plan).</summary>
public static class OpenDataEndpoints
{
    public const string Csv = "text/csv; charset=utf-8", Json = "application/json; charset=utf-8",
        Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void MapOpenData(this IEndpointRouteBuilder app)
    {
        var data = app.MapGroup("/data").WithTags("open-data");

        data.MapGet("/plans.{format}", (string format, PlanCatalog c) =>
        {
            var plans = c.List();
            return format switch
            {
                "csv" => Results.File(OpenData.Csv(OpenData.Catalogue(plans)), Csv, "lantu-plans.csv"),
                "json" => Results.File(OpenData.Json(plans.Select(OpenData.Item)), Json, "lantu-plans.json"),
                "xlsx" => Results.File(OpenData.Xlsx([OpenData.Catalogue(plans)]), Xlsx, "lantu-plans.xlsx"),
                _ => Results.NotFound(),
            };
        }).WithSummary("规划目录下载（csv、json、xlsx）");

        data.MapGet("/all.json", (PlanCatalog c) =>
            Results.File(OpenData.Json(c.List().Select(p => PlanExport.Build(c.Reader, p.Id.ToString())).ToList()), Json, "lantu-all-plans.json"))
            .WithSummary("全部规划的完整结构化数据（JSON）");

        data.MapGet("/plans/{id:long}.{format}", (long id, string format, PlanCatalog c) =>
        {
            if (c.Find(id) is null) return PlanRoutes.NotFound(id);
            var export = PlanExport.Build(c.Reader, id.ToString());
            return format switch
            {
                "csv" => Results.File(OpenData.Csv(OpenData.PlanCsvTable(export)), Csv, $"lantu-plan-{id}.csv"),
                "json" => Results.File(OpenData.Json(export), Json, $"lantu-plan-{id}.json"),
                "xlsx" => Results.File(OpenData.Xlsx(OpenData.PlanTables(export)), Xlsx, $"lantu-plan-{id}.xlsx"),
                _ => Results.NotFound(),
            };
        }).WithSummary("单个规划的结构化数据（csv、json、xlsx）");
    }
}
