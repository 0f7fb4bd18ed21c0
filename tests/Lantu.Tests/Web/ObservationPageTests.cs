using System.Net;
using System.Text.RegularExpressions;
using Lantu.Application.Exchange;
using Lantu.Application.Workflow;
using Lantu.Storage.Accounts;
using Lantu.Storage.Monitoring;
using Lantu.Tests.Security;

namespace Lantu.Tests.Web;

/// <summary>The staff entry form (/staff/observe) over HTTP in the test host: a reporter's value goes to review and
/// becomes the observation once approved; an administrator's is recorded at once; every problem is shown next to
/// its field and stores nothing; other roles and other departments' indicators are refused.</summary>
public sealed class ObservationPageTests : IAsyncLifetime
{
    private StaffHost _h = null!;
    private IndicatorRecord _years = null!, _air = null!, _other = null!;
    private long _plan;

    public async Task InitializeAsync()
    {
        _h = await StaffHost.Start();
        _plan = StaffHost.Plan; // 厦门市 master plan
        var reader = new IndicatorReader(_h.Db);
        var version = new Lantu.Storage.PlanReader(_h.Db).Detail(_plan).VersionId;
        _years = reader.Resolve(version, "劳动年龄人口平均受教育年限");
        _air = reader.Resolve(version, "地表水达到或好于Ⅲ类水体比例");
        _other = reader.Resolve(version, "森林覆盖率");
        var admin = new Actor("setup", Roles.Admin, null, "test");
        new Assignments(_h.Db).Assign(admin, _plan, TargetKinds.Indicator, _years.Key, StaffHost.Ndrc, []);
        new Assignments(_h.Db).Assign(admin, _plan, TargetKinds.Indicator, _air.Key, StaffHost.Edu, [StaffHost.Ndrc]);
        new Assignments(_h.Db).Assign(admin, _plan, TargetKinds.Indicator, _other.Key, StaffHost.Edu, []);
    }

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private static async Task<(HttpStatusCode Status, string Html)> Post(HttpClient c, params (string, string)[] fields)
    {
        var token = await StaffHost.Token(c, "/staff/observe?plan=1");
        var r = await c.PostAsync("/staff/observe", StaffHost.Form(token, fields));
        return (r.StatusCode, await r.Content.ReadAsStringAsync());
    }

