using System.Net;
using System.Text;
using Lantu.Application.Workflow;
using Lantu.Storage.Accounts;
using Lantu.Tests.Web;

namespace Lantu.Tests.Security;

/// <summary>Each role's allowed and refused actions over HTTP (test host): pages with the session cookie and
/// antiforgery token, the API with HTTP Basic. Refused means 403 and nothing changed.</summary>
public sealed class RoleTests : IAsyncLifetime
{
    private StaffHost _h = null!;
    public async Task InitializeAsync() => _h = await StaffHost.Start();
    public async Task DisposeAsync() => await _h.DisposeAsync();

    private const string Admin = PortalHost.AdminUser;

    private static readonly (string Page, bool[] Allowed)[] PageMatrix =
    [
        // page, then allowed for: admin, planner, reporter, reviewer, viewer
        ("/staff", [true, true, true, true, true]),
        ("/staff/upload", [true, true, false, false, false]),
        ("/staff/assign", [true, true, false, false, false]),
        ("/staff/assign/indicators", [true, true, false, false, false]),
        ("/staff/observe", [true, false, true, false, false]),
        ("/staff/import", [true, false, true, false, false]),
        ("/staff/reports", [true, true, true, true, true]),
        ("/staff/report", [true, false, true, false, false]),
        ("/staff/review", [true, false, false, true, false]),
        ("/staff/audit", [true, false, false, true, false]),
        ("/staff/audit?handler=csv", [true, false, false, true, false]),
        ("/staff/accounts", [true, false, false, false, false]),
    ];

