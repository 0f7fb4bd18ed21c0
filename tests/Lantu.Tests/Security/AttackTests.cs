using System.Net;
using System.Text.RegularExpressions;
using Lantu.Application.Workflow;
using Lantu.Storage.Accounts;
using Lantu.Tests.Web;
using Microsoft.AspNetCore.TestHost;

namespace Lantu.Tests.Security;

/// <summary>Forged posts, script in stored text, SQL metacharacters in every input.</summary>
public sealed class AttackTests : IAsyncLifetime
{
    private StaffHost _h = null!;
    public async Task InitializeAsync() => _h = await StaffHost.Start();
    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task Every_staff_form_refuses_a_post_without_its_antiforgery_token()
    {
        var admin = await _h.SignedIn(PortalHost.AdminUser);
        var reporter = await _h.SignedIn(StaffHost.Reporter);
        var before = (_h.Count("accounts"), _h.Count("submissions"), _h.Count("task_assignments"), _h.Count("audit_log"), _h.Count("plans"));
        var posts = new (HttpClient Client, string Url, (string, string)[] Fields)[]
        {
            (_h.Browser(), "/staff/login", [("user", PortalHost.AdminUser), ("password", PortalHost.AdminPassword)]),
            (admin, "/staff/accounts?handler=add", [("userName", "csrf"), ("role", "admin"), ("password", "Csrf-pass-123")]),
            (admin, "/staff/accounts?handler=role", [("userName", StaffHost.Viewer), ("role", "admin")]),
            (admin, "/staff/accounts?handler=reset", [("userName", StaffHost.Viewer), ("password", "Csrf-pass-123")]),
            (admin, "/staff/assign", [("plan", "1"), ("key", _h.OtherTask), ("lead", "攻击者")]),
            (admin, "/staff/review?handler=approve", [("id", "1")]),
            (admin, "/staff/logout", []),
            (reporter, "/staff/report", [("plan", "1"), ("year", "2024"), ("kind", "task"), ("key", _h.OwnTask), ("value", "伪造")]),
        };
        foreach (var (client, url, fields) in posts)
        {
            var none = await client.PostAsync(url, StaffHost.Form(null, fields));
            Assert.True(none.StatusCode == HttpStatusCode.BadRequest, $"{url} without token: {none.StatusCode}");
            var wrong = await client.PostAsync(url, StaffHost.Form("CfDJ8forged", fields));
            Assert.True(wrong.StatusCode == HttpStatusCode.BadRequest, $"{url} with a forged token: {wrong.StatusCode}");
        }
        // A token from another user's session is not accepted either.
        var reporterToken = await StaffHost.Token(reporter, "/staff");
        var swapped = await admin.PostAsync("/staff/accounts?handler=add", StaffHost.Form(reporterToken, ("userName", "csrf"), ("role", "admin"), ("password", "Csrf-pass-123")));
        Assert.Equal(HttpStatusCode.BadRequest, swapped.StatusCode);
        // A multipart upload without the token.
        var upload = await admin.PostAsync("/staff/upload", new MultipartFormDataContent { { new ByteArrayContent("第一章 总则"u8.ToArray()), "file", "x.txt" } });
        Assert.Equal(HttpStatusCode.BadRequest, upload.StatusCode);
        Assert.Equal(before, (_h.Count("accounts"), _h.Count("submissions"), _h.Count("task_assignments"), _h.Count("audit_log"), _h.Count("plans")));
        // Still signed in (the forged logout did nothing).
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/staff/accounts")).StatusCode);
    }

