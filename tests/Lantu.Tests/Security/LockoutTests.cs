using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Lantu.Storage.Accounts;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Lantu.Tests.Security;

/// <summary>Runs alone (no other test competes for the two cores while latency is measured).</summary>
[CollectionDefinition("lockout", DisableParallelization = true)]
public sealed class LockoutCollection;

[Collection("lockout")]
public sealed class LockoutTests(ITestOutputHelper output) : IAsyncLifetime
{
    private StaffHost _h = null!;
    public async Task InitializeAsync() => _h = await StaffHost.Start();
    public async Task DisposeAsync() => await _h.DisposeAsync();

    /// <summary>Posts to the login form like a browser without keeping the session: one antiforgery cookie and token
    /// (anonymous, so reusable) for every attempt.</summary>
    private async Task<Func<string, string, Task<HttpStatusCode>>> LoginForm()
    {
        var client = new HttpClient(_h.Host.App.GetTestServer().CreateHandler()) { BaseAddress = new Uri("http://localhost/") };
        var page = await client.GetAsync("/staff/login");
        var af = page.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("lantu.af=")).Split(';')[0];
        var token = System.Text.RegularExpressions.Regex.Match(await page.Content.ReadAsStringAsync(),
            "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        return async (user, password) =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/staff/login") { Content = StaffHost.Form(token, ("user", user), ("password", password)) };
            request.Headers.Add("Cookie", af);
            using var response = await client.SendAsync(request);
            return response.StatusCode;
        };
    }

    [Fact]
    public async Task A_thousand_wrong_passwords_lock_the_account_without_slowing_other_users()
    {
        const int attempts = 1000, attackers = 8;
        var attacker = await LoginForm();
        var user = await LoginForm();

        async Task<double> TimedLogin()
        {
            var sw = Stopwatch.StartNew();
            var status = await user(StaffHost.Viewer, StaffHost.Password);
            Assert.Equal(HttpStatusCode.Redirect, status); // the other user always gets in
            return sw.Elapsed.TotalMilliseconds;
        }

        for (var i = 0; i < 3; i++) await TimedLogin(); // warm-up
        var baseline = new List<double>();
        for (var i = 0; i < 20; i++) baseline.Add(await TimedLogin());

        var statuses = new ConcurrentBag<HttpStatusCode>();
        var attackClock = Stopwatch.StartNew();
        var attack = Parallel.ForEachAsync(Enumerable.Range(0, attempts), new ParallelOptions { MaxDegreeOfParallelism = attackers },
            async (i, _) => statuses.Add(await attacker(StaffHost.Reporter, $"guess-{i:D4}-wrong")));
        var during = new List<double>();
        while (!attack.IsCompleted || during.Count < 20) during.Add(await TimedLogin());
        await attack;
        attackClock.Stop();

        Assert.Equal(attempts, statuses.Count);
        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.BadRequest, s));
        var account = new AccountStore(_h.Db).Find(StaffHost.Reporter)!;
        Assert.True(account.IsLocked(DateTime.UtcNow));
        Assert.InRange((account.LockedUntilUtc!.Value - DateTime.UtcNow).TotalMinutes, 14, 15.01);
        // Locked: the right password is refused too, on the form and the API, until it expires or is reset.
        Assert.Equal(HttpStatusCode.BadRequest, await attacker(StaffHost.Reporter, StaffHost.Password));
        Assert.Equal(HttpStatusCode.Unauthorized, (await _h.Api(StaffHost.Reporter).GetAsync("/api/submissions")).StatusCode);
        Assert.Single(new AuditLog(_h.Db).List(action: "account.locked"));

        double Median(List<double> xs) => xs.Order().ElementAt(xs.Count / 2);
        double P95(List<double> xs) => xs.Order().ElementAt((int)Math.Ceiling(xs.Count * 0.95) - 1);
        var report = $"lockout: {attempts} wrong passwords ({attackers} concurrent) in {attackClock.Elapsed.TotalSeconds:F2} s " +
                     $"({attempts / attackClock.Elapsed.TotalSeconds:F0}/s); other user's login: baseline median {Median(baseline):F1} ms p95 {P95(baseline):F1} ms (n={baseline.Count}), " +
                     $"during attack median {Median(during):F1} ms p95 {P95(during):F1} ms (n={during.Count})";
        output.WriteLine(report);
        await File.WriteAllTextAsync(Path.Combine(Samples.Output, "security-lockout.txt"), report + "\n");
        // The other user always got in (asserted above); how fast is measured and written out, never asserted:
        // on a shared machine a timing bound only measures the neighbours.

        // An administrator's reset unlocks it.
        new AccountStore(_h.Db).SetPassword(new Actor("admin", Roles.Admin, null, null), StaffHost.Reporter, Lantu.Web.Auth.Passwords.Hash(StaffHost.Password));
        // (The portal re-reads a remembered lock within 5 s; a reset through its own accounts page forgets it at once.)
        _h.Host.App.Services.GetRequiredService<Lantu.Web.Auth.SignInMemory>().RecentLocks.TryRemove(StaffHost.Reporter, out _);
        Assert.Equal(HttpStatusCode.Redirect, await attacker(StaffHost.Reporter, StaffHost.Password));
    }

    [Fact]
    public async Task Unknown_names_and_wrong_passwords_get_the_same_answer()
    {
        var form = await LoginForm();
        Assert.Equal(HttpStatusCode.BadRequest, await form("没有这个人", "whatever-password"));
        Assert.Equal(HttpStatusCode.BadRequest, await form(StaffHost.Viewer, "whatever-password"));
        var browser = _h.Browser();
        var token = await StaffHost.Token(browser, "/staff/login");
        var unknown = await (await browser.PostAsync("/staff/login", StaffHost.Form(token, ("user", "没有这个人"), ("password", "x")))).Content.ReadAsStringAsync();
        var wrong = await (await browser.PostAsync("/staff/login", StaffHost.Form(token, ("user", StaffHost.Viewer), ("password", "x")))).Content.ReadAsStringAsync();
        Assert.Contains("用户名或密码不正确", unknown);
        Assert.Contains("用户名或密码不正确", wrong);
    }
}
