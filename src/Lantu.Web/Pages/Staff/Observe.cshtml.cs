using System.Globalization;
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
/// Enter one indicator value for a year or a quarter, with source and note. A reporter's value goes to the reviewers
/// (SubmissionWorkflow, kind "indicator"; approved, it becomes the observation with the reporter's source and note);
/// an administrator's is recorded at once, audited. Planners, reviewers and viewers record no values (docs/SECURITY.md).
/// </summary>
[Authorize(Policy = StaffPolicies.Report)]
public sealed class ObserveModel(PlanCatalog catalog, IndicatorReader indicatorReader, ObservationStore observations, Assignments assignments,
    ObservationEntry entry, SubmissionWorkflow workflow) : StaffPageModel(catalog)
{
    [BindProperty(SupportsGet = true)] public int? Indicator { get; set; }
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty] public int Quarter { get; set; }
    [BindProperty] public string? Value { get; set; }
    [BindProperty] public string? Source { get; set; }
    [BindProperty] public string? Note { get; set; }

    public Actor Me { get; private set; } = null!;
    public bool Direct => Me.Role == Roles.Admin;
    /// <summary>The indicators this account may report: all monitored ones for administrators, the department's for reporters.</summary>
    public IReadOnlyList<IndicatorRecord> Indicators { get; private set; } = [];
    public IReadOnlyList<Observation> History { get; private set; } = [];
    public IReadOnlyList<Submission> Recent { get; private set; } = [];
    public ObservationForm Form { get; private set; } = new();
    public int PeriodStart => Current?.PeriodStart ?? DateTime.Today.Year - 4;
    public int PeriodEnd => Current?.PeriodEnd ?? DateTime.Today.Year;

    public IActionResult OnGet()
    {
        Load();
        return Current is null && Plan is not null ? NotFound() : Page();
    }

    public IActionResult OnPost()
    {
        Load();
        if (Current is not { } plan) return NotFound();
        var indicator = Indicators.FirstOrDefault(i => i.Id == Indicator);
        // A reporter posting an indicator outside its department: refused like the report form (the workflow checks again).
        if (indicator is null && Indicator is int n && !Direct && indicatorReader.Monitored(plan.VersionId).Any(i => i.Id == n))
            return StatusCode(StatusCodes.Status403Forbidden);
        var previous = indicator is null || Year is not int y ? null
            : observations.CurrentAnnual(plan.Id).GetValueOrDefault(indicator.Key) is { } years && years.TryGetValue(y - 1, out var p) ? p : (double?)null;
        Form = ObservationForm.Check(indicator, Year, Quarter, Value, Source, Note, PeriodStart, PeriodEnd, previous);
        if (!Form.Valid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            LoadLists();
            return Page();
        }
        var (source, note) = (Blank(Source), Blank(Note));
        return Attempt(() =>
        {
            string done;
            if (Direct)
            {
                var o = entry.Record(Me, plan.Id, new ObservationInput(indicator!.Key, Year!.Value, Form.Value, source, note, Quarter));
                done = $"已录入：{indicator.Name} {When(o.Year, o.Quarter)} = {o.Value}{indicator.Unit}（第{o.Revision}版）";
            }
            else
            {
                var s = workflow.Create(Me, new SubmissionInput(plan.Id, TargetKinds.Indicator, indicator!.Key, Year!.Value,
                    Form.Value.ToString(CultureInfo.InvariantCulture), note ?? "", Quarter, source), submit: true);
                done = $"已提交审核：{indicator.Name} {When(s.Year, s.Quarter)} = {s.Value}{indicator.Unit}；审核员批准后生效";
            }
            Value = Source = Note = null;
            Quarter = 0;
            return done;
        }, LoadLists);
    }

    public static string When(int year, int quarter) => quarter == 0 ? $"{year} 年" : $"{year} 年第 {quarter} 季度";

    protected override void LoadPlan()
    {
        Me = HttpContext.ToActor();
        if (Current is not { } plan) return;
        Indicators = assignments.Reportable(Me, plan.Id, plan.VersionId);
        Year ??= Math.Clamp(DateTime.Today.Year - 1, PeriodStart, PeriodEnd);
        LoadLists();
    }

    private void LoadLists()
    {
        if (Current is not { } plan) return;
        if (Indicators.FirstOrDefault(i => i.Id == Indicator) is { } chosen) History = observations.History(plan.Id, chosen.Key);
        if (!Direct && Me.Department is { } d)
            Recent = workflow.List(planId: plan.Id, department: d, limit: 50).Where(s => s.TargetKind == TargetKinds.Indicator).Take(10).ToList();
    }

    public string NameOf(string key) => Indicators.FirstOrDefault(i => i.Key == key)?.Name ?? key;

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
