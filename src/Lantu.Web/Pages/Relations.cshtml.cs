using Lantu.Storage.Records;
using Lantu.Storage.Relations;
using Lantu.Web.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantu.Web.Pages;

/// <summary>What one plan is related to: its parents (suggested, confirmed or rejected, with the reason), the regions
/// above it whose plan is not in the catalogue, its children and its peers.</summary>
public sealed record PlanRelationsView(PlanSummary Plan, IReadOnlyList<PlanRelation> Parents, IReadOnlyList<PlanRelation> MissingParents,
    IReadOnlyList<PlanRelation> Children, IReadOnlyList<(long Id, string Title, string Reason)> Peers)
{
    public static PlanRelationsView For(PlanSummary plan, IReadOnlyList<PlanRelation> all) => new(
        plan,
        all.Where(r => r.Relation == "parent" && r.Child == plan.Id && r.Parent is not null)
            .OrderBy(r => Rank(r.Status)).ThenByDescending(r => r.Confidence).ToList(),
        all.Where(r => r.Relation == "parent" && r.Child == plan.Id && r.Parent is null).ToList(),
        all.Where(r => r.Relation == "parent" && r.Parent == plan.Id && r.Status != "rejected")
            .OrderBy(r => Rank(r.Status)).ThenBy(r => r.Child).ToList(),
        all.Where(r => r.Relation == "peer" && (r.Child == plan.Id || r.Parent == plan.Id))
            .Select(r => r.Child == plan.Id ? (r.Parent!.Value, r.ParentTitle ?? "", r.Reason) : (r.Child, r.ChildTitle, r.Reason)).ToList());

    private static int Rank(string status) => status switch { "confirmed" => 0, "suggested" => 1, _ => 2 };

    public static string StatusLabel(PlanRelation r) => r.Status switch
    {
        "confirmed" => "已确认",
        "rejected" => "已否定",
        _ => $"建议（可信度 {r.Confidence * 100:0}%）",
    };
}

/// <summary>规划衔接 for the whole catalogue, or one plan (?plan=ID). Staff see confirm/reject buttons, which post to
/// /staff/relations (authorised like every page under /Staff).</summary>
public sealed class RelationsModel(PlanCatalog catalog, PlanRelations relations, IAuthorizationService authorization) : PageModel
{
    [BindProperty(SupportsGet = true)] public long? Plan { get; set; }
    [BindProperty(SupportsGet = true)] public string? Done { get; set; }
    /// <summary>The page of plans ("p", as in the catalogue) when the whole catalogue is shown.</summary>
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;
    public const int PageSize = IndexModel.PageSize;
    public int PageCount { get; private set; } = 1;

    public IReadOnlyList<PlanRelationsView> Views { get; private set; } = [];
    /// <summary>Regions above catalogued plans with no plan of their own yet, and the plans that point at them.</summary>
    public IReadOnlyList<(string Region, IReadOnlyList<PlanRelation> Children)> Missing { get; private set; } = [];
    public bool CanDecide { get; private set; }
    public int Suggested { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var plans = catalog.List();
        if (Plan is { } id && plans.All(p => p.Id != id)) return NotFound();
        var all = relations.All();
        var shown = plans.Where(p => Plan is null || p.Id == Plan).ToList();
        PageCount = Math.Max(1, (shown.Count + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Views = shown.Skip((PageNumber - 1) * PageSize).Take(PageSize).Select(p => PlanRelationsView.For(p, all)).ToList();
        Missing = all.Where(r => r.Relation == "parent" && r.Parent is null && r.ParentRegion is not null && (Plan is null || r.Child == Plan))
            .GroupBy(r => r.ParentRegion!).Select(g => (g.Key, (IReadOnlyList<PlanRelation>)g.ToList())).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        Suggested = all.Count(r => r.Relation == "parent" && r.Parent is not null && r.Status == "suggested");
        CanDecide = (await authorization.AuthorizeAsync(User, Auth.StaffPolicies.Assign)).Succeeded;
        return Page();
    }
}
