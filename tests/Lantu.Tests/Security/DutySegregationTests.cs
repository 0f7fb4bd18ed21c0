using System.Net;
using Dapper;
using Lantu.Storage.Accounts;
using Lantu.Tests.Web;

namespace Lantu.Tests.Security;

/// <summary>Issue 17 item 3: whoever last changed a submission's value may not approve it, and the observation an
/// approved value becomes names who entered the value, never a reporter who did not.</summary>
public sealed class DutySegregationTests : IAsyncLifetime
{
    private StaffHost _h = null!;
    public async Task InitializeAsync() => _h = await StaffHost.Start();
    public async Task DisposeAsync() => await _h.DisposeAsync();

    private string AssignIndicator()
    {
        using var c = _h.Db.Connect();
        var key = c.ExecuteScalar<string>("""
            SELECT i.indicator_key FROM indicators i JOIN plans p ON p.current_version_id = i.version_id
            WHERE p.id = @plan ORDER BY i.seq LIMIT 1
            """, new { plan = StaffHost.Plan })!;
        new Assignments(_h.Db).Assign(new Actor("setup", Roles.Admin, null, "test"), StaffHost.Plan, TargetKinds.Indicator, key, StaffHost.Ndrc, []);
        return key;
    }

    [Fact]
    public async Task An_administrator_who_edits_a_reporters_value_cannot_approve_it_and_the_observation_names_the_administrator()
    {
        var key = AssignIndicator();
        var reporter = _h.Api(StaffHost.Reporter);
        var admin = _h.Api(PortalHost.AdminUser);
        var draft = await StaffHost.PostJson(reporter, "/api/submissions", new { planId = 1, targetKind = "indicator", targetKey = key, year = 2024, value = "5.5", submit = false });
        Assert.Equal(HttpStatusCode.Created, draft.StatusCode);
        var id = (await StaffHost.Json(draft)).GetProperty("id").GetInt64();

        var edited = await StaffHost.PutJson(admin, $"/api/submissions/{id}", new { value = "9.9", submit = true });
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal(PortalHost.AdminUser, (await StaffHost.Json(edited)).GetProperty("entered_by").GetString());

        // The administrator entered 9.9: it may not approve it; nothing becomes an observation.
        var selfApproval = await admin.PostAsync($"/api/submissions/{id}/approve", null);
        Assert.Equal(HttpStatusCode.Forbidden, selfApproval.StatusCode);
        Assert.Equal(1, _h.Count("submissions", $"id = {id} AND status = 'submitted'"));
        Assert.Equal(0, _h.Count("observations", $"plan_id = 1 AND indicator_key = '{key}' AND year = 2024"));

        // A reviewer approves; the observation is reported by the administrator who entered 9.9, not by the reporter.
        var approved = await _h.Api(StaffHost.Reviewer).PostAsync($"/api/submissions/{id}/approve", null);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal(1, _h.Count("observations", $"plan_id = 1 AND indicator_key = '{key}' AND year = 2024 AND value = 9.9 AND reported_by = '{PortalHost.AdminUser}' AND approved_by = '{StaffHost.Reviewer}'"));
        Assert.Equal(0, _h.Count("observations", $"reported_by = '{StaffHost.Reporter}'"));
    }

    [Fact]
    public async Task Submitting_unchanged_keeps_the_reporter_as_the_one_who_entered_the_value()
    {
        var key = AssignIndicator();
        var reporter = _h.Api(StaffHost.Reporter);
        var draft = await StaffHost.PostJson(reporter, "/api/submissions", new { planId = 1, targetKind = "indicator", targetKey = key, year = 2023, value = "4.5", submit = false });
        var id = (await StaffHost.Json(draft)).GetProperty("id").GetInt64();
        var admin = _h.Api(PortalHost.AdminUser);
        Assert.Equal(HttpStatusCode.OK, (await StaffHost.PutJson(admin, $"/api/submissions/{id}", new { value = "4.5", note = "已核对", submit = true })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/submissions/{id}/approve", null)).StatusCode);
        Assert.Equal(1, _h.Count("observations", $"indicator_key = '{key}' AND year = 2023 AND reported_by = '{StaffHost.Reporter}' AND approved_by = '{PortalHost.AdminUser}'"));
    }
}
