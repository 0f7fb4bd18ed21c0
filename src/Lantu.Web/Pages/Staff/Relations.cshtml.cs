using Lantu.Storage.Relations;
using Lantu.Storage.Accounts;
using Lantu.Web.Auth;
using Lantu.Web.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantu.Web.Pages.Staff;

/// <summary>A planner or administrator confirms or rejects a parent relation (POST with antiforgery; other roles get
/// 403 and the store checks the role again), audited, then returns to the 规划衔接 page. GET shows the same page.</summary>
[Authorize(Policy = StaffPolicies.Assign)]
public sealed class RelationsModel(PlanCatalog catalog, PlanRelations relations) : PageModel
{
    public string? Error { get; private set; }

    public IActionResult OnGet() => Redirect("/relations");

    public IActionResult OnPost(long child, long parent, string? decision, string? reason, long? returnPlan)
    {
        if (decision is not ("confirm" or "reject"))
            Error = "未指定确认或否定。";
        else if (catalog.Find(child) is null || catalog.Find(parent) is null)
            Error = "规划不存在。";
        else
        {
            try
            {
                var confirm = decision == "confirm";
                var why = string.IsNullOrWhiteSpace(reason) ? (confirm ? "规划人员确认" : "规划人员否定") : reason.Trim();
                relations.Decide(HttpContext.ToActor(), child, parent, confirm, $"{why}（{User.Identity?.Name}）");
                var done = confirm ? "confirmed" : "rejected";
                return LocalRedirect(returnPlan is { } p ? $"/relations?plan={p}&done={done}" : $"/relations?done={done}#plan-{child}");
            }
            catch (ArgumentException e) { Error = e.Message; }
            catch (AccessDeniedException) { return Forbid(); }
        }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
