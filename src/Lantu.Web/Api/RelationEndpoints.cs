using Lantu.Storage.Relations;

namespace Lantu.Web.Api;

/// <summary>GET /api/plans/{id}/relations and /api/relations: 规划衔接 (the JSON shape of `lantu relations --json`).</summary>
public static class RelationEndpoints
{
    public static void MapRelationApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("relations");
        api.MapGet("/relations", (PlanRelations relations) => TypedResults.Ok(relations.All()))
            .WithName("ListRelations").WithSummary("所有规划的上位、下位与同级关系（文中推断的建议与规划人员的确认/否定）");
        app.MapPlanGroup("/api/plans").WithTags("relations").MapGet("/relations", (long id, PlanRelations relations) => TypedResults.Ok(relations.All(id)))
            .WithName("GetRelations").WithSummary("一份规划的上位规划（含未收录的上位地区）、下位规划与同级规划");
    }
}
