using Lantu.Web.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using System.Security.Claims;

namespace Lantu.Web.Pages.Staff;

/// <summary>Staff login against the accounts table (cookie session; antiforgery checked by Razor Pages; per-account
/// lockout in <see cref="SignInService"/>).</summary>
public sealed class LoginModel(SignInService signIn) : PageModel
{
    public bool Configured { get; private set; }
    public string? Error { get; private set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    [BindProperty] public new string? User { get; set; }
    [BindProperty] public string? Password { get; set; }

    public void OnGet() => Configured = signIn.Accounts.Any();

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await signIn.CheckAsync(User, Password, HttpContext.Connection.RemoteIpAddress?.ToString(), HttpContext.RequestAborted);
        if (result.Outcome == SignInOutcome.Throttled)
        {
            var seconds = (int)Math.Ceiling(result.RetryAfter!.Value.TotalSeconds);
            Error = $"登录尝试过于频繁，请 {seconds} 秒后再试。";
            Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Configured = true;
            return Page();
        }
        Configured = result.Outcome == SignInOutcome.Locked || result.Account is not null || signIn.Accounts.Any();
        if (result.Outcome != SignInOutcome.Success)
        {
            // The same answer for an unknown name and a wrong password; a locked account is told so (its owner needs
            // to know to wait or ask an administrator), which reveals only that the name exists and is under attack.
            Error = result.Outcome == SignInOutcome.Locked
                ? $"该账号因多次密码错误已被暂时锁定，请 {Math.Max(1, (int)Math.Ceiling((result.LockedUntil!.Value - DateTime.UtcNow).TotalMinutes))} 分钟后再试，或请管理员重置。"
                : "用户名或密码不正确。";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var principal = new ClaimsPrincipal(SignInService.Identity(result.Account!, CookieAuthenticationDefaults.AuthenticationScheme));
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/staff");
    }
}
