using Lantu.Core.Reading;
using Lantu.Storage;
using Lantu.Storage.Records;
using Lantu.Web.Services;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Lantu.Web.Api;

/// <summary>REST API under /api: thin endpoints over <see cref="PlanCatalog"/> and <see cref="PlanIngestor"/>.</summary>
public static class PlanApi
{
    /// <summary>What POST /api/plans did (the shape of `lantu ingest --json`, plus what was extracted).</summary>
    public sealed record IngestResponse(long Id, int Version, string Outcome, string Title, int Headings, int Boxes, int Glossary);

    public static void MapPlanApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("plans");

        api.MapGet("/plans", (PlanCatalog c) => TypedResults.Ok(c.List().Select(OpenData.Item).ToList()))
            .WithName("ListPlans").WithSummary("规划目录");

        api.MapGet("/plans/{id:long}", Results<Ok<PlanDetail>, ProblemHttpResult> (long id, PlanCatalog c) =>
                c.Find(id) is null ? NotFound(id) : TypedResults.Ok(c.Reader.Detail(id)))
            .WithName("GetPlan").WithSummary("规划的元数据（当前版本）");

        api.MapGet("/plans/{id:long}/outline", Results<Ok<IReadOnlyList<OutlineRecord>>, ProblemHttpResult> (long id, PlanCatalog c) =>
                c.Find(id) is { } p ? TypedResults.Ok(c.Reader.Outline(p.VersionId)) : NotFound(id))
            .WithName("GetOutline").WithSummary("章节目录树，含行号范围");

        api.MapGet("/plans/{id:long}/boxes", Results<Ok<IReadOnlyList<BoxRecord>>, ProblemHttpResult> (long id, PlanCatalog c) =>
                c.Find(id) is { } p ? TypedResults.Ok(c.Reader.Boxes(p.VersionId)) : NotFound(id))
            .WithName("GetBoxes").WithSummary("专栏及其条目");

        api.MapGet("/plans/{id:long}/glossary", Results<Ok<IReadOnlyList<GlossaryRecord>>, ProblemHttpResult> (long id, PlanCatalog c) =>
                c.Find(id) is { } p ? TypedResults.Ok(c.Reader.Glossary(p.VersionId)) : NotFound(id))
            .WithName("GetGlossary").WithSummary("名词解释");

        api.MapGet("/plans/{id:long}/lines", Results<Ok<IReadOnlyList<SourceLine>>, ProblemHttpResult> (long id, PlanCatalog c, int? from, int? to) =>
            {
                if (c.Find(id) is not { } p) return NotFound(id);
                int f = from ?? 1, t = to ?? int.MaxValue;
                if (f < 1 || t < f)
                    return TypedResults.Problem("行号范围无效：需要 1 ≤ from ≤ to (invalid line range)", statusCode: StatusCodes.Status400BadRequest);
                return TypedResults.Ok(c.Reader.Lines(p.VersionId, f, t));
            })
            .WithName("GetLines").WithSummary("原文行（出处），可用 from/to 限定范围");

        api.MapPost("/plans", async Task<Results<Created<IngestResponse>, Ok<IngestResponse>, ProblemHttpResult>> (
                IFormFile file, [FromForm] string? title, [FromForm] string? region, [FromForm] string? level, [FromForm] string? kind,
                PlanCatalog c, HttpContext http) =>
            {
                var (result, error) = await Ingest(c, file, new PlanOverrides(Blank(title), Blank(region), Blank(level), Blank(kind)));
                if (result is null) return TypedResults.Problem(error, statusCode: StatusCodes.Status400BadRequest, title: "无法导入该文件");
                Lantu.Web.Auth.AuditPlanUpload.Record(http, c.Database, result);
                var s = c.Find(result.PlanId)!;
                var body = new IngestResponse(result.PlanId, result.VersionNo, result.Outcome, result.Title, s.Headings, s.Boxes, s.Glossary);
                return result.Outcome == IngestResult.Unchanged ? TypedResults.Ok(body) : TypedResults.Created($"/api/plans/{result.PlanId}", body);
            })
            .RequireAuthorization(Portal.ApiWritePolicy)
            .DisableAntiforgery() // Basic authentication only: no ambient browser credential to forge
            .WithName("UploadPlan").WithSummary("上传规划文档（文本、.docx、.pdf），需管理员或规划人员的 HTTP Basic 认证");
    }

    /// <summary>Reads the upload and ingests it; a document that cannot be read gives its message instead.</summary>
    public static async Task<(IngestResult? Result, string? Error)> Ingest(PlanCatalog catalog, IFormFile? file, PlanOverrides overrides)
    {
        if (file is null || file.Length == 0) return (null, "没有收到文件，或文件为空 (no file, or the file is empty)");
        using var ms = new MemoryStream();
        await file.CopyToAsync(ms);
        try
        {
            var result = new PlanIngestor(catalog.Database).IngestBytes(ms.ToArray(), Path.GetFileName(file.FileName), overrides);
            catalog.Invalidate();
            return (result, null);
        }
        catch (DocumentReadException e) { return (null, e.Message); }
    }

    public static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static ProblemHttpResult NotFound(long id) =>
        TypedResults.Problem($"没有编号为 {id} 的规划 (no plan with id {id})", statusCode: StatusCodes.Status404NotFound);
}
