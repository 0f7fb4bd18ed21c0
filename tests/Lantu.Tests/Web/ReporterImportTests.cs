using System.Net;
using System.Net.Http.Headers;
using Lantu.Application.Exchange;
using Lantu.Application.Workflow;
using Lantu.Storage.Accounts;
using Lantu.Storage.Monitoring;
using Lantu.Tests.Security;

namespace Lantu.Tests.Web;

/// <summary>A reporter's filled template goes through review (/staff/import, SubmissionImport): each new value of the
/// department's indicators becomes a submitted value, nothing is an observation until approved, a value for another
/// department's indicator refuses the whole file by row (Xiamen plan, its bundled sample data).</summary>
public sealed class ReporterImportTests : IAsyncLifetime
{
    private StaffHost _h = null!;
    private IndicatorRecord _forest = null!, _gdp = null!, _years = null!;

    public async Task InitializeAsync()
    {
        _h = await StaffHost.Start();
        var version = new Lantu.Storage.PlanReader(_h.Db).Detail(StaffHost.Plan).VersionId;
        var reader = new IndicatorReader(_h.Db);
        _forest = reader.Resolve(version, "森林覆盖率");
        _gdp = reader.Resolve(version, "42"); // 地区生产总值增长: 2021–2023 in the sample data
        _years = reader.Resolve(version, "劳动年龄人口平均受教育年限");
        var admin = new Actor("setup", Roles.Admin, null, "test");
        foreach (var (i, lead) in new[] { (_forest, StaffHost.Ndrc), (_gdp, StaffHost.Ndrc), (_years, StaffHost.Edu) })
            new Assignments(_h.Db).Assign(admin, StaffHost.Plan, TargetKinds.Indicator, i.Key, lead, []);
    }

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private static async Task<(HttpStatusCode Status, string Html)> Upload(HttpClient c, byte[] bytes)
    {
        var form = new MultipartFormDataContent { { new StringContent(await StaffHost.Token(c, "/staff/import?plan=1")), "__RequestVerificationToken" }, { new StringContent("1"), "plan" } };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "filled.csv");
        var r = await c.PostAsync("/staff/import", form);
        return (r.StatusCode, await r.Content.ReadAsStringAsync());
    }

    private static byte[] Csv(IEnumerable<string[]> rows)
    {
        using var ms = new MemoryStream();
        TemplateFile.WriteCsv(rows.ToList(), ms);
        return ms.ToArray();
    }

    [Fact]
    public async Task New_values_of_the_departments_indicators_go_to_review_and_become_observations_only_when_approved()
    {
        var reporter = await _h.SignedIn(StaffHost.Reporter);
        Assert.Contains("校验并提交审核", await reporter.GetStringAsync("/staff/import?plan=1"));
        var template = TemplateFile.Read(await reporter.GetByteArrayAsync("/staff/import?handler=template&plan=1&format=csv"), "t.csv");
        // The department's two indicators only, the sample values already filled in.
        Assert.Equal(new[] { _forest.Id.ToString(), _gdp.Id.ToString() }.Order(), template.Skip(1).Select(r => r[0]).Order());
        var header = template[0];
        var gdpRow = template.Single(r => r[0] == _gdp.Id.ToString());
        Assert.Equal("3.1", gdpRow[Array.IndexOf(header, "2023")]);

        var forestRow = template.Single(r => r[0] == _forest.Id.ToString());
        forestRow[Array.IndexOf(header, "2023")] = "43.2%";
        forestRow[Array.IndexOf(header, "来源")] = "林业统计年报";
        var before = _h.Count("observations");
        var (status, html) = await Upload(reporter, Csv(template));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("已提交审核 1 个数值（filled.csv）；审核员批准后生效；3 个与现有数据相同的数值未重复提交", html);
        var s = Assert.Single(TestServices.Get<SubmissionWorkflow>(_h.Db).List(Submission.Submitted, StaffHost.Plan));
        Assert.Equal((_forest.Key, 2023, 0, "43.2", "林业统计年报", StaffHost.Ndrc, StaffHost.Reporter),
            (s.TargetKey, s.Year, s.Quarter, s.Value, s.Source, s.Department, s.CreatedBy));
        Assert.Equal(before, _h.Count("observations"));
        Assert.Equal(1, _h.Count("audit_log", $"action = 'submission.import' AND actor = '{StaffHost.Reporter}'"));

        var reviewer = await _h.SignedIn(StaffHost.Reviewer);
        var token = await StaffHost.Token(reviewer, "/staff/review");
        Assert.Equal(HttpStatusCode.OK, (await reviewer.PostAsync("/staff/review?handler=approve", StaffHost.Form(token, ("id", s.Id.ToString())))).StatusCode);
        var o = Assert.Single(new ObservationStore(_h.Db).History(StaffHost.Plan, _forest.Key));
        Assert.Equal((2023, 43.2, "林业统计年报", StaffHost.Reporter, StaffHost.Reviewer), (o.Year, o.Value, o.Source, o.ReportedBy, o.ApprovedBy));
    }

    [Fact]
    public async Task A_value_for_another_departments_indicator_refuses_the_whole_file_by_row()
    {
        var reporter = await _h.SignedIn(StaffHost.Reporter);
        var template = TemplateFile.Read(await reporter.GetByteArrayAsync("/staff/import?handler=template&plan=1&format=csv"), "t.csv");
        var header = template[0];
        template.Single(r => r[0] == _forest.Id.ToString())[Array.IndexOf(header, "2022")] = "43";
        var foreign = new string[header.Length];
        Array.Fill(foreign, "");
        (foreign[0], foreign[1], foreign[Array.IndexOf(header, "2022")]) = (_years.Id.ToString(), _years.Name, "11.5");
        template.Add(foreign);
        var before = (_h.Count("submissions"), _h.Count("observations"));

        var (status, html) = await Upload(reporter, Csv(template));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains($"<tr><td>{template.Count}</td><td>指标编号</td><td>“劳动年龄人口平均受教育年限”不是本部门（市发展改革委）牵头或配合的指标，请清空该行的数值</td></tr>", html);
        Assert.Contains("未导入任何数据", html);
        Assert.Equal(before, (_h.Count("submissions"), _h.Count("observations")));

        // An unchanged template has nothing to send; other roles still cannot import.
        var unchanged = TemplateFile.Read(await reporter.GetByteArrayAsync("/staff/import?handler=template&plan=1&format=csv"), "t.csv");
        (status, html) = await Upload(reporter, Csv(unchanged));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("没有需要提交审核的新数值", html);
        foreach (var user in new[] { StaffHost.Planner, StaffHost.Reviewer, StaffHost.Viewer })
            Assert.Equal(HttpStatusCode.Forbidden, (await (await _h.SignedIn(user)).GetAsync("/staff/import")).StatusCode);
        Assert.Equal(before, (_h.Count("submissions"), _h.Count("observations")));
    }
}
