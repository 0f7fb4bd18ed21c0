using Lantu.Storage;
using Lantu.Storage.Search;
using Lantu.Web.Services;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lantu.Web.Api;

/// <summary>GET /api/search: full-text search across plans (the JSON shape of `lantu search --json`).</summary>
public static class SearchEndpoints
{
    /// <summary>One hit: plan id and title, region, deepest heading, exact line, snippet with hits marked 【thus】, score.</summary>
    public sealed record SearchResult(long Plan, string Title, string? Region, string Heading, int LineStart, string Snippet, double Score);

    public static void MapSearchApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api").WithTags("search").MapGet("/search",
                Results<Ok<List<SearchResult>>, ProblemHttpResult> (PlanReader reader, PlanSearch search, string? q, string? plan, string? region, string? chapter, int? limit) =>
                {
                    if (string.IsNullOrWhiteSpace(q)) return BadRequest("缺少检索词 q (missing query parameter q)");
                    // An unknown or ambiguous plan is refused by the refusal filter (404).
                    long? planId = string.IsNullOrWhiteSpace(plan) ? null : reader.Resolve(plan).Id;
                    var query = new SearchQuery(q.Trim(), planId, PlanApi.Blank(region), PlanApi.Blank(chapter), Math.Clamp(limit ?? 20, 1, 500));
                    if (SearchHtml.Problem(query) is { } problem) return BadRequest(problem);
                    var hits = search.Search(query);
                    return TypedResults.Ok(hits.Select(h => new SearchResult(h.Plan, h.Title, h.Region, h.Heading, h.LineStart, h.Snippet, h.Score)).ToList());
                })
            .MapRefusals()
            .WithName("Search").WithSummary("全文检索：q 为检索词（空格分隔多个词，需同时出现），可用 plan、region、chapter 限定，limit 为条数（默认 20）");
    }

    private static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "无法检索");
}
