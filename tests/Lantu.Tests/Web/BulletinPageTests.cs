using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Lantu.Tests.Security;

namespace Lantu.Tests.Web;

/// <summary>/staff/bulletin (read a bulletin, tick, accept), the dashboard's warnings and marks, and the report
/// download by method, over HTTP in the test host on the sample plans and their published figures.</summary>
public sealed class BulletinPageTests : IAsyncLifetime
{
    private StaffHost _h = null!;
    public async Task InitializeAsync() => _h = await StaffHost.Start();
    public async Task DisposeAsync() => await _h.DisposeAsync();

    private static long Licheng => 4;

    // 鲤城区2023年政府工作报告 (2022-12-30): the 2022 figures (预计数).
    private static readonly byte[] Report = Encoding.UTF8.GetBytes(
        "鲤城区2023年政府工作报告\n预计全年实现地区生产总值539.69亿元、增长4.5%，一般公共预算总收入23.32亿元、增长1.6%，固定资产投资增长10%。\n");

    private static async Task<HttpResponseMessage> Read(HttpClient c, byte[] bytes)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(await StaffHost.Token(c, $"/staff/bulletin?plan={Licheng}")), "__RequestVerificationToken" },
            { new StringContent(Licheng.ToString()), "plan" },
        };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", "licheng-2023.txt");
        return await c.PostAsync("/staff/bulletin?handler=Read", form);
    }

    [Fact]
    public async Task A_planner_reads_a_report_ticks_two_proposals_and_only_those_become_observations()
    {
        var planner = await _h.SignedIn(StaffHost.Planner);
        var response = await Read(planner, Report);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("共 3 个建议值", html);
        Assert.Contains("预计全年实现地区生产总值539.69亿元", html);
        Assert.Contains("第 2 行", html);
        var document = Regex.Match(html, "name=\"document\" value=\"([0-9a-f]{64})\"").Groups[1].Value;
        Assert.NotEmpty(document);
        long before = _h.Count("observations");

        // Proposals 0 (地区生产总值) and 2 (固定资产投资增长率) ticked; the values come from the file, not the form.
        var token = Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var accept = await planner.PostAsync("/staff/bulletin?handler=Accept", StaffHost.Form(token, ("plan", Licheng.ToString()),
            ("document", document), ("fileName", "licheng-2023.txt"), ("accept", "0"), ("accept", "2"), ("value", "999")));
        Assert.Equal(HttpStatusCode.OK, accept.StatusCode);
        Assert.Contains("已记录 2 个数值", await accept.Content.ReadAsStringAsync());
        Assert.Equal(before + 2, _h.Count("observations"));
        Assert.Equal(2, _h.Count("observations", $"plan_id = {Licheng} AND source = 'licheng-2023.txt 第2行' AND estimate = 1 AND reported_by = '{StaffHost.Planner}'"));
        Assert.Equal(0, _h.Count("observations", "value = 999"));
        Assert.Equal(2, _h.Count("audit_log", $"action = 'observation.bulletin' AND actor = '{StaffHost.Planner}'"));

        // Accepted once, the file is gone: accepting again is refused.
        var again = await planner.PostAsync("/staff/bulletin?handler=Accept", StaffHost.Form(token, ("plan", Licheng.ToString()),
            ("document", document), ("fileName", "licheng-2023.txt"), ("accept", "1")));
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
    }

    [Fact]
    public async Task Reporters_may_not_read_bulletins_and_an_unreadable_file_is_refused()
    {
        var reporter = await _h.SignedIn(StaffHost.Reporter);
        Assert.Equal(HttpStatusCode.Forbidden, (await reporter.GetAsync($"/staff/bulletin?plan={Licheng}")).StatusCode);
        var admin = await _h.SignedIn(Lantu.Tests.Web.PortalHost.AdminUser);
        var bad = await Read(admin, [0x50, 0x4B, 0x03, 0x04, 0x00]);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task The_dashboard_shows_the_warning_the_estimates_and_the_unmatched_figures()
    {
        var html = await _h.Browser().GetStringAsync($"/plans/{Licheng}/dashboard?year=2023");
        Assert.Contains("预警（2023 年）", html);
        Assert.Contains("<strong>一般公共预算总收入</strong>（预期性，连续两年滞后）", html);
        Assert.Contains("class=\"mark estimate\"", html);
        Assert.Contains("未匹配的公报数据", html);
        Assert.Contains("规划中的“地区生产总值”是总量，此数据是增速", html);
        var chart = await _h.Browser().GetStringAsync($"/plans/{Licheng}/indicators/{IndicatorId(html, "一般公共预算总收入")}?year=2023");
        Assert.Contains("<line class=\"target\"", chart);
        Assert.Contains("<circle class=\"estimate\"", chart);
    }

    [Fact]
    public async Task The_report_download_takes_the_method()
    {
        var viewer = await _h.SignedIn(StaffHost.Viewer);
        var token = await StaffHost.Token(viewer, $"/staff/reports?plan={Licheng}");
        var r = await viewer.PostAsync("/staff/reports", StaffHost.Form(token, ("plan", Licheng.ToString()), ("year", "2023"), ("format", "html"), ("method", "midterm")));
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var html = await r.Content.ReadAsStringAsync();
        Assert.Contains("中期评估分类法", html);
        Assert.Contains("<th scope=\"col\">基本符合预期</th>", html);
        var invalid = await viewer.PostAsync("/staff/reports", StaffHost.Form(token, ("plan", Licheng.ToString()), ("year", "2023"), ("format", "html"), ("method", "guess")));
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
    }

    private static int IndicatorId(string dashboard, string name) =>
        int.Parse(Regex.Match(dashboard, $"/indicators/(\\d+)\\?year=2023\">{name}<").Groups[1].Value);
}
