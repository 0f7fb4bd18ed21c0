using Lantu.Application.Workflow;
using Lantu.Storage;
using Lantu.Storage.Accounts;
using Lantu.Storage.Records;
using Lantu.Storage.Tasks;
using Lantu.Web.Auth;
using Lantu.Web.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantu.Web.Pages.Staff;

/// <summary>A department reporter's list of what is due for a plan and year, with a form per task or indicator.
/// The form's hidden fields are not trusted: the workflow checks the department against the assignment again.</summary>
[Authorize(Policy = StaffPolicies.Report)]
public sealed class ReportModel(PlanCatalog catalog, SubmissionWorkflow workflow, TaskStore tasks, Assignments assignments) : StaffPageModel(catalog)
{
    [BindProperty(SupportsGet = true)] public int Year { get; set; } = DateTime.Today.Year;
    public IReadOnlyList<Due.DueItem> Items { get; private set; } = [];
    public Actor Me { get; private set; } = null!;

    public void OnGet() => Load();

    public IActionResult OnPost(string? kind, string? key, string? value, string? note, string? action)
    {
        Me = HttpContext.ToActor();
        return Attempt(() =>
        {
            var s = workflow.Create(Me, new SubmissionInput(Plan ?? 0, kind ?? "", key ?? "", Year, value ?? "", note ?? ""), submit: action != "draft");
            return $"已{(s.Status == Submission.Submitted ? "提交审核" : "保存草稿")}：{s.TargetKey}（{s.Year} 年）";
        });
    }

    protected override void LoadPlan()
    {
        Me = HttpContext.ToActor();
        if (Current is { } p && Me.Department is { } d) Items = Due.For(tasks, workflow, assignments, d, p.Id, Year);
    }
}
