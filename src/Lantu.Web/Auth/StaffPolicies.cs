using Microsoft.AspNetCore.Authentication;
using Lantu.Storage.Accounts;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;

namespace Lantu.Web.Auth;

/// <summary>Authorization policies. Pages use the session cookie; the API uses HTTP Basic only (no ambient browser
/// credential, so the API needs no antiforgery token). The workflow services check roles and departments again.</summary>
public static class StaffPolicies
{
    public const string Staff = "staff", Upload = "staff-upload", Assign = "staff-assign", Report = "staff-report",
        Review = "staff-review", Audit = "staff-audit", Admin = "staff-admin";

    public const string ApiUser = "api-user", ApiUpload = "api-upload", ApiAudit = "api-audit";

    public static void Add(AuthorizationBuilder b)
    {
        var cookie = CookieAuthenticationDefaults.AuthenticationScheme;
        var basic = Services.BasicAuthenticationHandler.SchemeName;
        b.AddPolicy(Staff, p => p.AddAuthenticationSchemes(cookie).RequireAuthenticatedUser());
        b.AddPolicy(Upload, p => p.AddAuthenticationSchemes(cookie).RequireRole(Roles.Admin, Roles.Planner));
        b.AddPolicy(Assign, p => p.AddAuthenticationSchemes(cookie).RequireRole(Roles.Admin, Roles.Planner));
        b.AddPolicy(Report, p => p.AddAuthenticationSchemes(cookie).RequireRole(Roles.Admin, Roles.Reporter));
        b.AddPolicy(Review, p => p.AddAuthenticationSchemes(cookie).RequireRole(Roles.Admin, Roles.Reviewer));
        b.AddPolicy(Audit, p => p.AddAuthenticationSchemes(cookie).RequireRole(Roles.Admin, Roles.Reviewer));
        b.AddPolicy(Admin, p => p.AddAuthenticationSchemes(cookie).RequireRole(Roles.Admin));
        b.AddPolicy(ApiUser, p => p.AddAuthenticationSchemes(basic).RequireAuthenticatedUser());
        b.AddPolicy(ApiUpload, p => p.AddAuthenticationSchemes(basic).RequireRole(Roles.Admin, Roles.Planner));
        b.AddPolicy(ApiAudit, p => p.AddAuthenticationSchemes(basic).RequireRole(Roles.Admin, Roles.Reviewer));
    }

    /// <summary>Ends a session whose account was disabled, deleted or changed (role, password: new security stamp).</summary>
    public static async Task ValidateSession(CookieValidatePrincipalContext context)
    {
        var id = context.Principal?.FindFirst(SignInService.IdClaim)?.Value;
        var stamp = context.Principal?.FindFirst(SignInService.StampClaim)?.Value;
        var service = context.HttpContext.RequestServices.GetRequiredService<SignInService>();
        var account = long.TryParse(id, out var n) ? service.Accounts.Get(n) : null;
        if (account is null || account.Disabled || account.SecurityStamp != stamp)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }

    /// <summary>LANTU_ADMIN_USER / LANTU_ADMIN_PASSWORD only bootstrap the first administrator: used when the
    /// database has no administrator yet, ignored afterwards (the password is never reset from them).</summary>
    public static bool Bootstrap(SignInService service, string? user, string? password)
    {
        if (string.IsNullOrWhiteSpace(user) || string.IsNullOrEmpty(password) || service.Accounts.AnyAdministrator()) return false;
        if (service.Accounts.Find(user.Trim()) is not null) return false;
        service.Accounts.Create(new Actor("bootstrap:LANTU_ADMIN_USER", Roles.Admin, null, "local"), user, user, Roles.Admin, null, Passwords.Hash(password));
        return true;
    }
}
