using System.Net;
using Lantu.Tests.Web;

namespace Lantu.Tests.Security;

/// <summary>Issue 17 item 1: only planners and administrators decide 规划衔接; every decision is audited; no cycles.</summary>
public sealed class RelationDecisionTests : IAsyncLifetime
{
    private StaffHost _h = null!;
    public async Task InitializeAsync() => _h = await StaffHost.Start();
    public async Task DisposeAsync() => await _h.DisposeAsync();

    private static async Task<HttpResponseMessage> Decide(HttpClient client, long child, long parent, string decision)
    {
        var token = await StaffHost.Token(client, "/staff");
        return await client.PostAsync("/staff/relations", StaffHost.Form(token, ("child", child.ToString()), ("parent", parent.ToString()), ("decision", decision)));
    }

    [Theory]
    [InlineData(StaffHost.Viewer)]
    [InlineData(StaffHost.Reporter)]
    [InlineData(StaffHost.Reviewer)]
    public async Task Other_roles_are_refused_and_nothing_is_stored(string user)
    {
        var client = await _h.SignedIn(user);
        var audit = _h.Count("audit_log");
        foreach (var decision in new[] { "reject", "confirm" })
        {
            var response = await Decide(client, 5, 1, decision);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
        Assert.Equal(0, _h.Count("plan_relations"));
        Assert.Equal(audit, _h.Count("audit_log"));
        // The public page offers them no decision buttons either.
        Assert.DoesNotContain("name=\"decision\"", await client.GetStringAsync("/relations"));
    }

    [Theory]
    [InlineData(StaffHost.Planner)]
    [InlineData(PortalHost.AdminUser)]
    public async Task Planners_and_administrators_decide_every_decision_is_audited_and_cycles_are_refused(string user)
    {
        var client = await _h.SignedIn(user);
        Assert.Contains("name=\"decision\"", await client.GetStringAsync("/relations"));
        Assert.Equal(HttpStatusCode.Redirect, (await Decide(client, 5, 1, "confirm")).StatusCode);
        Assert.Equal(1, _h.Count("audit_log", $"action = 'relation.confirm' AND actor = '{user}' AND target = 'plan:5→plan:1' AND new_value = 'confirmed'"));
        Assert.Equal(HttpStatusCode.Redirect, (await Decide(client, 4, 1, "reject")).StatusCode);
        Assert.Equal(1, _h.Count("audit_log", $"action = 'relation.reject' AND actor = '{user}' AND new_value = 'rejected'"));

        // 1 above 5: confirming 5 above 1 would close a cycle; so would 2 → 5 then 1 → 2.
        var cycle = await Decide(client, 1, 5, "confirm");
        Assert.Equal(HttpStatusCode.BadRequest, cycle.StatusCode);
        Assert.Contains("循环", await cycle.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await Decide(client, 2, 5, "confirm")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Decide(client, 1, 2, "confirm")).StatusCode);
        Assert.Equal(0, _h.Count("plan_relations", "child_plan_id = 1"));
        // Rejecting the reverse direction is no cycle.
        Assert.Equal(HttpStatusCode.Redirect, (await Decide(client, 1, 5, "reject")).StatusCode);
        Assert.Equal(_h.Count("plan_relations"), _h.Count("audit_log", "action LIKE 'relation.%'"));
    }
}
