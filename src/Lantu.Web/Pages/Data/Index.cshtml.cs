using Lantu.Storage.Records;
using Lantu.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantu.Web.Pages.Data;

/// <summary>The open-data listing: downloads for everything, then per plan, a page of plans at a time.</summary>
public sealed class IndexModel(PlanCatalog catalog) : PageModel
{
    /// <summary>Plans per page, as in the catalogue.</summary>
    public const int PageSize = Pages.IndexModel.PageSize;

    /// <summary>The page ("p", as in the catalogue), clamped to the pages there are.</summary>
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public int Total { get; private set; }
    public int PageCount { get; private set; } = 1;
    public IReadOnlyList<PlanSummary> Plans { get; private set; } = [];

    public void OnGet()
    {
        var all = catalog.List();
        Total = all.Count;
        PageCount = Math.Max(1, (all.Count + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Plans = all.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToList();
    }
}
