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

        var plan = app.MapPlanGroup("/api/plans").WithTags("plans");

        plan.MapGet("", (long id, PlanReader reader) => TypedResults.Ok(reader.Detail(id)))
            .WithName("GetPlan").WithSummary("规划的元数据（当前版本）");

        plan.MapGet("/outline", (long id, PlanCatalog c, PlanReader reader) => TypedResults.Ok(reader.Outline(c.Find(id)!.VersionId)))
            .WithName("GetOutline").WithSummary("章节目录树，含行号范围");

        plan.MapGet("/boxes", (long id, PlanCatalog c, PlanReader reader) => TypedResults.Ok(reader.Boxes(c.Find(id)!.VersionId)))
            .WithName("GetBoxes").WithSummary("专栏及其条目");

        plan.MapGet("/glossary", (long id, PlanCatalog c, PlanReader reader) => TypedResults.Ok(reader.Glossary(c.Find(id)!.VersionId)))
            .WithName("GetGlossary").WithSummary("名词解释");

        plan.MapGet("/lines", Results<Ok<IReadOnlyList<SourceLine>>, ProblemHttpResult> (long id, PlanCatalog c, PlanReader reader, int? from, int? to) =>
            {
                int f = from ?? 1, t = to ?? int.MaxValue;
                if (f < 1 || t < f)
                    return TypedResults.Problem("行号范围无效：需要 1 ≤ from ≤ to (invalid line range)", statusCode: StatusCodes.Status400BadRequest);
                return TypedResults.Ok(reader.Lines(c.Find(id)!.VersionId, f, t));
            })
            .WithName("GetLines").WithSummary("原文行（出处），可用 from/to 限定范围");

        api.MapPost("/plans", async Task<Results<Created<IngestResponse>, Ok<IngestResponse>, ProblemHttpResult>> (
                IFormFile file, [FromForm] string? title, [FromForm] string? region, [FromForm] string? level, [FromForm] string? kind,
                PlanCatalog c, PlanWriter writer, UploadGate gate, Lantu.Storage.Accounts.AuditLog audit, HttpContext http) =>
            {
                var (result, error, status) = await Ingest(c, writer, gate, file, new PlanOverrides(Blank(title), Blank(region), Blank(level), Blank(kind)), http.RequestAborted);
                if (result is null)
                {
                    if (status == StatusCodes.Status503ServiceUnavailable) http.Response.Headers.RetryAfter = "30";
                    return TypedResults.Problem(error, statusCode: status, title: "无法导入该文件");
                }
                Lantu.Web.Auth.AuditPlanUpload.Record(http, audit, result);
                var s = c.Find(result.PlanId)!;
                var body = new IngestResponse(result.PlanId, result.VersionNo, result.Outcome, result.Title, s.Headings, s.Boxes, s.Glossary);
                return result.Outcome == IngestResult.Unchanged ? TypedResults.Ok(body) : TypedResults.Created($"/api/plans/{result.PlanId}", body);
            })
            .RequireAuthorization(Portal.ApiWritePolicy)
            .DisableAntiforgery() // Basic authentication only: no ambient browser credential to forge
            .WithName("UploadPlan").WithSummary("上传规划文档（文本、.docx、.pdf），需管理员或规划人员的 HTTP Basic 认证");
    }

    /// <summary>Reads the upload and ingests it (parsed through the <see cref="UploadGate"/>, stored only when the whole
    /// document was read); a document that cannot be read gives its message and the status to answer with instead.</summary>
    public static async Task<(IngestResult? Result, string? Error, int Status)> Ingest(PlanCatalog catalog, PlanWriter writer, UploadGate gate, IFormFile? file,
        PlanOverrides overrides, CancellationToken aborted)
    {
        if (file is null || file.Length == 0) return (null, "没有收到文件，或文件为空 (no file, or the file is empty)", StatusCodes.Status400BadRequest);
        if (file.Length > gate.Limits.MaxFileBytes)
            return (null, $"文件过大：超过 {gate.Limits.MaxFileBytes / 1024 / 1024} MB 的上限", StatusCodes.Status413PayloadTooLarge);
        byte[] bytes;
        using (var ms = new MemoryStream())
        {
            await file.CopyToAsync(ms, aborted);
            bytes = ms.ToArray();
        }
        var parsed = await gate.Parse(bytes, Path.GetFileName(file.FileName), aborted);
        if (parsed.Plan is null) return (null, parsed.Error, parsed.Status);
        var result = writer.Save(parsed.Plan, overrides);
        catalog.Invalidate();
        return (result, null, StatusCodes.Status200OK);
    }

    public static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
