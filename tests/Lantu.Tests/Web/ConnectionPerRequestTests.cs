using System.Net;
using Lantu.Application;
using Lantu.Application.Monitoring;
using Lantu.Application.Workflow;
using Lantu.Storage;
using Lantu.Storage.Accounts;
using Lantu.Storage.Monitoring;
using Lantu.Tests.Security;

namespace Lantu.Tests.Web;

/// <summary>
/// One connection per request: the pages, endpoints and services of a request share the scope's
/// <see cref="LantuSession"/>, however many stores they read. Counted by <see cref="LantuDatabase.ConnectionsOpened"/>
/// on the portal's own database (nothing else opens connections while a request runs: no background work here).
/// </summary>
public sealed class ConnectionPerRequestTests : IAsyncLifetime
{
    private StaffHost _h = null!;
    private IndicatorRecord _years = null!;

    public async Task InitializeAsync()
    {
        _h = await StaffHost.Start();
        var version = new PlanReader(_h.Db).Detail(StaffHost.Plan).VersionId;
        _years = new IndicatorReader(_h.Db).Resolve(version, "劳动年龄人口平均受教育年限");
        new Assignments(_h.Db).Assign(new Actor("setup", Roles.Admin, null, "test"), StaffHost.Plan, TargetKinds.Indicator, _years.Key, StaffHost.Ndrc, []);
    }

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private async Task<(long Opened, T Result)> Counting<T>(Func<Task<T>> request)
    {
        var before = _h.Db.ConnectionsOpened;
        var result = await request();
        return (_h.Db.ConnectionsOpened - before, result);
    }

    [Fact]
    public async Task An_administrators_value_posted_on_the_observe_page_opens_one_connection()
    {
        var admin = await _h.SignedIn(PortalHost.AdminUser);
        var token = await StaffHost.Token(admin, "/staff/observe?plan=1");
        int revisions = new ObservationStore(_h.Db).History(StaffHost.Plan, _years.Key).Count;

        // The page reads the plan, its indicators and stored values, validates, writes the value and its audit row,
        // and shows the history again: eight connections before sessions.
        var (opened, response) = await Counting(() => admin.PostAsync("/staff/observe", StaffHost.Form(token,
            ("plan", "1"), ("indicator", _years.Id.ToString()), ("year", "2023"), ("value", "11.6"), ("source", "2023 年统计公报"))));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(revisions + 1, new ObservationStore(_h.Db).History(StaffHost.Plan, _years.Key).Count); // it was stored
        Assert.Equal(1, opened);
    }

    [Fact]
    public async Task A_submission_over_the_api_with_basic_authentication_opens_one_connection()
    {
        var api = _h.Api(StaffHost.Reporter);
        var (opened, response) = await Counting(() => StaffHost.PostJson(api, "/api/submissions",
            new { planId = 1, targetKind = "indicator", targetKey = _years.Key, year = 2024, value = "11.7", submit = true }));

        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        Assert.Single(TestServices.Get<SubmissionWorkflow>(_h.Db).List(Submission.Submitted, StaffHost.Plan), s => s.TargetKey == _years.Key);
        Assert.Equal(1, opened); // the account check, the department's assignment, the insert and its audit row
    }

    [Fact]
    public async Task A_public_progress_page_and_its_api_open_one_connection_each()
    {
        var client = _h.Host.Client();
        var (page, html) = await Counting(() => client.GetStringAsync("/plans/1/dashboard?year=2023"));
        Assert.Contains("地区生产总值", html);
        Assert.Equal(1, page); // the data stamp for the ETag, the plan, indicators, values, revisions, warnings

        var (api, json) = await Counting(() => client.GetStringAsync("/api/plans/1/progress?year=2023"));
        Assert.Contains("\"status\"", json);
        Assert.Equal(1, api);
    }

    [Fact]
    public void A_write_inside_a_write_joins_its_transaction_and_a_failure_keeps_nothing()
    {
        using var lantu = LantuScope.Open(_h.Db);
        var observations = lantu.Get<ObservationStore>();
        var before = _h.Db.ConnectionsOpened;
        int revisions = observations.History(StaffHost.Plan, _years.Key).Count;

        var failure = Assert.Throws<InvalidOperationException>(() => lantu.Session.Write((_, _) =>
        {
            observations.Record(StaffHost.Plan, new ObservationInput(_years.Key, 2021, 11.1), "测试"); // joins, does not commit
            Assert.Equal(revisions + 1, observations.History(StaffHost.Plan, _years.Key).Count);     // read inside the transaction
            throw new InvalidOperationException("rolled back");
        }));

        Assert.Equal("rolled back", failure.Message);
        Assert.Equal(revisions, observations.History(StaffHost.Plan, _years.Key).Count);
        Assert.Equal(revisions, new ObservationStore(_h.Db).History(StaffHost.Plan, _years.Key).Count); // as another connection sees it
        Assert.Equal(2, _h.Db.ConnectionsOpened - before); // the scope's one, and the check from outside it
    }

    [Fact]
    public void A_session_opens_its_connection_on_first_use_and_a_per_operation_one_per_call()
    {
        var before = _h.Db.ConnectionsOpened;
        using (var session = _h.Db.OpenSession())
        {
            Assert.Equal(before, _h.Db.ConnectionsOpened);
            var plans = new PlanReader(session);
            Assert.NotEmpty(plans.List());
            Assert.NotEmpty(plans.Outline(plans.Detail(StaffHost.Plan).VersionId));
            Assert.Equal(before + 1, _h.Db.ConnectionsOpened);
        }
        var unscoped = new PlanReader(_h.Db); // a database where a session is expected: one connection per call
        unscoped.List();
        unscoped.List();
        Assert.Equal(before + 3, _h.Db.ConnectionsOpened);
    }
}
