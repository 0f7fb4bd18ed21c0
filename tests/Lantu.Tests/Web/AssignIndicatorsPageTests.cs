using System.Net;
using System.Text.RegularExpressions;
using Lantu.Storage.Accounts;
using Lantu.Storage.Monitoring;
using Lantu.Tests.Security;

namespace Lantu.Tests.Web;

/// <summary>/staff/assign/indicators over HTTP (test host): a planner gives an indicator of the Xiamen plan a lead and
/// cooperating departments, audited and escaped; the lead's reporter can then enter it; bad input, forged tokens and
/// other roles change nothing.</summary>
public sealed class AssignIndicatorsPageTests : IAsyncLifetime
{
    private StaffHost _h = null!;
    private IndicatorRecord _forest = null!;
    private int _monitored;

    public async Task InitializeAsync()
    {
        _h = await StaffHost.Start();
        var version = new Lantu.Storage.PlanReader(_h.Db).Detail(StaffHost.Plan).VersionId;
        _forest = new IndicatorReader(_h.Db).Resolve(version, "森林覆盖率");
        _monitored = new IndicatorReader(_h.Db).Monitored(version).Count;
    }

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private static async Task<(HttpStatusCode Status, string Html)> Post(HttpClient c, params (string, string)[] fields)
    {
        var token = await StaffHost.Token(c, "/staff/assign/indicators?plan=1");
        var r = await c.PostAsync("/staff/assign/indicators", StaffHost.Form(token, fields));
        return (r.StatusCode, await r.Content.ReadAsStringAsync());
    }

    private static string RowOf(string html, int indicator) =>
        Regex.Matches(html, "<tr>[\\s\\S]*?</tr>").Select(m => m.Value).Single(r => r.Contains($"/plans/1/indicators/{indicator}\""));

