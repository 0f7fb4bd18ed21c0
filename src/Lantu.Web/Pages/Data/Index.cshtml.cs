using Lantu.Storage.Records;
using Lantu.Web.Services;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantu.Web.Pages.Data;

public sealed class IndexModel(PlanCatalog catalog) : PageModel
{
    public IReadOnlyList<PlanSummary> Plans { get; private set; } = [];
    public void OnGet() => Plans = catalog.List();
}
