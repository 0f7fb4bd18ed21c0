using System.Text.RegularExpressions;
using Lantu.Storage;
using Lantu.Storage.Accounts;
using Lantu.Storage.Monitoring;
using Lantu.Web.Auth;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Lantu.Tests.Web;

/// <summary>Issue 5's staff journey in Debian's chromium against Kestrel: a reporter logs in and enters a value, a
/// reviewer approves it, and the public indicator page shows the value with a new status colour. Then the compare
/// and check pages. Screenshots in test-output/screenshots/4x-*.png.</summary>
public sealed class ObservationBrowserTests(BrowserFixture f) : IClassFixture<BrowserFixture>
{
    private const string Password = "Journey-pass-2025", Department = "市教育局";

    private async Task<IPage> NewPage(int width = 1280, int height = 900)
    {
        var context = await f.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = f.Host.BaseUrl, ViewportSize = new ViewportSize { Width = width, Height = height }, Locale = "zh-CN",
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    private static Task Shot(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Shots, name + ".png"), FullPage = true });

    private static async Task LogIn(IPage page, string user, string password)
    {
        await page.GotoAsync("/staff/login");
        await page.GetByLabel("用户名").FillAsync(user);
        await page.GetByLabel("密码").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/staff$"));
    }

    [Fact]
    public async Task Reporter_enters_a_value_reviewer_approves_and_the_public_page_changes_status()
    {
        var db = f.Host.App.Services.GetRequiredService<LantuDatabase>();
        var plan = new PlanReader(db).Resolve("厦门市国民经济");
        var indicator = new IndicatorReader(db).Resolve(plan.VersionId, "劳动年龄人口平均受教育年限");
        var admin = new Actor("setup", Roles.Admin, null, "test");
        var accounts = new AccountStore(db);
        accounts.Create(admin, "journey-reporter", "教育局填报员", Roles.Reporter, Department, Passwords.Hash(Password));
        accounts.Create(admin, "journey-reviewer", "审核员", Roles.Reviewer, null, Passwords.Hash(Password));
        new Assignments(db).Assign(admin, plan.Id, TargetKinds.Indicator, indicator.Key, Department, []);
        var url = $"/plans/{plan.Id}/indicators/{indicator.Id}";

        // Before: no value, grey.
        var visitor = await NewPage();
        await visitor.GotoAsync(url);
        var status = visitor.Locator("dl.facts .status");
        await Assertions.Expect(status).ToHaveClassAsync(new Regex("status-not_assessable"));
        var grey = await status.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
        await Shot(visitor, "40-indicator-before");

        // The reporter enters a value: first a typo (the message stands by the field), then the number.
        var page = await NewPage();
        await LogIn(page, "journey-reporter", Password);
        await page.GetByRole(AriaRole.Link, new() { Name = "录入监测数据（指标数值）" }).ClickAsync();
        await page.GetByLabel("规划", new() { Exact = true }).SelectOptionAsync(plan.Id.ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "选择" }).ClickAsync();
        await page.GetByLabel("指标", new() { Exact = true }).SelectOptionAsync(indicator.Id.ToString());
        await page.GetByLabel("年份", new() { Exact = true }).FillAsync("2023");
        await page.GetByLabel("数值", new() { Exact = true }).FillAsync("十三点二");
        await page.GetByLabel("来源", new() { Exact = true }).FillAsync("2023 年统计公报");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交审核" }).ClickAsync();
        await Assertions.Expect(page.Locator("#value-error")).ToContainTextAsync("不是数字");
        await Assertions.Expect(page.GetByLabel("数值", new() { Exact = true })).ToHaveAttributeAsync("aria-invalid", "true");
        await Shot(page, "41-observe-field-error");
        await page.GetByLabel("数值", new() { Exact = true }).FillAsync("13.2");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交审核" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已提交审核：劳动年龄人口平均受教育年限 2023 年 = 13.2年");
        await Assertions.Expect(page.Locator("table.recent tbody tr").First).ToContainTextAsync("待审核");
        await Shot(page, "42-observe-submitted");
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^退出") }).ClickAsync();

        // Submitted is not published.
        await visitor.ReloadAsync();
        await Assertions.Expect(status).ToHaveClassAsync(new Regex("status-not_assessable"));

        // The reviewer approves.
        await LogIn(page, "journey-reviewer", Password);
        await page.GotoAsync("/staff/review");
        var row = page.Locator("table.pending tbody tr").Filter(new() { HasText = "13.2" });
        await Assertions.Expect(row.Locator("td.source")).ToHaveTextAsync("2023 年统计公报");
        await Shot(page, "43-review-pending");
        await row.GetByRole(AriaRole.Button, new() { Name = "批准" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已批准");

        // After: the value is on the public page and the status colour changed.
        await visitor.ReloadAsync();
        await Assertions.Expect(status).ToHaveClassAsync(new Regex("status-on_track"));
        await Assertions.Expect(status).ToHaveTextAsync("符合序时进度");
        Assert.NotEqual(grey, await status.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
        Assert.Equal("rgb(9, 105, 218)", await status.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
        await Assertions.Expect(visitor.Locator("table.data tbody tr").Filter(new() { HasText = "2023" })).ToContainTextAsync("13.2");
        Assert.Equal(2, await visitor.Locator("svg.chart circle").CountAsync()); // the base year and 2023
        await Shot(visitor, "44-indicator-after");
        await page.Context.CloseAsync();
        await visitor.Context.CloseAsync();
    }

    [Fact]
    public async Task Compare_an_indicator_compare_two_plans_and_follow_a_check_finding_to_its_line()
    {
        var page = await NewPage();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "网站导航" }).GetByRole(AriaRole.Link, new() { Name = "指标对比" }).ClickAsync();
        await page.GetByLabel("指标名称（或其中一部分）").FillAsync("研发经费投入强度");
        await page.GetByRole(AriaRole.Button, new() { Name = "对比" }).ClickAsync();
        var chart = page.Locator("svg.compare-chart");
        await chart.WaitForAsync();
        Assert.True((await chart.BoundingBoxAsync())!.Width > 300);
        Assert.Equal("研发经费投入强度：各规划基期值与目标值", await page.Locator("svg.compare-chart title#cmp-t").TextContentAsync());
        await Assertions.Expect(page.Locator("table.compare")).ToContainTextAsync("R&D经费投入占 GDP比重");
        await Shot(page, "45-compare-indicator");

        await page.GotoAsync("/plans/5");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "规划页面" }).GetByRole(AriaRole.Link, new() { Name = "规划对比" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("规划乙")).ToHaveValueAsync("1");
        await Assertions.Expect(page.Locator("table.side-by-side")).ToContainTextAsync("数字经济核心产业增加值占地区生产总值比重");
        await Shot(page, "46-compare-plans");

        await page.GotoAsync("/plans/5");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "规划页面" }).GetByRole(AriaRole.Link, new() { Name = "衔接检查" }).ClickAsync();
        var finding = page.Locator("li.finding").Filter(new() { HasText = "数字经济核心产业增加值占" });
        await Assertions.Expect(finding.Locator(".severity")).ToHaveTextAsync("一致");
        await Shot(page, "47-check");
        var mobile = await NewPage(390, 844);
        await mobile.GotoAsync("/check?plan=5");
        Assert.True(await mobile.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth + 1"));
        await Shot(mobile, "48-check-phone");
        await mobile.Context.CloseAsync();

        // Follow the parent's line: the source page opens at that line.
        var link = finding.Locator(".side").Nth(1).GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^第 \\d+ 行$") });
        var line = Regex.Match((await link.TextContentAsync())!, "\\d+").Value;
        await link.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/plans/1/source\\?from=\\d+&to=\\d+#L{line}$"));
        await Assertions.Expect(page.Locator($"#L{line}")).ToContainTextAsync("数字经济");
        await Assertions.Expect(page.Locator($"#L{line}")).ToBeInViewportAsync();
        await page.Context.CloseAsync();
    }
}
