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
public sealed class AssignModel(PlanCatalog catalog, Assignments assignments, TaskStore taskStore) : StaffPageModel(catalog)
{
    public IReadOnlyList<TaskView> Tasks { get; private set; } = [];

    public void OnGet() => Load();

    public IActionResult OnPost(string? key, string? lead, string? cooperating) => Attempt(() =>
    {
        var with = (cooperating ?? "").Split(['、', ',', '，', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var r = assignments.Assign(HttpContext.ToActor(), Plan ?? 0, TargetKinds.Task, key ?? "", lead, with);
        return $"已设定：牵头单位 {r.Lead ?? "未定"}；配合单位 {(r.Cooperating.Count == 0 ? "无" : string.Join("、", r.Cooperating))}";
    });

    protected override void LoadPlan()
    {
        if (Current is { } p) Tasks = taskStore.List(p.Id);
    }
}
