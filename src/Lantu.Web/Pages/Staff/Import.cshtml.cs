using Lantu.Application.Exchange;
using Lantu.Application.Monitoring;
using Lantu.Application.Workflow;
using Lantu.Storage;
using Lantu.Storage.Accounts;
using Lantu.Storage.Monitoring;
using Lantu.Storage.Records;
using Lantu.Web.Auth;
using Lantu.Web.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantu.Web.Pages.Staff;

/// <summary>
/// The plan's data-entry template (CSV / .xlsx, <see cref="TemplateFile"/>) and the import of a filled one
/// (<see cref="ObservationImport"/>: every cell checked, row-level problems listed, nothing stored when any is found).
/// An administrator's import records observations directly; a reporter's file is checked the same way and each value
/// becomes a submission for review (<see cref="SubmissionImport"/>), only for the department's indicators.
/// </summary>
[Authorize(Policy = StaffPolicies.Report)]
public sealed class ImportModel(PlanCatalog catalog, PortalSettings settings, Assignments assignments,
    ObservationStore observations, ObservationEntry entry, SubmissionImport submissionImport) : StaffPageModel(catalog)
{
    public IReadOnlyList<ImportProblem> Problems { get; private set; } = [];
    public string? FileName { get; private set; }
    public bool Direct => User.IsInRole(Roles.Admin);

    public void OnGet() => Load();

    /// <summary>The template with the values known so far (so a corrected file can be sent back whole).</summary>
    public IActionResult OnGetTemplate(string? format)
    {
        Load();
        if (Current is not { } p) return NotFound();
        // A reporter's template lists the department's indicators only (the others would be refused on upload).
        var indicators = assignments.Reportable(HttpContext.ToActor(), p.Id, p.VersionId);
        var rows = TemplateFile.Build(indicators, observations.CurrentAnnual(p.Id),
            p.PeriodStart ?? DateTime.Today.Year - 4, p.PeriodEnd ?? DateTime.Today.Year);
        var ms = new MemoryStream();
        var xlsx = !string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase);
        if (xlsx) TemplateFile.WriteXlsx(rows, ms); else TemplateFile.WriteCsv(rows, ms);
        return File(ms.ToArray(), xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=utf-8",
            $"plan-{p.Id}-template.{(xlsx ? "xlsx" : "csv")}");
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file)
    {
        Load();
        if (Current is not { } p) return NotFound();
        if (file is null || file.Length == 0)
        {
            Error = "请选择填好的模板文件（.xlsx 或 .csv）";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        if (file.Length > settings.MaxUploadBytes)
        {
            Error = $"文件过大（最多 {settings.MaxUploadBytes / 1024 / 1024} MB）";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        FileName = Path.GetFileName(file.FileName);
        using var ms = new MemoryStream();
        await file.CopyToAsync(ms);
        try
        {
            if (Direct)
            {
                var result = entry.Import(HttpContext.ToActor(), p.Id, p.VersionId, ms.ToArray(), FileName);
                Message = $"已导入 {result.Values} 个数值（{FileName}）";
            }
            else
            {
                var result = submissionImport.Import(HttpContext.ToActor(), p.Id, p.VersionId, ms.ToArray(), FileName);
                Message = $"已提交审核 {result.Submissions.Count} 个数值（{FileName}）；审核员批准后生效" + (result.Unchanged > 0 ? $"；{result.Unchanged} 个与现有数据相同的数值未重复提交" : "");
            }
        }
        catch (ImportRejectedException e)
        {
            Problems = e.Problems;
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        catch (AccessDeniedException) { return StatusCode(StatusCodes.Status403Forbidden); }
        return Page();
    }
}
