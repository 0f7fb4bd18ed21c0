using Lantu.Storage.Accounts;
using Lantu.Web.Auth;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantu.Web.Pages.Staff;

/// <summary>The staff workbench: who is signed in, and what their role lets them do.</summary>
public sealed class IndexModel : PageModel
{
    public Actor Me { get; private set; } = null!;
    public void OnGet() => Me = HttpContext.ToActor();
}
