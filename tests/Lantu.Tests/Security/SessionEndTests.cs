using System.Net;
using System.Text.RegularExpressions;
using Lantu.Storage.Accounts;
using Lantu.Tests.Web;

namespace Lantu.Tests.Security;

/// <summary>Issue 17 item 2: logout, password reset, role change and disabling an account make every earlier cookie
/// ticket useless, checked on the server (a copied cookie is refused).</summary>
public sealed class SessionEndTests : IAsyncLifetime
{
    private StaffHost _h = null!;
    public async Task InitializeAsync() => _h = await StaffHost.Start();
    public async Task DisposeAsync() => await _h.DisposeAsync();

    /// <summary>Signs in through the form and returns the client and a copy of its session cookie.</summary>
    private async Task<(HttpClient Client, string Cookie)> SignIn(string user)
    {
        var client = _h.Browser();
        var token = await StaffHost.Token(client, "/staff/login");
        var response = await client.PostAsync("/staff/login", StaffHost.Form(token, ("user", user), ("password", StaffHost.PasswordOf(user))));
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("lantu.staff="));
        return (client, Regex.Match(cookie, "^lantu.staff=[^;]+").Value);
    }

    /// <summary>A fresh client that sends only the copied cookie.</summary>
    private async Task<HttpStatusCode> WithCopy(string cookie, string page)
    {
        var raw = _h.Host.Client();
        var request = new HttpRequestMessage(HttpMethod.Get, page);
        request.Headers.Add("Cookie", cookie);
        return (await raw.SendAsync(request)).StatusCode;
    }

    [Fact]
    public async Task A_copied_cookie_is_refused_after_logout()
    {
        var (client, copy) = await SignIn(StaffHost.Reviewer);
        Assert.Equal(HttpStatusCode.OK, await WithCopy(copy, "/staff/audit"));
        var token = await StaffHost.Token(client, "/staff");
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostAsync("/staff/logout", StaffHost.Form(token))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, await WithCopy(copy, "/staff/audit")); // to the login page
        // Signing in again works and gives a new, valid ticket.
        var (_, fresh) = await SignIn(StaffHost.Reviewer);
        Assert.Equal(HttpStatusCode.OK, await WithCopy(fresh, "/staff/audit"));
        Assert.Equal(HttpStatusCode.Redirect, await WithCopy(copy, "/staff/audit"));
    }

    [Theory]
    [InlineData("reset")]
    [InlineData("role")]
    [InlineData("disable")]
    public async Task A_copied_cookie_is_refused_after_an_administrators_change(string change)
    {
        var (_, copy) = await SignIn(StaffHost.Reviewer);
        Assert.Equal(HttpStatusCode.OK, await WithCopy(copy, "/staff/audit"));
        if (change == "disable") // no page for it: `lantu user disable` goes through the store
            new AccountStore(_h.Db).SetDisabled(new Actor("cli:admin", Roles.Admin, null, "cli"), StaffHost.Reviewer, true);
        else
        {
            var admin = await _h.SignedIn(PortalHost.AdminUser);
            var token = await StaffHost.Token(admin, "/staff/accounts");
            (string, string)[] fields = change == "reset"
                ? [("userName", StaffHost.Reviewer), ("password", "Another-pass-2025")]
                : [("userName", StaffHost.Reviewer), ("role", "admin")];
            var done = await admin.PostAsync($"/staff/accounts?handler={change}", StaffHost.Form(token, fields));
            Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        }
        Assert.Equal(HttpStatusCode.Redirect, await WithCopy(copy, "/staff/audit"));
    }
}
