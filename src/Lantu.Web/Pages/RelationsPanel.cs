using Lantu.Storage.Relations;
using Lantu.Web.Services;
using Microsoft.AspNetCore.Mvc;

namespace Lantu.Web.Pages;

/// <summary>The short 上位规划/下位规划 panel on a plan's page.</summary>
public sealed class RelationsPanelViewComponent(PlanCatalog catalog, PlanRelations relations) : ViewComponent
{
    public IViewComponentResult Invoke(long planId)
    {
        var plan = catalog.Find(planId);
        if (plan is null) return Content("");
        return View(PlanRelationsView.For(plan, relations.All(planId)));
    }
}
