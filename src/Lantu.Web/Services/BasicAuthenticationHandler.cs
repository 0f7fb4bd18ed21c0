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

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!AuthenticationHeaderValue.TryParse(Request.Headers.Authorization, out var header) ||
            !SchemeName.Equals(header.Scheme, StringComparison.OrdinalIgnoreCase) || header.Parameter is null)
            return AuthenticateResult.NoResult();
        string decoded;
        try { decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header.Parameter)); }
        catch (FormatException) { return AuthenticateResult.Fail("malformed Basic credentials"); }
        var colon = decoded.IndexOf(':');
        if (colon < 0) return AuthenticateResult.Fail("malformed Basic credentials");
        var result = await signIn.CheckAsync(decoded[..colon], decoded[(colon + 1)..], Context.Connection.RemoteIpAddress?.ToString(), Context.RequestAborted);
        if (result.Outcome == SignInOutcome.Throttled)
        {
            Context.Items[ThrottledItem] = result.RetryAfter;
            return AuthenticateResult.Fail("too many failed sign-ins");
        }
        if (result.Outcome != SignInOutcome.Success)
            return AuthenticateResult.Fail(result.Outcome == SignInOutcome.Locked ? "account locked" : "invalid credentials");
        var principal = new ClaimsPrincipal(SignInService.Identity(result.Account!, SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    private const string ThrottledItem = "lantu:throttled";

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        // Too many failed sign-ins from this address or for this name: 429 with when to try again.
        if (Context.Items[ThrottledItem] is TimeSpan wait)
        {
            Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Results.Problem(title: "登录尝试过于频繁", detail: "失败的登录过多，请稍后再试。", statusCode: StatusCodes.Status429TooManyRequests).ExecuteAsync(Context);
        }
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Basic realm=\"lantu\", charset=\"UTF-8\"";
        return Task.CompletedTask;
    }
}
