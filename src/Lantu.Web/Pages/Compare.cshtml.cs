using Lantu.Application.Coordination;
using Lantu.Storage.Monitoring;
using Lantu.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantu.Web.Pages;

/// <summary>One indicator across all plans, whatever its wording (CoordinationService.Compare, memoised per data stamp by CoordinationCache): a table and a chart.</summary>
public sealed class CompareModel(PlanCatalog catalog, CoordinationCache coordination, CoordinationService service, IndicatorReader indicators) : PageModel
{
    public const int MaxQuery = 100;

    /// <summary>Rows on one page: the table and the chart hold at most this many plans' rows (<c>?p=</c> for the rest).</summary>
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "indicator")] public string? Query { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;
    public IReadOnlyList<ComparedIndicator> Rows { get; private set; } = [];
    /// <summary>All matching rows (the page shows <see cref="Rows"/>), and the plans among them.</summary>
    public int Total { get; private set; }
    public int Plans { get; private set; }
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
    public string PageUrl(int page) => $"/compare?indicator={Uri.EscapeDataString(Query ?? "")}" + (page > 1 ? $"&p={page}" : "");
    public IReadOnlyList<string> Suggestions { get; private set; } = [];
    public string Chart { get; private set; } = "";
    public string? Error { get; private set; }
    public int Drawn { get; private set; }

    public void OnGet()
    {
        // Every plan's indicators through the matcher: computed once per data stamp (a new plan or link shows at once).
        var now = coordination.Now();
        Suggestions = now.Get("compare:shared", () => CompareView.Shared(catalog, service, indicators));
        var q = Query?.Trim() ?? "";
        if (q.Length == 0) return;
        if (q.Length > MaxQuery)
        {
            Error = $"指标名称过长（最多 {MaxQuery} 个字符）";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        // The sorted rows and the chart (parsing every base and target) are kept with the comparison, per data stamp.
        var all = now.Get("compare-rows:" + q, () => Sorted(now.Compare(q)));
        (Total, Plans) = (all.Count, all.Select(r => r.Plan).Distinct().Count());
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        int page = PageNumber;
        var view = now.Get($"compare-view:{page}:{q}", () => View.Of(all.Skip((page - 1) * PageSize).Take(PageSize).ToList()));
        (Rows, Chart, Drawn) = (view.Rows, view.Chart, view.Drawn);
    }

    private static List<ComparedIndicator> Sorted(IReadOnlyList<ComparedIndicator> compared) =>
        compared.OrderBy(r => r.TableKind == "target" && r.Source == "table" ? 0 : 1).ThenBy(r => r.Plan).ToList();

    private sealed record View(IReadOnlyList<ComparedIndicator> Rows, string Chart, int Drawn)
    {
        public static View Of(IReadOnlyList<ComparedIndicator> rows) =>
            rows.Count == 0 ? new View(rows, "", 0) : new View(rows, CompareSvg.Render(rows[0].Name, rows), CompareSvg.Drawable(rows).Points.Count);
    }
}
