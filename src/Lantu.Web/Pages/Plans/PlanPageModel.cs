using Lantu.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantu.Web.Pages.Plans;

/// <summary>Base of the pages about one plan: loads its cached view or answers 404.</summary>
public abstract class PlanPageModel(PlanCatalog catalog) : PageModel
{
    protected PlanCatalog Catalog => catalog;
    public PlanView View { get; private set; } = null!;

    public IActionResult OnGet(long id)
    {
        if (catalog.View(id) is not { } view) return NotFound();
        View = view;
        return Load();
    }

    protected virtual IActionResult Load() => Page();
}

/// <summary>The plan to read, a chapter a page (<see cref="ReaderPages"/>): <c>?p=N</c>; <c>?line=N</c> redirects to the
/// page holding source line N, at its paragraph's anchor.</summary>
public sealed class ReaderModel(PlanCatalog c) : PlanPageModel(c)
{
    [BindProperty(SupportsGet = true, Name = "p")] public int? PageNumber { get; set; }
    [BindProperty(SupportsGet = true)] public int? Line { get; set; }
    public ReaderPages Pages { get; private set; } = null!;
    public int Current { get; private set; } = 1;

    protected override IActionResult Load()
    {
        Pages = new ReaderPages(View);
        if (Line is int line)
            return Pages.Locate(line) is { } at ? Redirect(PageUrl(at.Page) + "#" + at.Anchor) : Redirect(PageUrl(1));
        Current = PageNumber ?? 1;
        if (Pages.Count == 0 && Current == 1) return Page();
        if (Current < 1 || Current > Pages.Count) return NotFound();
        return Page();
    }

    public string PageUrl(int page) => page == 1 ? $"/plans/{View.Id}" : $"/plans/{View.Id}?p={page}";

    /// <summary>A link to a heading or paragraph: the anchor alone on its own page, else its page and anchor.</summary>
    public string AnchorUrl(string anchor) => Pages.PageOf(anchor) is var page && page == Current ? "#" + anchor : PageUrl(page) + "#" + anchor;
}
public sealed class BoxesModel(PlanCatalog c) : PlanPageModel(c);
public sealed class GlossaryModel(PlanCatalog c) : PlanPageModel(c);
public sealed class PlanDataModel(PlanCatalog c) : PlanPageModel(c);

public sealed class BoxModel(PlanCatalog c) : PlanPageModel(c)
{
    [BindProperty(SupportsGet = true)] public int N { get; set; }
    public Lantu.Storage.Records.BoxRecord Box { get; private set; } = null!;
    public IReadOnlyList<Lantu.Storage.Records.SourceLine> Lines { get; private set; } = [];

    protected override IActionResult Load()
    {
        if (N < 1 || N > View.Boxes.Count) return NotFound();
        Box = View.Boxes[N - 1];
        if (Box.Items.Count == 0) Lines = Catalog.Reader.Lines(View.Detail.VersionId, Box.LineStart, Box.LineEnd);
        return Page();
    }
}

/// <summary>The source text, <see cref="SourcePages.Size"/> lines a page (<c>?p=N</c>); <c>?line=N</c> redirects to the
/// page holding line N at its anchor; <c>?from=&amp;to=</c> shows a range of at most <see cref="SourcePages.MaxRange"/> lines.</summary>
public sealed class SourceModel(PlanCatalog c) : PlanPageModel(c)
{
    [BindProperty(SupportsGet = true)] public int? From { get; set; }
    [BindProperty(SupportsGet = true)] public int? To { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int? PageNumber { get; set; }
    [BindProperty(SupportsGet = true)] public int? Line { get; set; }
    public IReadOnlyList<Lantu.Storage.Records.SourceLine> Lines { get; private set; } = [];
    public bool IsRange => From is not null || To is not null;
    public int Current { get; private set; } = 1;
    public int PageCount => SourcePages.Count(View.LineCount);

    protected override IActionResult Load()
    {
        if (Line is int line) return Redirect(SourcePages.Line(View.Id, Math.Clamp(line, 1, Math.Max(1, View.LineCount))));
        if (IsRange)
        {
            var from = Math.Max(1, From ?? 1);
            var to = Math.Min(Math.Max(from, To ?? int.MaxValue), from + SourcePages.MaxRange - 1);
            Lines = Catalog.Reader.Lines(View.Detail.VersionId, from, to);
            return Page();
        }
        Current = PageNumber ?? 1;
        if (Current < 1 || Current > PageCount) return NotFound();
        int first = SourcePages.FirstLine(Current);
        Lines = Catalog.Reader.Lines(View.Detail.VersionId, first, first + SourcePages.Size - 1);
        return Page();
    }
}