    [Fact]
    public async Task Session_and_antiforgery_cookies_are_httponly_and_samesite_strict()
    {
        var client = _h.Browser();
        var login = await client.GetAsync("/staff/login");
        var af = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("lantu.af="));
        Assert.Contains("samesite=strict", af.ToLowerInvariant());
        Assert.Contains("httponly", af.ToLowerInvariant());
        var html = await login.Content.ReadAsStringAsync();
        var token = Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var signedIn = await client.PostAsync("/staff/login", StaffHost.Form(token, ("user", StaffHost.Viewer), ("password", StaffHost.Password)));
        var session = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("lantu.staff="));
        Assert.Contains("samesite=strict", session.ToLowerInvariant());
        Assert.Contains("httponly", session.ToLowerInvariant());

        // Over HTTPS both cookies are marked Secure.
        var https = new HttpClient(_h.Host.App.GetTestServer().CreateHandler()) { BaseAddress = new Uri("https://localhost/") };
        var secure = await https.GetAsync("/staff/login");
        Assert.Contains("secure", secure.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("lantu.af=")).ToLowerInvariant());
    }

    public const string Script = "<script>window.__xss=1</script><img src=x onerror=\"window.__xss=2\">\"'&";

    [Fact]
    public async Task Stored_text_is_shown_escaped_on_every_staff_page()
    {
        var api = _h.Api(StaffHost.Reporter);
        var created = await StaffHost.PostJson(api, "/api/submissions", new { planId = 1, targetKind = "task", targetKey = _h.OwnTask, year = 2024, value = Script, note = Script });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var admin = await _h.SignedIn(PortalHost.AdminUser);
        var token = await StaffHost.Token(admin, "/staff/accounts");
        await admin.PostAsync("/staff/accounts?handler=add", StaffHost.Form(token, ("userName", "<b>x</b>"), ("displayName", Script), ("role", "reporter"), ("department", Script), ("password", "Xss-pass-12345")));
        foreach (var page in new[] { "/staff/review", "/staff/audit", "/staff/accounts" })
        {
            var html = await (await admin.GetAsync(page)).Content.ReadAsStringAsync();
            Assert.DoesNotContain("<script>window", html);
            Assert.DoesNotContain("<img src=x", html);
            Assert.Contains("&lt;script&gt;window.__xss=1&lt;/script&gt;", html);
        }
        var csv = await (await admin.GetAsync("/staff/audit?handler=csv")).Content.ReadAsStringAsync();
        Assert.Contains("\"<script>window.__xss=1</script><img src=x onerror=\"\"window.__xss=2\"\">\"\"'&", csv); // CSV-quoted, verbatim
        // The API returns the text as it was written, as JSON that browsers will not sniff as HTML.
        var json = await _h.Api(PortalHost.AdminUser).GetAsync("/api/submissions");
        Assert.Equal("application/json", json.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", json.Headers.GetValues("X-Content-Type-Options").Single());
    }

    public static readonly string[] Metacharacters =
        ["' OR '1'='1", "'; DROP TABLE accounts; --", "\" OR \"\"=\"", "1; DELETE FROM submissions", "%' --", "\\'", "$$; SELECT pg_sleep(5); $$", "x') UNION SELECT password_hash FROM accounts --"];

    [Fact]
    public async Task Sql_metacharacters_in_every_input_are_harmless()
    {
        var counts = (_h.Count("accounts"), _h.Count("plans"), _h.Count("task_assignments"));
        var browser = _h.Browser();
        var token = await StaffHost.Token(browser, "/staff/login");
        foreach (var m in Metacharacters)
        {
            // Login form and Basic credentials.
            var login = await browser.PostAsync("/staff/login", StaffHost.Form(token, ("user", m), ("password", m)));
            Assert.Equal(HttpStatusCode.BadRequest, login.StatusCode);
            var admin = PortalHost.AdminUser;
            Assert.Equal(HttpStatusCode.Unauthorized, (await _h.Api(m, m).GetAsync("/api/submissions")).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await _h.Api(admin, m).GetAsync("/api/submissions")).StatusCode);
            // Query strings of public and staff endpoints.
            foreach (var url in new[] { "/api/approved?plan=", "/api/approved?year=", "/api/submissions?status=", "/?q=", "/api/plans/" })
            {
                var r = await _h.Api(admin).GetAsync(url + Uri.EscapeDataString(m));
                Assert.True(r.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest or HttpStatusCode.NotFound, $"{url}{m}: {r.StatusCode}");
            }
        }
        // Audit filters through the page.
        var adminPage = await _h.SignedIn(PortalHost.AdminUser);
        foreach (var m in Metacharacters)
            Assert.Equal(HttpStatusCode.OK, (await adminPage.GetAsync("/staff/audit?actor=" + Uri.EscapeDataString(m) + "&action=" + Uri.EscapeDataString(m))).StatusCode);
        Assert.Equal(counts, (_h.Count("accounts"), _h.Count("plans"), _h.Count("task_assignments")));

        // Stored through every writing endpoint, read back verbatim.
        var planner = _h.Api(StaffHost.Planner);
        var reporter = _h.Api(StaffHost.Reporter);
        var reviewer = _h.Api(StaffHost.Reviewer);
        foreach (var m in Metacharacters)
        {
            Assert.Equal(HttpStatusCode.OK, (await StaffHost.PostJson(planner, "/api/assignments", new { planId = 1, targetKind = "indicator", targetKey = m, lead = StaffHost.Ndrc, cooperating = new[] { m } })).StatusCode);
            var s = await StaffHost.PostJson(reporter, "/api/submissions", new { planId = 1, targetKind = "indicator", targetKey = m, year = 2024, value = m, note = m });
            Assert.Equal(HttpStatusCode.Created, s.StatusCode);
            var id = (await StaffHost.Json(s)).GetProperty("id").GetInt64();
            Assert.Equal(HttpStatusCode.OK, (await StaffHost.PostJson(reviewer, $"/api/submissions/{id}/return", new { reason = m })).StatusCode);
            var stored = TestServices.Get<SubmissionWorkflow>(_h.Db).Get(id)!;
            Assert.Equal((m, m, m, m), (stored.TargetKey, stored.Value, stored.Note, stored.DecisionReason));
            Assert.Equal(HttpStatusCode.OK, (await StaffHost.PostJson(planner, "/api/revisions", new { planId = 1, targetKind = "indicator", targetKey = m, target = m, validFrom = "2023-06-01", decision = m, originalTarget = m })).StatusCode);
        }
        Assert.Equal(Metacharacters.Length, _h.Count("submissions"));
        Assert.Equal(counts.Item1, _h.Count("accounts"));
        Assert.Contains(Metacharacters[1], new AccountStore(_h.Db).Departments());
    }
}
