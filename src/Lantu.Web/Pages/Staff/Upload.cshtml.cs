using Lantu.Storage;
using Lantu.Web.Api;
using Lantu.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantu.Web.Pages.Staff;

/// <summary>Upload a plan document, ingest it (read and parsed through <see cref="UploadGate"/>, then stored) and review what was extracted.</summary>
[Microsoft.AspNetCore.Authorization.Authorize(Policy = Lantu.Web.Auth.StaffPolicies.Upload)]
public sealed class UploadModel(PlanCatalog catalog, PlanWriter writer, UploadGate gate, Lantu.Storage.Accounts.AuditLog audit) : PageModel
{
    public IngestResult? Result { get; private set; }
    public PlanView? View { get; private set; }
    public string? Error { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, string? title, string? region, string? level, string? kind)
    {
        var overrides = new PlanOverrides(PlanApi.Blank(title), PlanApi.Blank(region), PlanApi.Blank(level), PlanApi.Blank(kind));
        var (result, error, status) = await PlanApi.Ingest(catalog, writer, gate, file, overrides, HttpContext.RequestAborted);
        if (result is null)
        {
            Error = error;
            if (status == StatusCodes.Status503ServiceUnavailable) Response.Headers.RetryAfter = "30";
            Response.StatusCode = status;
            return Page();
        }
        Lantu.Web.Auth.AuditPlanUpload.Record(HttpContext, audit, result);
        Result = result;
        View = catalog.View(result.PlanId);
        return Page();
    }
}
