using Lantu.Web.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantu.Web.Pages.Staff;

/// <summary>Logout ends the session on the server too: the account's security stamp changes, so a copy of the cookie
/// (and every other ticket issued before) is refused by <see cref="StaffPolicies.ValidateSession"/>.</summary>
public sealed class LogoutModel(SignInService signIn) : PageModel
{
    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (long.TryParse(User.FindFirst(SignInService.IdClaim)?.Value, out var id)) signIn.Accounts.EndSessions(id);
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return LocalRedirect("/");
    }
}
