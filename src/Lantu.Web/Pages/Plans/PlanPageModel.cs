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

public sealed class ReaderModel(PlanCatalog c) : PlanPageModel(c);
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

public sealed class SourceModel(PlanCatalog c) : PlanPageModel(c)
{
    [BindProperty(SupportsGet = true)] public int? From { get; set; }
    [BindProperty(SupportsGet = true)] public int? To { get; set; }
    public IReadOnlyList<Lantu.Storage.Records.SourceLine> Lines { get; private set; } = [];
    public bool IsRange => From is not null || To is not null;

    protected override IActionResult Load()
    {
        var from = Math.Max(1, From ?? 1);
        var to = Math.Max(from, To ?? int.MaxValue);
        Lines = Catalog.Reader.Lines(View.Detail.VersionId, from, to);
        return Page();
    }
}
