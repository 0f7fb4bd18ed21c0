using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text;
using System.Text.Encodings.Web;
using Lantu.Web.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Lantu.Web.Services;

/// <summary>HTTP Basic authentication for the API (scripts call it with an account's credentials; same lockout as
/// the login page). Used only by API endpoints, never by pages, so browsers' cookies cannot be abused cross-site.</summary>
public sealed class BasicAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, SignInService signIn)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Basic";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!AuthenticationHeaderValue.TryParse(Request.Headers.Authorization, out var header) ||
            !SchemeName.Equals(header.Scheme, StringComparison.OrdinalIgnoreCase) || header.Parameter is null)
            return Task.FromResult(AuthenticateResult.NoResult());
        string decoded;
        try { decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header.Parameter)); }
        catch (FormatException) { return Task.FromResult(AuthenticateResult.Fail("malformed Basic credentials")); }
        var colon = decoded.IndexOf(':');
        if (colon < 0) return Task.FromResult(AuthenticateResult.Fail("malformed Basic credentials"));
        var result = signIn.Check(decoded[..colon], decoded[(colon + 1)..], Context.Connection.RemoteIpAddress?.ToString());
        if (result.Outcome != SignInOutcome.Success)
            return Task.FromResult(AuthenticateResult.Fail(result.Outcome == SignInOutcome.Locked ? "account locked" : "invalid credentials"));
        var principal = new ClaimsPrincipal(SignInService.Identity(result.Account!, SchemeName));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Basic realm=\"lantu\", charset=\"UTF-8\"";
        return Task.CompletedTask;
    }
}
