using Lantu.Application.Workflow;
using Lantu.Storage;
using Lantu.Storage.Accounts;
using Lantu.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantu.Web.Pages.Staff;

/// <summary>The reviewers' queue: submitted values to approve or return with a reason, and recent decisions.</summary>
[Authorize(Policy = StaffPolicies.Review)]
public sealed class ReviewModel(SubmissionWorkflow workflow) : PageModel
{
    public IReadOnlyList<Submission> Pending { get; private set; } = [];
    public IReadOnlyList<Submission> Decided { get; private set; } = [];
    public string? Message { get; private set; }
    public string? Error { get; private set; }

    public void OnGet() => Load();

    public IActionResult OnPostApprove(long id) => Decide(() => workflow.Approve(HttpContext.ToActor(), id), "已批准");

    public IActionResult OnPostReturn(long id, string? reason) => Decide(() => workflow.Return(HttpContext.ToActor(), id, reason ?? ""), "已退回");

    private IActionResult Decide(Func<Submission> action, string done)
    {
        try
        {
            var s = action();
            Message = $"{done}：{s.TargetKey}（{ObserveModel.When(s.Year, s.Quarter)}）";
        }
        catch (AccessDeniedException e) { Error = e.Message; Response.StatusCode = StatusCodes.Status403Forbidden; }
        catch (Exception e) when (e is ArgumentException or WorkflowException) { Error = e.Message; Response.StatusCode = StatusCodes.Status400BadRequest; }
        Load();
        return Page();
    }

    private void Load()
    {
        Pending = workflow.List(Submission.Submitted).Reverse().ToList();
        Decided = workflow.List(null, limit: 200).Where(s => s.Status is Submission.Approved or Submission.Returned or Submission.Superseded).Take(50).ToList();
    }
}