    [Fact]
    public async Task Pages_answer_each_role_with_200_or_403()
    {
        var clients = new Dictionary<string, HttpClient>();
        foreach (var u in StaffHost.AllUsers) clients[u] = await _h.SignedIn(u);
        var failures = new List<string>();
        foreach (var row in PageMatrix)
        {
            var (page, allowed) = row;
            for (var i = 0; i < StaffHost.AllUsers.Length; i++)
            {
                var r = await clients[StaffHost.AllUsers[i]].GetAsync(page);
                var expected = allowed[i] ? HttpStatusCode.OK : HttpStatusCode.Forbidden;
                if (r.StatusCode != expected) failures.Add($"{StaffHost.AllUsers[i]} {page}: {r.StatusCode}, expected {expected}");
            }
        }
        Assert.Empty(failures);
        // Anonymous visitors are sent to the login page.
        var anonymous = await _h.Browser().GetAsync("/staff/review");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/staff/login", anonymous.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Page_forms_refuse_other_roles_and_change_nothing()
    {
        var before = (_h.Count("accounts"), _h.Count("submissions"), _h.Count("task_assignments") + _h.Count("target_assignments"), _h.Count("audit_log"));
        foreach (var user in new[] { StaffHost.Planner, StaffHost.Reviewer, StaffHost.Viewer, StaffHost.Reporter })
        {
            var c = await _h.SignedIn(user);
            var token = await StaffHost.Token(c, "/staff"); // the header's logout form carries the user's token
            var add = await c.PostAsync("/staff/accounts?handler=add", StaffHost.Form(token, ("userName", "intruder"), ("role", "admin"), ("password", "Intruder-pass-1")));
            Assert.Equal(HttpStatusCode.Forbidden, add.StatusCode);
            var role = await c.PostAsync("/staff/accounts?handler=role", StaffHost.Form(token, ("userName", user), ("role", "admin")));
            Assert.Equal(HttpStatusCode.Forbidden, role.StatusCode);
            if (user != StaffHost.Planner)
            {
                var assign = await c.PostAsync("/staff/assign", StaffHost.Form(token, ("plan", "1"), ("key", _h.OtherTask), ("lead", StaffHost.Ndrc)));
                Assert.Equal(HttpStatusCode.Forbidden, assign.StatusCode);
                var indicator = await c.PostAsync("/staff/assign/indicators", StaffHost.Form(token, ("plan", "1"), ("indicator", "1"), ("lead", StaffHost.Ndrc)));
                Assert.Equal(HttpStatusCode.Forbidden, indicator.StatusCode);
            }
            if (user != StaffHost.Reporter)
            {
                var report = await c.PostAsync("/staff/report", StaffHost.Form(token, ("plan", "1"), ("year", "2024"), ("kind", "task"), ("key", _h.OwnTask), ("value", "1")));
                Assert.Equal(HttpStatusCode.Forbidden, report.StatusCode);
            }
        }
        Assert.Equal(before, (_h.Count("accounts"), _h.Count("submissions"), _h.Count("task_assignments") + _h.Count("target_assignments"), _h.Count("audit_log")));
    }

    [Fact]
    public async Task Reporter_cannot_write_another_departments_task_by_editing_form_fields_or_calling_the_api()
    {
        var c = await _h.SignedIn(StaffHost.Reporter);
        var token = await StaffHost.Token(c, "/staff/report?plan=1&year=2024");
        var page = await c.GetStringAsync("/staff/report?plan=1&year=2024");
        Assert.Contains(_h.OwnTask, page);
        Assert.DoesNotContain(_h.OtherTask, page);

        // The form for its own task works...
        var ok = await c.PostAsync("/staff/report", StaffHost.Form(token, ("plan", "1"), ("year", "2024"), ("kind", "task"), ("key", _h.OwnTask), ("value", "推进中"), ("action", "submit")));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(1, _h.Count("submissions"));
        // ...the same form with the key edited to another department's task is refused.
        var forged = await c.PostAsync("/staff/report", StaffHost.Form(token, ("plan", "1"), ("year", "2024"), ("kind", "task"), ("key", _h.OtherTask), ("value", "已完成"), ("action", "submit")));
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        // So are an indicator nobody assigned, and another plan's task with the same key.
        var other = await c.PostAsync("/staff/report", StaffHost.Form(token, ("plan", "2"), ("year", "2024"), ("kind", "task"), ("key", _h.OwnTask), ("value", "x")));
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal(1, _h.Count("submissions"));

        // Directly through the API.
        var api = _h.Api(StaffHost.Reporter);
        var own = await StaffHost.PostJson(api, "/api/submissions", new { planId = 1, targetKind = "task", targetKey = _h.OwnTask, year = 2025, value = "80%", note = "" });
        Assert.Equal(HttpStatusCode.Created, own.StatusCode);
        var denied = await StaffHost.PostJson(api, "/api/submissions", new { planId = 1, targetKind = "task", targetKey = _h.OtherTask, year = 2025, value = "100%", note = "" });
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        var indicator = await StaffHost.PostJson(api, "/api/submissions", new { planId = 1, targetKind = "indicator", targetKey = "地区生产总值", year = 2025, value = "1", note = "" });
        Assert.Equal(HttpStatusCode.Forbidden, indicator.StatusCode);
        // Nor may it change another department's submission or approve its own.
        var theirs = await StaffHost.PostJson(_h.Api(StaffHost.OtherReporter), "/api/submissions", new { planId = 1, targetKind = "task", targetKey = _h.OtherTask, year = 2025, value = "50%", note = "", submit = false });
        var theirId = (await StaffHost.Json(theirs)).GetProperty("id").GetInt64();
        var edit = await StaffHost.PutJson(api, $"/api/submissions/{theirId}", new { value = "改了", note = "", submit = true });
        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
        var ownId = (await StaffHost.Json(own)).GetProperty("id").GetInt64();
        Assert.Equal(HttpStatusCode.Forbidden, (await api.PostAsync($"/api/submissions/{ownId}/approve", null)).StatusCode);
        Assert.Equal("50%", TestServices.Get<SubmissionWorkflow>(_h.Db).Get(theirId)!.Value);
        Assert.Equal(Submission.Submitted, TestServices.Get<SubmissionWorkflow>(_h.Db).Get(ownId)!.Status);
        // The reporter's list shows its own department only.
        var list = await StaffHost.Json(await api.GetAsync("/api/submissions"));
        Assert.All(list.EnumerateArray(), s => Assert.Equal(StaffHost.Ndrc, s.GetProperty("department").GetString()));
    }

    [Fact]
    public async Task Api_roles_upload_assign_submit_review_and_audit()
    {
        var bytes = await File.ReadAllBytesAsync(Samples.Path003);
        MultipartFormDataContent Upload() => new() { { new ByteArrayContent(Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes) + "\n附：测试。\n")), "file", "p.txt" } };
        foreach (var u in new[] { StaffHost.Reporter, StaffHost.Reviewer, StaffHost.Viewer })
            Assert.Equal(HttpStatusCode.Forbidden, (await _h.Api(u).PostAsync("/api/plans", Upload())).StatusCode);
        Assert.Equal(1, _h.Count("plan_versions", "plan_id = 4"));
        Assert.Equal(HttpStatusCode.Created, (await _h.Api(StaffHost.Planner).PostAsync("/api/plans", Upload())).StatusCode);
        Assert.Contains(new AuditLog(_h.Db).List(), e => e.Action == "plan.upload" && e.Actor == StaffHost.Planner);

