using Lantu.Application.Coordination;
using Lantu.Storage.Records;
using Lantu.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantu.Web.Pages;

/// <summary>规划衔接 checks (CoordinationService.Check) for one plan or all: each finding with its severity and both
/// sources (plan, line, text) side by side, linked to the lines in the plan's source text.</summary>
public sealed class CheckModel(PlanCatalog catalog, CoordinationCache coordination) : PageModel
{
    [BindProperty(SupportsGet = true)] public long? Plan { get; set; }
    [BindProperty(SupportsGet = true)] public string? Severity { get; set; }
    public IReadOnlyList<PlanSummary> Plans { get; private set; } = [];
    public PlanSummary? Current { get; private set; }
    public IReadOnlyList<Finding> All { get; private set; } = [];
    public IReadOnlyList<Finding> Findings { get; private set; } = [];
    public static readonly string[] Severities = ["error", "warning", "info", "ok"];

    public IActionResult OnGet()
    {
        Plans = catalog.List();
        if (Plan is long id && (Current = catalog.Find(id)) is null) return NotFound();
        All = coordination.Check(Plan);
        Findings = Severities.Contains(Severity) ? All.Where(f => f.Severity == Severity).ToList() : All;
        return Page();
    }

    /// <summary>The source lines of one side: a few lines around the cited one, the cited one highlighted.</summary>
    public static string SourceLink(FindingSide s) => $"/plans/{s.Plan}/source?from={Math.Max(1, s.Line - 3)}&to={s.Line + 3}#L{s.Line}";
}
