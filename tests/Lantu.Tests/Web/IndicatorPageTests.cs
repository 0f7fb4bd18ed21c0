using System.Net;
using System.Text.RegularExpressions;
using Lantu.Storage;
using Lantu.Storage.Monitoring;

namespace Lantu.Tests.Web;

/// <summary>The monitoring pages: every plan's dashboard and every indicator page, and a value that changes a status.</summary>
public class IndicatorPageTests
{
    [Fact]
    public async Task Every_dashboard_and_indicator_page_renders_with_a_chart()
    {
        await using var host = await PortalHost.InMemory();
        var client = host.Client();
        int indicatorPages = 0;
        for (var id = 1; id <= 5; id++)
        {
            var dashboard = await client.GetStringAsync($"/plans/{id}/dashboard");
            Assert.Contains("指标看板", dashboard);
            foreach (var href in Regex.Matches(dashboard, $@"/plans/{id}/indicators/\d+\?year=\d+").Select(m => m.Value).Distinct())
            {
                var response = await client.GetAsync(href);
                Assert.True(response.StatusCode == HttpStatusCode.OK, href);
                var html = await response.Content.ReadAsStringAsync();
                Assert.Contains("<svg class=\"chart\"", html);
                Assert.Contains("目标含义", html);
                Assert.Contains("原文出处", html);
                indicatorPages++;
            }
        }
        Assert.True(indicatorPages > 60, $"{indicatorPages} indicator pages");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/plans/1/indicators/9999")).StatusCode);
    }

    [Fact]
    public async Task A_recorded_value_changes_the_status_on_the_dashboard()
    {
        await using var host = await PortalHost.InMemory();
        var client = host.Client();
        var db = host.OpenDatabase();
        var plan = new PlanReader(db).Resolve("福州");
        var forest = new IndicatorReader(db).Resolve(plan.VersionId, "森林覆盖率");
        string Row(string html) => Regex.Match(html, $@"<tr[^>]*>\s*<th scope=""row""><a href=""/plans/{plan.Id}/indicators/{forest.Id}\?year=2022"">.*?</tr>", RegexOptions.Singleline).Value;

        var before = Row(await client.GetStringAsync($"/plans/{plan.Id}/dashboard?year=2022"));
        Assert.Contains("无法评估", before);
        new ObservationStore(db).Record(plan.Id, new ObservationInput(forest.Key, 2022, 58.6, "统计公报"), "林业局");
        var after = Row(await client.GetStringAsync($"/plans/{plan.Id}/dashboard?year=2022"));
        Assert.Contains("已完成/超前", after);
        var page = await client.GetStringAsync($"/plans/{plan.Id}/indicators/{forest.Id}?year=2022");
        Assert.Contains("林业局", page);
        Assert.Contains("<circle", page); // the observed point is drawn
    }
}

public class MonitoringApiTests
{
    [Fact]
    public async Task Indicators_progress_compare_and_check_are_served_as_json()
    {
        await using var host = await PortalHost.InMemory();
        var client = host.Client();
        var indicators = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/api/plans/3/indicators")).RootElement;
        var gdp = indicators.EnumerateArray().First(i => i.GetProperty("name").GetString() == "地区生产总值 (GDP)");
        Assert.Equal("万亿元", gdp.GetProperty("unit").GetString());
        Assert.Equal("target", gdp.GetProperty("table_kind").GetString());
        Assert.True(gdp.GetProperty("parsed").GetProperty("annual").GetBoolean());
        var progress = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/api/plans/3/progress?year=2023")).RootElement;
        Assert.Contains(progress.EnumerateArray(), r => r.GetProperty("name").GetString() == "地区生产总值 (GDP)" && r.GetProperty("status").GetString() == "on_track");
        var compare = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/api/compare?indicator=" + Uri.EscapeDataString("研发经费投入强度"))).RootElement;
        Assert.True(compare.GetArrayLength() >= 5);
        var check = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/api/plans/5/check")).RootElement;
        Assert.Contains(check.EnumerateArray(), f => f.GetProperty("kind").GetString() == "consistent");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/plans/99/indicators")).StatusCode);
    }
}
