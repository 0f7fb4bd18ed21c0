using Lantu.Storage.Coordination;
using Lantu.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantu.Web.Pages;

/// <summary>One indicator across all plans, whatever its wording (CoordinationService.Compare): a table and a chart.</summary>
public sealed class CompareModel(PlanCatalog catalog, IMemoryCache cache) : PageModel
{
    public const int MaxQuery = 100;
    [BindProperty(SupportsGet = true, Name = "indicator")] public string? Query { get; set; }
    public IReadOnlyList<ComparedIndicator> Rows { get; private set; } = [];
    public IReadOnlyList<string> Suggestions { get; private set; } = [];
    public string Chart { get; private set; } = "";
    public string? Error { get; private set; }
    public int Drawn { get; private set; }

    public void OnGet()
    {
        // Every plan's indicators through the matcher: kept for a minute (an upload shows up in the list a little later).
        Suggestions = cache.GetOrCreate("compare:shared", e =>
        {
            e.Size = 1;
            e.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(1);
            return CompareView.Shared(catalog);
        })!;
        var q = Query?.Trim() ?? "";
        if (q.Length == 0) return;
        if (q.Length > MaxQuery)
        {
            Error = $"指标名称过长（最多 {MaxQuery} 个字符）";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        Rows = new CoordinationService(catalog.Database).Compare(q)
            .OrderBy(r => r.TableKind == "target" && r.Source == "table" ? 0 : 1).ThenBy(r => r.Plan).ToList();
        if (Rows.Count == 0) return;
        var name = Rows.First().Name;
        Chart = CompareSvg.Render(name, Rows);
        Drawn = CompareSvg.Drawable(Rows).Points.Count;
    }
}
