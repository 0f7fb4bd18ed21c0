using Lantu.Storage.Records;
using Lantu.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantu.Web.Pages;

/// <summary>The public plan catalogue with filters (GET form, works without JavaScript).</summary>
public sealed class IndexModel(PlanCatalog catalog) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Region { get; set; }
    [BindProperty(SupportsGet = true)] public string? Level { get; set; }
    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public string? Period { get; set; }
    /// <summary>The page of results ("p": Razor Pages keeps "page" for itself), clamped to the pages there are.</summary>
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    /// <summary>Plans per page: a province's catalogue runs to hundreds of plans.</summary>
    public const int PageSize = 50;

    public IReadOnlyList<PlanSummary> All { get; private set; } = [];
    public IReadOnlyList<PlanSummary> Plans { get; private set; } = [];
    /// <summary>The plans of the current page.</summary>
    public IReadOnlyList<PlanSummary> Shown { get; private set; } = [];
    public int PageCount { get; private set; } = 1;
    public IReadOnlyList<string> Regions { get; private set; } = [];
    public IReadOnlyList<string> Levels { get; private set; } = [];
    public IReadOnlyList<string> Kinds { get; private set; } = [];
    public IReadOnlyList<string> Periods { get; private set; } = [];

    public void OnGet()
    {
        All = catalog.List();
        // Past PlanCatalog.MaxListed regions the list is left out: the 标题或地区 field finds a region by its name.
        var regions = PlanCatalog.Distinct(All.Select(p => p.Region));
        Regions = regions.Count <= PlanCatalog.MaxListed ? regions : [];
        Levels = PlanCatalog.Distinct(All.Select(p => p.Level));
        Kinds = PlanCatalog.Distinct(All.Select(p => p.Kind));
        Periods = PlanCatalog.Distinct(All.Select(PlanCatalog.Period));
        Plans = All.Where(p =>
                (string.IsNullOrWhiteSpace(Q) || p.Title.Contains(Q.Trim(), StringComparison.OrdinalIgnoreCase) || (p.Region ?? "").Contains(Q.Trim())) &&
                (string.IsNullOrEmpty(Region) || p.Region == Region) &&
                (string.IsNullOrEmpty(Level) || p.Level == Level) &&
                (string.IsNullOrEmpty(Kind) || p.Kind == Kind) &&
                (string.IsNullOrEmpty(Period) || PlanCatalog.Period(p) == Period))
            .ToList();
        PageCount = Math.Max(1, (Plans.Count + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Shown = Plans.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToList();
    }

    /// <summary>The address of another page with the same filters.</summary>
    public string PageUrl(int page)
    {
        var query = new Dictionary<string, string?> { ["q"] = Q, ["region"] = Region, ["level"] = Level, ["kind"] = Kind, ["period"] = Period, ["p"] = page.ToString() };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/", query.Where(kv => !string.IsNullOrEmpty(kv.Value)));
    }
}
