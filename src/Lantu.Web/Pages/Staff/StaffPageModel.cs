using Lantu.Storage;
using Lantu.Storage.Accounts;
using Lantu.Storage.Records;
using Lantu.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantu.Web.Pages.Staff;

/// <summary>
/// Base of the staff pages that work on one plan chosen from the catalogue (<c>?plan=</c>, else the first): the
/// choice, the page's message or error, and how a refused action is shown.
/// </summary>
public abstract class StaffPageModel(PlanCatalog catalog) : PageModel
{
    [BindProperty(SupportsGet = true)] public long? Plan { get; set; }
    public IReadOnlyList<PlanSummary> Plans { get; private set; } = [];
    /// <summary>The chosen plan, or null when there is none or <see cref="Plan"/> names no plan.</summary>
    public PlanSummary? Current { get; private set; }
    public string? Message { get; protected set; }
    public string? Error { get; protected set; }

    /// <summary>Chooses the plan, then loads what the page shows about it.</summary>
    protected void Load()
    {
        Plans = catalog.List();
        Plan ??= Plans.FirstOrDefault()?.Id;
        Current = Plan is long id ? catalog.Find(id) : null;
        LoadPlan();
    }

    /// <summary>What the page shows about <see cref="Current"/> (called by <see cref="Load"/>).</summary>
    protected virtual void LoadPlan() { }

    /// <summary>
    /// Runs a staff action that says what it did, then shows the page again (<paramref name="reload"/>, by default
    /// <see cref="Load"/>). A refusal: without the permission, 403 and nothing else; otherwise the page with the reason,
    /// 404 for an unknown plan and 400 for invalid input or a state that does not allow the action.
    /// </summary>
    protected IActionResult Attempt(Func<string> action, Action? reload = null)
    {
        try { Message = action(); }
        catch (AccessDeniedException) { return StatusCode(StatusCodes.Status403Forbidden); }
        catch (Exception e) when (e is ArgumentException or WorkflowException or PlanNotFoundException)
        {
            Error = e.Message;
            Response.StatusCode = e is PlanNotFoundException ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest;
        }
        (reload ?? Load)();
        return Page();
    }
}
