using Lantu.Application.Workflow;
using Lantu.Storage;
using Lantu.Storage.Accounts;
using Lantu.Storage.Records;
using Lantu.Web.Auth;
using Lantu.Web.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantu.Web.Pages.Staff;

/// <summary>A department reporter's list of what is due for a plan and year, with a form per task or indicator.
/// The form's hidden fields are not trusted: the workflow checks the department against the assignment again.</summary>
[Authorize(Policy = StaffPolicies.Report)]
public sealed class ReportModel(LantuDatabase db, PlanCatalog catalog) : PageModel
{
    [BindProperty(SupportsGet = true)] public long? Plan { get; set; }
    [BindProperty(SupportsGet = true)] public int Year { get; set; } = DateTime.Today.Year;
    public IReadOnlyList<PlanSummary> Plans { get; private set; } = [];
    public IReadOnlyList<Due.DueItem> Items { get; private set; } = [];
    public Actor Me { get; private set; } = null!;
    public string? Message { get; private set; }
    public string? Error { get; private set; }

    public void OnGet() => Load();

    public IActionResult OnPost(string? kind, string? key, string? value, string? note, string? action)
    {
        Me = HttpContext.ToActor();
        try
        {
            var s = new SubmissionWorkflow(db).Create(Me, new SubmissionInput(Plan ?? 0, kind ?? "", key ?? "", Year, value ?? "", note ?? ""), submit: action != "draft");
            Message = $"已{(s.Status == Submission.Submitted ? "提交审核" : "保存草稿")}：{s.TargetKey}（{s.Year} 年）";
        }
        catch (AccessDeniedException) { return StatusCode(StatusCodes.Status403Forbidden); }
        catch (Exception e) when (e is ArgumentException or WorkflowException or PlanNotFoundException)
        {
            Error = e.Message;
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        Load();
        return Page();
    }

    private void Load()
    {
        Me = HttpContext.ToActor();
        Plans = catalog.List();
        Plan ??= Plans.FirstOrDefault()?.Id;
        if (Plan is { } p && Me.Department is { } d && catalog.Find(p) is not null) Items = Due.For(db, d, p, Year);
    }
}
