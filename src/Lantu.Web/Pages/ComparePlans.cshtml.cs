using Lantu.Application.Coordination;
using Lantu.Storage.Records;
using Lantu.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantu.Web.Pages;

/// <summary>One plan against another: their indicators matched (PlanComparison) and shown side by side.</summary>
public sealed class ComparePlansModel(PlanCatalog catalog, CoordinationCache coordination) : PageModel
{
    [BindProperty(SupportsGet = true)] public long? A { get; set; }
    [BindProperty(SupportsGet = true)] public long? B { get; set; }
    public IReadOnlyList<PlanSummary> Plans { get; private set; } = [];
    public PlanSummary? PlanA { get; private set; }
    public PlanSummary? PlanB { get; private set; }
    public IReadOnlyList<PlanPairRow> Rows { get; private set; } = [];
    public int Matched => Rows.Count(r => r.A is not null && r.B is not null);

    public IActionResult OnGet()
    {
        Plans = catalog.List();
        var now = coordination.Now();
        A ??= Plans.FirstOrDefault()?.Id;
        // Without a second plan: the first one's parent when it has one in the catalogue, else the next plan.
        B ??= now.Relations(A).FirstOrDefault(r => r.Relation == "parent" && r.Child == A && r.Parent is not null && r.Status != "rejected")?.Parent
              ?? Plans.FirstOrDefault(p => p.Id != A)?.Id;
        PlanA = A is long a ? catalog.Find(a) : null;
        PlanB = B is long b ? catalog.Find(b) : null;
        if ((A is not null && PlanA is null) || (B is not null && PlanB is null)) return NotFound();
        if (PlanA is not null && PlanB is not null) Rows = now.ComparePlans(PlanA.Id, PlanB.Id);
        return Page();
    }
}
