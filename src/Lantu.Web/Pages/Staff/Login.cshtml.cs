using System.Security.Claims;
using Lantu.Web.Services;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantu.Web.Pages.Staff;

/// <summary>Login for the configured administrator (cookie authentication; antiforgery checked by Razor Pages).</summary>
public sealed class LoginModel(AdminAccount admin) : PageModel
{
    public bool Configured => admin.IsConfigured;
    public string? Error { get; private set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    [BindProperty] public new string? User { get; set; }
    [BindProperty] public string? Password { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!admin.Verify(User, Password))
        {
            Error = admin.IsConfigured ? "用户名或密码不正确。" : null;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, admin.UserName), new Claim(ClaimTypes.Role, "admin")],
            CookieAuthenticationDefaults.AuthenticationScheme);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/staff/upload");
    }
}