        var assignment = new { planId = 1, targetKind = "indicator", targetKey = "常住人口城镇化率", lead = StaffHost.Ndrc, cooperating = new[] { StaffHost.Edu } };
        foreach (var u in new[] { StaffHost.Reporter, StaffHost.Reviewer, StaffHost.Viewer })
            Assert.Equal(HttpStatusCode.Forbidden, (await StaffHost.PostJson(_h.Api(u), "/api/assignments", assignment)).StatusCode);
        Assert.Equal(0, _h.Count("target_assignments"));
        Assert.Equal(HttpStatusCode.OK, (await StaffHost.PostJson(_h.Api(StaffHost.Planner), "/api/assignments", assignment)).StatusCode);
        Assert.Equal(2, _h.Count("target_assignments"));

        var submission = new { planId = 1, targetKind = "indicator", targetKey = "常住人口城镇化率", year = 2024, value = "70.1%", note = "统计公报" };
        foreach (var u in new[] { StaffHost.Planner, StaffHost.Reviewer, StaffHost.Viewer })
            Assert.Equal(HttpStatusCode.Forbidden, (await StaffHost.PostJson(_h.Api(u), "/api/submissions", submission)).StatusCode);
        Assert.Equal(0, _h.Count("submissions"));
        var created = await StaffHost.PostJson(_h.Api(StaffHost.Reporter), "/api/submissions", submission);
        var id = (await StaffHost.Json(created)).GetProperty("id").GetInt64();
        foreach (var u in new[] { StaffHost.Planner, StaffHost.Reporter, StaffHost.OtherReporter, StaffHost.Viewer })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await _h.Api(u).PostAsync($"/api/submissions/{id}/approve", null)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await StaffHost.PostJson(_h.Api(u), $"/api/submissions/{id}/return", new { reason = "no" })).StatusCode);
        }
        Assert.Equal(Submission.Submitted, TestServices.Get<SubmissionWorkflow>(_h.Db).Get(id)!.Status);

        // The public sees nothing until it is approved, then only the approved value.
        Assert.Equal(0, (await StaffHost.Json(await _h.Host.Client().GetAsync("/api/approved?plan=1"))).GetArrayLength());
        Assert.Equal(HttpStatusCode.OK, (await _h.Api(StaffHost.Reviewer).PostAsync($"/api/submissions/{id}/approve", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await _h.Api(StaffHost.Reviewer).PostAsync($"/api/submissions/{id}/approve", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await StaffHost.PutJson(_h.Api(StaffHost.Reporter), $"/api/submissions/{id}", new { value = "99%", note = "", submit = true })).StatusCode);
        var draft = await StaffHost.PostJson(_h.Api(StaffHost.Reporter), "/api/submissions", new { planId = 1, targetKind = "indicator", targetKey = "常住人口城镇化率", year = 2024, value = "71%", note = "", submit = false });
        Assert.Equal(HttpStatusCode.Created, draft.StatusCode);
        var published = await StaffHost.Json(await _h.Host.Client().GetAsync("/api/approved?plan=1"));
        Assert.Equal("70.1%", Assert.Single(published.EnumerateArray()).GetProperty("value").GetString());

        // Audit: administrators and reviewers only.
        foreach (var u in new[] { StaffHost.Planner, StaffHost.Reporter, StaffHost.Viewer })
            Assert.Equal(HttpStatusCode.Forbidden, (await _h.Api(u).GetAsync("/api/audit")).StatusCode);
        var audit = await StaffHost.Json(await _h.Api(Admin).GetAsync("/api/audit"));
        Assert.Contains(audit.EnumerateArray(), e => e.GetProperty("action").GetString() == "submission.approve" && e.GetProperty("actor").GetString() == StaffHost.Reviewer);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _h.Host.Client().GetAsync("/api/audit")).StatusCode);
    }

    [Fact]
    public async Task Role_change_ends_the_session_and_the_audit_csv_lists_it()
    {
        var reviewer = await _h.SignedIn(StaffHost.Reviewer);
        Assert.Equal(HttpStatusCode.OK, (await reviewer.GetAsync("/staff/review")).StatusCode);
        var admin = await _h.SignedIn(Admin);
        var token = await StaffHost.Token(admin, "/staff/accounts");
        var r = await admin.PostAsync("/staff/accounts?handler=role", StaffHost.Form(token, ("userName", StaffHost.Reviewer), ("role", "viewer")));
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var after = await reviewer.GetAsync("/staff/review");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode); // the old session is gone: sign in again
        var csv = Encoding.UTF8.GetString(await (await admin.GetAsync("/staff/audit?handler=csv")).Content.ReadAsByteArrayAsync());
        Assert.StartsWith("\uFEFFid,at,actor,address,action,target,old_value,new_value", csv);
        Assert.Contains($"account.role,account:{StaffHost.Reviewer},reviewer,viewer", csv);
    }
}