    private static string FieldError(string html, string field) =>
        string.Join("\n", Regex.Matches(html, $"<p class=\"field-error\" id=\"{field}-error\">([^<]*)</p>").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)));

    [Fact]
    public async Task Reporter_sees_its_departments_indicators_and_its_value_becomes_the_observation_only_when_approved()
    {
        var reporter = await _h.SignedIn(StaffHost.Reporter);
        var page = await reporter.GetStringAsync("/staff/observe?plan=1");
        Assert.Contains($"<option value=\"{_years.Id}\"", page);  // leads
        Assert.Contains($"<option value=\"{_air.Id}\"", page);    // cooperates
        Assert.DoesNotContain($"<option value=\"{_other.Id}\"", page); // another department's
        Assert.Contains("提交审核", page);
        Assert.Contains("id=\"quarter\"", page); // quarterly values go through review too

        var (status, html) = await Post(reporter, ("plan", "1"), ("indicator", _years.Id.ToString()), ("year", "2023"), ("value", "13.2"),
            ("source", "2023 年统计公报"), ("note", "抽样调查"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("已提交审核", html);
        var s = TestServices.Get<SubmissionWorkflow>(_h.Db).List(Submission.Submitted, _plan).Single(x => x.TargetKey == _years.Key);
        Assert.Equal((TargetKinds.Indicator, 2023, 0, "13.2", "2023 年统计公报", "抽样调查", StaffHost.Ndrc),
            (s.TargetKind, s.Year, s.Quarter, s.Value, s.Source, s.Note, s.Department));
        Assert.Empty(new ObservationStore(_h.Db).History(_plan, _years.Key)); // not yet official

        var reviewer = await _h.SignedIn(StaffHost.Reviewer);
        var token = await StaffHost.Token(reviewer, "/staff/review");
        var approve = await reviewer.PostAsync("/staff/review?handler=approve", StaffHost.Form(token, ("id", s.Id.ToString())));
        Assert.Equal(HttpStatusCode.OK, approve.StatusCode);
        var o = Assert.Single(new ObservationStore(_h.Db).History(_plan, _years.Key));
        Assert.Equal((2023, 0, 13.2), (o.Year, o.Quarter, o.Value));
        // The reporter's source and note, reported by the reporter, approved by the reviewer.
        Assert.Equal(("2023 年统计公报", "抽样调查", StaffHost.Reporter, StaffHost.Reviewer), (o.Source, o.Note, o.ReportedBy, o.ApprovedBy));
        var history = await reporter.GetStringAsync($"/staff/observe?plan=1&indicator={_years.Id}");
        Assert.Matches($"<td>2023 年统计公报</td><td>抽样调查</td><td>{StaffHost.Reporter}</td><td>{StaffHost.Reviewer}</td>", history);
        var indicatorPage = await _h.Host.Client().GetStringAsync($"/plans/1/indicators/{_years.Id}");
        Assert.Contains("status status-on_track", indicatorPage);
        Assert.Contains("13.2", indicatorPage);
    }

    [Fact]
    public async Task Reporter_submits_quarterly_values_that_become_that_quarters_observation_when_approved()
    {
        var reporter = await _h.SignedIn(StaffHost.Reporter);
        var (status, html) = await Post(reporter, ("plan", "1"), ("indicator", _years.Id.ToString()), ("year", "2024"), ("quarter", "2"), ("value", "13.1"),
            ("source", "二季度教育统计快报"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("已提交审核：劳动年龄人口平均受教育年限 2024 年第 2 季度 = 13.1", html);
        (status, _) = await Post(reporter, ("plan", "1"), ("indicator", _years.Id.ToString()), ("year", "2024"), ("value", "13.3"));
        Assert.Equal(HttpStatusCode.OK, status);
        var pending = TestServices.Get<SubmissionWorkflow>(_h.Db).List(Submission.Submitted, _plan).Where(x => x.TargetKey == _years.Key).ToList();
        Assert.Equal(new[] { 0, 2 }, pending.Select(x => x.Quarter).Order());

        var reviewer = await _h.SignedIn(StaffHost.Reviewer);
        var queue = await reviewer.GetStringAsync("/staff/review");
        Assert.Contains("<td>2024 年第 2 季度</td>", queue);
        Assert.Contains("<td class=\"source\">二季度教育统计快报</td>", queue);
        var token = await StaffHost.Token(reviewer, "/staff/review");
        foreach (var p in pending)
            Assert.Equal(HttpStatusCode.OK, (await reviewer.PostAsync("/staff/review?handler=approve", StaffHost.Form(token, ("id", p.Id.ToString())))).StatusCode);
        var observations = new ObservationStore(_h.Db).History(_plan, _years.Key);
        Assert.Equal(new[] { (2024, 0, 13.3, (string?)null), (2024, 2, 13.1, "二季度教育统计快报") },
            observations.Select(o => (o.Year, o.Quarter, o.Value, o.Source)).ToArray());
        Assert.All(observations, o => Assert.Equal((StaffHost.Reporter, StaffHost.Reviewer), (o.ReportedBy, o.ApprovedBy)));
        Assert.Equal(1, _h.Count("audit_log", $"action = 'submission.approve' AND target LIKE '%{_years.Key}/2024Q2#%'"));

        // A corrected second-quarter value supersedes the approved second quarter only, never the whole year.
        (status, _) = await Post(reporter, ("plan", "1"), ("indicator", _years.Id.ToString()), ("year", "2024"), ("quarter", "2"), ("value", "13.15"));
        Assert.Equal(HttpStatusCode.OK, status);
        var again = TestServices.Get<SubmissionWorkflow>(_h.Db).List(Submission.Submitted, _plan).Single(x => x.TargetKey == _years.Key);
        token = await StaffHost.Token(reviewer, "/staff/review");
        await reviewer.PostAsync("/staff/review?handler=approve", StaffHost.Form(token, ("id", again.Id.ToString())));
        var approved = TestServices.Get<SubmissionWorkflow>(_h.Db).Approved(_plan).Where(x => x.TargetKey == _years.Key).ToList();
        Assert.Equal(new[] { ("13.3", 0), ("13.15", 2) }, approved.Select(x => (x.Value, x.Quarter)).OrderBy(x => x.Quarter).ToArray());
        Assert.Equal(1, _h.Count("submissions", $"status = 'superseded' AND quarter = 2"));
        // The public sees the quarter and the source of each approved value.
        var published = await StaffHost.Json(await _h.Host.Client().GetAsync("/api/approved?plan=1"));
        var q2 = published.EnumerateArray().Single(v => v.GetProperty("quarter").GetInt32() == 2);
        Assert.Equal(("13.15", (string?)null), (q2.GetProperty("value").GetString(), q2.GetProperty("source").GetString()));
    }

    [Fact]
    public async Task Each_problem_stands_next_to_its_field_and_nothing_is_stored()
    {
        var reporter = await _h.SignedIn(StaffHost.Reporter);
        var before = (_h.Count("submissions"), _h.Count("observations"));

        var (status, html) = await Post(reporter, ("plan", "1"), ("indicator", _air.Id.ToString()), ("year", "2030"), ("value", "九十"), ("note", ""));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("不是数字", FieldError(html, "value"));
        Assert.Contains("2020–2025", FieldError(html, "year"));
        Assert.Contains("aria-describedby=\"value-error\"", html);
        Assert.Contains("value=\"九十\"", html); // the typed value is kept for correction

        (status, html) = await Post(reporter, ("plan", "1"), ("indicator", _air.Id.ToString()), ("year", "2023"), ("value", "101.5"));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("占比类指标", FieldError(html, "value"));

        (status, html) = await Post(reporter, ("plan", "1"), ("indicator", ""), ("year", "2023"), ("value", "1"));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("请选择", FieldError(html, "indicator"));

        (status, html) = await Post(reporter, ("plan", "1"), ("indicator", _years.Id.ToString()), ("year", "2023"), ("quarter", "5"), ("value", "13"));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("季度应为 1–4", FieldError(html, "quarter"));
        Assert.Equal(before, (_h.Count("submissions"), _h.Count("observations")));
    }

    [Fact]
    public async Task A_jump_against_last_year_needs_a_note_shown_next_to_the_note()
    {
        var admin = await _h.SignedIn(PortalHost.AdminUser);
        Assert.Equal(HttpStatusCode.OK, (await Post(admin, ("plan", "1"), ("indicator", _air.Id.ToString()), ("year", "2022"), ("value", "60"))).Status);
        var (status, html) = await Post(admin, ("plan", "1"), ("indicator", _air.Id.ToString()), ("year", "2023"), ("value", "98"));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("请在备注中说明原因", FieldError(html, "note"));
        Assert.Equal("", FieldError(html, "value"));
        Assert.Single(new ObservationStore(_h.Db).History(_plan, _air.Key));
        (status, _) = await Post(admin, ("plan", "1"), ("indicator", _air.Id.ToString()), ("year", "2023"), ("value", "98"), ("note", "监测站点调整"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(2, new ObservationStore(_h.Db).History(_plan, _air.Key).Count);
    }

    [Fact]
    public async Task Administrator_records_directly_with_quarter_audited_and_escaped()
    {
        var admin = await _h.SignedIn(PortalHost.AdminUser);
        var page = await admin.GetStringAsync("/staff/observe?plan=1");
        Assert.Contains("id=\"quarter\"", page);
        Assert.Contains($"<option value=\"{_other.Id}\"", page); // every monitored indicator
        const string script = "<script>window.__xss=1</script>";
        var (status, html) = await Post(admin, ("plan", "1"), ("indicator", _other.Id.ToString()), ("year", "2023"), ("quarter", "3"),
            ("value", "43.1%"), ("source", script), ("note", "<img src=x onerror=alert(1)>"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("已录入", html);
        var o = Assert.Single(new ObservationStore(_h.Db).History(_plan, _other.Key));
        Assert.Equal((2023, 3, 43.1, script, PortalHost.AdminUser), (o.Year, o.Quarter, o.Value, o.Source, o.ReportedBy));
        Assert.Equal(1, _h.Count("audit_log", $"action = 'observation.record' AND target LIKE '%{_other.Key}/2023Q3'"));
        html = await admin.GetStringAsync($"/staff/observe?plan=1&indicator={_other.Id}");
        Assert.Contains("2023 年第 3 季度", html);
        Assert.DoesNotContain(script, html);
        Assert.Contains("&lt;script&gt;window.__xss=1&lt;/script&gt;", html);
        Assert.DoesNotContain("<img src=x", html);
        Assert.Equal(0, _h.Count("submissions")); // direct, not through review
    }

    [Fact]
    public async Task Other_roles_other_departments_and_forged_posts_are_refused()
    {
        foreach (var user in new[] { StaffHost.Planner, StaffHost.Reviewer, StaffHost.Viewer })
        {
            var c = await _h.SignedIn(user);
            Assert.Equal(HttpStatusCode.Forbidden, (await c.GetAsync("/staff/observe")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await c.GetAsync("/staff/import")).StatusCode);
        }
        var anonymous = _h.Browser();
        var r = await anonymous.GetAsync("/staff/observe");
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        Assert.Contains("/staff/login", r.Headers.Location!.ToString());

        var reporter = await _h.SignedIn(StaffHost.Reporter);
        var (status, _) = await Post(reporter, ("plan", "1"), ("indicator", _other.Id.ToString()), ("year", "2023"), ("value", "43"));
        Assert.Equal(HttpStatusCode.Forbidden, status);
        var forged = await reporter.PostAsync("/staff/observe", StaffHost.Form("forged-token", ("plan", "1"), ("indicator", _years.Id.ToString()), ("year", "2023"), ("value", "13")));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        var none = await reporter.PostAsync("/staff/observe", StaffHost.Form(null, ("plan", "1"), ("indicator", _years.Id.ToString()), ("year", "2023"), ("value", "13")));
        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
        Assert.Equal((0, 0), (_h.Count("submissions"), _h.Count("observations", $"indicator_key IN ('{_years.Key}', '{_other.Key}')")));
    }

    [Fact]
    public async Task Staff_pages_render_for_all_five_sample_plans()
    {
        var admin = await _h.SignedIn(PortalHost.AdminUser);
        for (var id = 1; id <= 5; id++)
        {
            foreach (var url in new[] { $"/staff/observe?plan={id}", $"/staff/import?plan={id}", $"/staff/reports?plan={id}" })
            {
                var r = await admin.GetAsync(url);
                var html = await r.Content.ReadAsStringAsync();
                Assert.True(r.StatusCode == HttpStatusCode.OK, $"{url}: {(int)r.StatusCode}");
                Assert.Contains("<h1", html);
                Assert.Contains("__RequestVerificationToken", html);
            }
            var monitored = new IndicatorReader(_h.Db).Monitored(new Lantu.Storage.PlanReader(_h.Db).Detail(id).VersionId);
            var observe = await admin.GetStringAsync($"/staff/observe?plan={id}");
            var select = Regex.Match(observe, "<select id=\"indicator\"[\\s\\S]*?</select>").Value;
            Assert.Equal(monitored.Count, Regex.Matches(select, "<option value=\"\\d+\"").Count);
            var template = TemplateFile.Read(await admin.GetByteArrayAsync($"/staff/import?handler=template&plan={id}&format=csv"), "t.csv");
            Assert.Equal(monitored.Count + 1, template.Count);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/staff/observe?plan=999")).StatusCode);
    }
}
