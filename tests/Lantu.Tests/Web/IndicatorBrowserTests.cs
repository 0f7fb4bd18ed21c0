using Lantu.Storage;
using Lantu.Storage.Monitoring;
using Microsoft.Playwright;

namespace Lantu.Tests.Web;

/// <summary>The monitoring journey in Debian's chromium: dashboard → indicator → chart, and a new value that the
/// dashboard then shows with a new status colour.</summary>
public sealed class IndicatorBrowserTests(BrowserFixture f) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Open_the_dashboard_follow_an_indicator_see_its_chart_and_a_value_change_its_status()
    {
        var context = await f.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = f.Host.BaseUrl, ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, Locale = "zh-CN",
        });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        var db = f.Host.OpenDatabase();
        var plan = new PlanReader(db).Resolve("福州");

        await page.GotoAsync($"/plans/{plan.Id}/dashboard?year=2023");
        await page.GetByRole(AriaRole.Heading, new() { Name = "指标看板 · 2023 年" }).WaitForAsync();
        var gdpRow = page.Locator("tr", new() { Has = page.GetByRole(AriaRole.Link, new() { Name = "地区生产总值 (GDP)" }) });
        Assert.Contains("符合序时进度", await gdpRow.InnerTextAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Shots, "30-dashboard.png"), FullPage = true });

        await page.GetByRole(AriaRole.Link, new() { Name = "地区生产总值 (GDP)" }).ClickAsync();
        var chart = page.Locator("svg.chart");
        await chart.WaitForAsync();
        Assert.True((await chart.BoundingBoxAsync())!.Width > 300);
        Assert.Equal(5, await page.Locator("svg.chart circle").CountAsync()); // base 2020 and the four observed years (2024 published)
        Assert.Equal(1, await page.Locator("svg.chart line.target").CountAsync());
        Assert.Contains("复合增长", await page.Locator("dl.facts").InnerTextAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Shots, "31-indicator-chart.png"), FullPage = true });

        // A value for the forest cover (approved through the workflow, or entered by an administrator) turns its row green.
        var forest = new IndicatorReader(db).Resolve(plan.VersionId, "森林覆盖率");
        await page.GotoAsync($"/plans/{plan.Id}/dashboard?year=2022");
        var forestRow = page.Locator("tr", new() { Has = page.GetByRole(AriaRole.Link, new() { Name = "森林覆盖率" }) });
        Assert.Contains("无法评估", await forestRow.InnerTextAsync());
        new ObservationStore(db).Record(plan.Id, new ObservationInput(forest.Key, 2022, 58.6, "统计公报"), "林业局");
        await page.ReloadAsync();
        Assert.Contains("已完成/超前", await forestRow.InnerTextAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Shots, "32-dashboard-after-value.png"), FullPage = true });
        await context.CloseAsync();
    }
}
