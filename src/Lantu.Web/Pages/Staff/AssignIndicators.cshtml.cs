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

/// <summary>Planners and administrators: a plan's monitored indicators with their lead and cooperating departments,
/// and a form to set them (Assignments.AssignIndicator, audited). The departments' reporters then see the indicator
/// on /staff/observe.</summary>
[Authorize(Policy = StaffPolicies.Assign)]
public sealed class AssignIndicatorsModel(PlanCatalog catalog, Assignments assignments, AccountStore accounts, IndicatorReader indicatorReader)
    : StaffPageModel(catalog)
{
    [BindProperty(SupportsGet = true)] public int? Indicator { get; set; }
    public IReadOnlyList<IndicatorRecord> Indicators { get; private set; } = [];
    public IReadOnlyDictionary<string, Responsibility> Assigned { get; private set; } = new Dictionary<string, Responsibility>();
    public IReadOnlyList<string> Departments { get; private set; } = [];

    public IActionResult OnGet()
    {
        Load();
        return Current is null && Plan is not null ? NotFound() : Page();
    }

    public IActionResult OnPost(string? lead, string? cooperating) => Attempt(() =>
    {
        if (Indicator is not int id) throw new ArgumentException("请选择一项监测指标（indicator is required）");
        var (indicator, who) = assignments.AssignIndicator(HttpContext.ToActor(), Plan ?? 0, id, lead, Split(cooperating));
        return $"已设定“{indicator.Name}”：牵头单位 {who.Lead ?? "未定"}；配合单位 {(who.Cooperating.Count == 0 ? "无" : string.Join("、", who.Cooperating))}";
    });

    /// <summary>Cooperating departments as typed: separated by 、 , ， ; ； or new lines.</summary>
    public static string[] Split(string? text) =>
        (text ?? "").Split(['、', ',', '，', ';', '；', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    protected override void LoadPlan()
    {
        Departments = accounts.Departments();
        if (Current is not { } plan) return;
        Indicators = indicatorReader.Monitored(plan.VersionId);
        Assigned = assignments.All(plan.Id, TargetKinds.Indicator);
    }

    public Responsibility Of(IndicatorRecord i) => Assigned.GetValueOrDefault(i.Key) ?? new Responsibility(null, []);
}
