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

/// <summary>Planners: a plan's tasks with their lead and cooperating departments, and a form to change them.</summary>
[Authorize(Policy = StaffPolicies.Assign)]
public sealed class AssignModel(LantuDatabase db, PlanCatalog catalog) : PageModel
{
    [BindProperty(SupportsGet = true)] public long? Plan { get; set; }
    public IReadOnlyList<PlanSummary> Plans { get; private set; } = [];
    public IReadOnlyList<TaskView> Tasks { get; private set; } = [];
    public string? Message { get; private set; }
    public string? Error { get; private set; }

    public void OnGet() => Load();

    public IActionResult OnPost(string? key, string? lead, string? cooperating)
    {
        try
        {
            var with = (cooperating ?? "").Split(['、', ',', '，', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var r = new Assignments(db).Assign(HttpContext.ToActor(), Plan ?? 0, TargetKinds.Task, key ?? "", lead, with);
            Message = $"已设定：牵头单位 {r.Lead ?? "未定"}；配合单位 {(r.Cooperating.Count == 0 ? "无" : string.Join("、", r.Cooperating))}";
        }
        catch (AccessDeniedException) { return StatusCode(StatusCodes.Status403Forbidden); }
        catch (Exception e) when (e is ArgumentException or PlanNotFoundException) { Error = e.Message; Response.StatusCode = StatusCodes.Status400BadRequest; }
        Load();
        return Page();
    }

    private void Load()
    {
        Plans = catalog.List();
        Plan ??= Plans.FirstOrDefault()?.Id;
        if (Plan is { } p && catalog.Find(p) is not null) Tasks = new TaskStore(db).List(p);
    }
}