    [Fact]
    public async Task Planner_assigns_lead_and_cooperating_departments_and_the_lead_can_then_report()
    {
        var reporter = await _h.SignedIn(StaffHost.Reporter);
        Assert.DoesNotContain($"<option value=\"{_forest.Id}\"", await reporter.GetStringAsync("/staff/observe?plan=1"));

        var planner = await _h.SignedIn(StaffHost.Planner);
        var page = await planner.GetStringAsync("/staff/assign/indicators?plan=1");
        var select = Regex.Match(page, "<select id=\"indicator\"[\\s\\S]*?</select>").Value;
        Assert.Equal(_monitored, Regex.Matches(select, "<option value=\"\\d+\"").Count);
        Assert.Contains("<td class=\"lead-department\">—</td>", RowOf(page, _forest.Id));

        const string script = "<script>window.__xss=1</script>";
        var (status, html) = await Post(planner, ("plan", "1"), ("indicator", _forest.Id.ToString()), ("lead", StaffHost.Ndrc),
            ("cooperating", $"市林业局、{StaffHost.Ndrc}，{script}"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("已设定“森林覆盖率”：牵头单位 市发展改革委；配合单位 市林业局、", html);
        var who = new Assignments(_h.Db).For(StaffHost.Plan, TargetKinds.Indicator, _forest.Key);
        Assert.Equal(StaffHost.Ndrc, who.Lead);
        Assert.Equal(new[] { "市林业局", script }, who.Cooperating); // the lead is not also cooperating
        var row = RowOf(html, _forest.Id);
        Assert.Contains($"<td class=\"lead-department\">{StaffHost.Ndrc}</td>", row);
        Assert.Contains("市林业局、&lt;script&gt;window.__xss=1&lt;/script&gt;", row);
        Assert.DoesNotContain(script, html);
        var audit = new AuditLog(_h.Db).List(action: "assignment.set").First();
        Assert.Equal((StaffHost.Planner, $"plan:1/indicator:{_forest.Key}"), (audit.Actor, audit.Target));
        Assert.Equal($"牵头:{StaffHost.Ndrc}; 配合:市林业局、{script}", audit.NewValue);

        // The form comes back filled for a change; a new lead replaces the old one.
        var edit = await planner.GetStringAsync($"/staff/assign/indicators?plan=1&indicator={_forest.Id}");
        Assert.Contains($"id=\"lead\" name=\"lead\" maxlength=\"100\" list=\"departments\" value=\"{StaffHost.Ndrc}\"", edit);
        (status, _) = await Post(planner, ("plan", "1"), ("indicator", _forest.Id.ToString()), ("lead", StaffHost.Edu), ("cooperating", StaffHost.Ndrc));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(2, _h.Count("target_assignments", $"target_key = '{_forest.Key}'"));

        // The reporter of a now cooperating department sees the indicator on the entry form.
        Assert.Contains($"<option value=\"{_forest.Id}\"", await reporter.GetStringAsync("/staff/observe?plan=1"));
    }

    [Fact]
    public async Task Bad_input_forged_tokens_and_other_roles_change_nothing()
    {
        var before = (_h.Count("target_assignments"), _h.Count("audit_log"));
        var admin = await _h.SignedIn(PortalHost.AdminUser);
        var (status, html) = await Post(admin, ("plan", "1"), ("indicator", "99999"), ("lead", StaffHost.Ndrc));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("没有编号为 99999 的监测指标", html);
        (status, html) = await Post(admin, ("plan", "1"), ("indicator", ""), ("lead", StaffHost.Ndrc));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("请选择一项监测指标", html);
        (status, _) = await Post(admin, ("plan", "1"), ("indicator", _forest.Id.ToString()), ("lead", new string('局', 101)));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        (status, html) = await Post(admin, ("plan", "999"), ("indicator", _forest.Id.ToString()), ("lead", StaffHost.Ndrc));
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/staff/assign/indicators?plan=999")).StatusCode);

        var planner = await _h.SignedIn(StaffHost.Planner);
        var forged = await planner.PostAsync("/staff/assign/indicators", StaffHost.Form("forged-token", ("plan", "1"), ("indicator", _forest.Id.ToString()), ("lead", StaffHost.Ndrc)));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        var none = await planner.PostAsync("/staff/assign/indicators", StaffHost.Form(null, ("plan", "1"), ("indicator", _forest.Id.ToString()), ("lead", StaffHost.Ndrc)));
        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);

        foreach (var user in new[] { StaffHost.Reporter, StaffHost.Reviewer, StaffHost.Viewer })
        {
            var c = await _h.SignedIn(user);
            Assert.Equal(HttpStatusCode.Forbidden, (await c.GetAsync("/staff/assign/indicators")).StatusCode);
            var token = await StaffHost.Token(c, "/staff");
            var r = await c.PostAsync("/staff/assign/indicators", StaffHost.Form(token, ("plan", "1"), ("indicator", _forest.Id.ToString()), ("lead", StaffHost.Ndrc)));
            Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode);
        }
        var anonymous = await _h.Browser().GetAsync("/staff/assign/indicators");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Equal(before, (_h.Count("target_assignments"), _h.Count("audit_log")));
        // The service refuses other roles on its own too.
        Assert.Throws<AccessDeniedException>(() => new Assignments(_h.Db).AssignIndicator(new Actor("r", Roles.Reporter, StaffHost.Ndrc, "test"), 1, _forest.Id, StaffHost.Ndrc, []));
    }

    [Fact]
    public async Task Renders_for_all_five_sample_plans_and_is_linked_from_the_staff_menu()
    {
        var planner = await _h.SignedIn(StaffHost.Planner);
        Assert.Contains("<a href=\"/staff/assign/indicators\">", await planner.GetStringAsync("/staff"));
        for (var id = 1; id <= 5; id++)
        {
            var html = await planner.GetStringAsync($"/staff/assign/indicators?plan={id}");
            var monitored = new IndicatorReader(_h.Db).Monitored(new Lantu.Storage.PlanReader(_h.Db).Detail(id).VersionId).Count;
            Assert.Equal(monitored, Regex.Matches(html, "<td class=\"lead-department\">").Count);
            Assert.Contains("__RequestVerificationToken", html);
        }
    }
}
