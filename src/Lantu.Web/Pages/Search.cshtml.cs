using System.Diagnostics;
using Lantu.Storage.Records;
using Lantu.Storage.Search;
using Lantu.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantu.Web.Pages;

/// <summary>Full-text search across plans (GET form, works without JavaScript): ranked hits with marked snippets,
/// filters by plan, region and chapter, each hit linking to its source line.</summary>
public sealed class SearchModel(PlanCatalog catalog, PlanSearch search) : PageModel
{
    /// <summary>MaxPages bounds a query's cost (the ranking keeps offset + limit hits).</summary>
    public const int PageSize = 50, MaxLimit = 200, MaxPages = 20;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public long? Plan { get; set; }
    [BindProperty(SupportsGet = true)] public string? Region { get; set; }
    [BindProperty(SupportsGet = true)] public string? Chapter { get; set; }
    [BindProperty(SupportsGet = true)] public int? Limit { get; set; }
    /// <summary>The page of hits ("p", as in the catalogue), 1 to <see cref="MaxPages"/>.</summary>
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;
    public bool HasNext { get; private set; }
    /// <summary>The rank of the first hit shown (1 on the first page).</summary>
    public int First => (PageNumber - 1) * Effective + 1;

    /// <summary>The plans to choose from: all of them, or past <see cref="PlanCatalog.MaxListed"/> only the one chosen
    /// (the others are chosen from the hits' plans, <see cref="ByPlan"/>).</summary>
    public IReadOnlyList<PlanSummary> Plans { get; private set; } = [];
    public bool AllPlansListed { get; private set; } = true;
    /// <summary>The regions to choose from; empty past <see cref="PlanCatalog.MaxListed"/>, when the region is typed.</summary>
    public IReadOnlyList<string> Regions { get; private set; } = [];
    public bool RegionsListed => Regions.Count > 0;
    public SearchQuery? Query { get; private set; }
    public IReadOnlyList<SearchHit> Hits { get; private set; } = [];
    public string? Message { get; private set; }
    public bool Broad { get; private set; }
    public int Effective { get; private set; } = PageSize;
    public double Milliseconds { get; private set; }

    /// <summary>Hits per plan, for narrowing the search to one plan.</summary>
    public IReadOnlyList<(long Plan, string Title, int Count)> ByPlan { get; private set; } = [];

    public void OnGet()
    {
        var plans = catalog.List();
        AllPlansListed = plans.Count <= PlanCatalog.MaxListed;
        Plans = AllPlansListed ? plans : plans.Where(p => p.Id == Plan).ToList();
        var regions = PlanCatalog.Distinct(plans.Select(p => p.Region));
        Regions = regions.Count <= PlanCatalog.MaxListed ? regions : [];
        if (string.IsNullOrWhiteSpace(Q)) return;
        Effective = Math.Clamp(Limit ?? PageSize, 1, MaxLimit);
        PageNumber = Math.Clamp(PageNumber, 1, MaxPages);
        // One hit more than the page, to know whether a next page exists.
        Query = new SearchQuery(Q.Trim(), Plan, Blank(Region), Blank(Chapter), Effective + 1, (PageNumber - 1) * Effective);
        if (SearchHtml.Problem(Query) is { } problem)
        {
            Message = problem; // a message on the page, not an error status: the visitor only needs to retype
            return;
        }
        Broad = SearchHtml.IsBroad(Query);
        var clock = Stopwatch.StartNew();
        var hits = search.Search(Query);
        HasNext = hits.Count > Effective && PageNumber < MaxPages;
        Hits = hits.Take(Effective).ToList();
        Milliseconds = clock.Elapsed.TotalMilliseconds;
        ByPlan = Hits.GroupBy(h => h.Plan).Select(g => (g.Key, g.First().Title, g.Count())).OrderByDescending(g => g.Item3).ToList();
    }

    /// <summary>This search's URL with some parameters changed (null removes one).</summary>
    public string Link(long? plan = null, bool keepPlan = true, int? limit = null, int? page = null)
    {
        var args = new List<KeyValuePair<string, string>> { new("q", Q?.Trim() ?? "") };
        var p = keepPlan ? plan ?? Plan : plan;
        if (p is not null) args.Add(new("plan", p.Value.ToString()));
        if (Blank(Region) is { } r) args.Add(new("region", r));
        if (Blank(Chapter) is { } c) args.Add(new("chapter", c));
        if (limit is not null) args.Add(new("limit", limit.Value.ToString()));
        if (page is not null) args.Add(new("p", page.Value.ToString()));
        return "/search" + new Microsoft.AspNetCore.Http.Extensions.QueryBuilder(args);
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
