using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Lantu.Tests.Web.Pages;

/// <summary>The search journey in Debian's Chromium against Kestrel: type in the header's box, read the marked hits,
/// narrow by plan, follow a hit to its highlighted source line; then the relations and task pages.</summary>
public sealed class SearchBrowserTests(BrowserFixture f) : IClassFixture<BrowserFixture>
{
    private async Task<IPage> NewPage(int width = 1280, int height = 900)
    {
        var context = await f.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = f.Host.BaseUrl, ViewportSize = new ViewportSize { Width = width, Height = height }, Locale = "zh-CN",
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    private static Task Shot(IPage page, string name, bool full = false) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Shots, name + ".png"), FullPage = full });

    [Fact]
    public async Task Search_journey_header_box_marked_hits_filter_and_source_line()
    {
        var page = await NewPage();
        await page.GotoAsync("/plans/1");
        var box = page.GetByRole(AriaRole.Searchbox, new() { Name = "检索规划正文" });
        await box.FillAsync("5G基站");
        await box.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/search\\?q=5G%E5%9F%BA%E7%AB%99$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "全文检索", Level = 1 })).ToBeVisibleAsync();
        var hits = page.Locator("li.hit");
        Assert.True(await hits.CountAsync() >= 5);
        var first = hits.First;
        await Assertions.Expect(first.Locator(".hit-plan")).ToHaveTextAsync("厦门市“十四五”数字厦门专项规划");
        await Assertions.Expect(first.Locator("mark").First).ToBeVisibleAsync();
        Assert.Contains("5G基站", await first.Locator("mark").AllTextContentsAsync());
        Assert.DoesNotContain("【", await first.Locator(".snippet").TextContentAsync());
        // The marks are drawn (background colour from the stylesheet, not the browser default).
        var background = await first.Locator("mark").First.EvaluateAsync<string>("m => getComputedStyle(m).backgroundColor");
        Assert.Equal("rgb(255, 243, 191)", background);
        await Shot(page, "20-search-results");

        // Narrow to the Xiamen outline through the plan filter, then follow its hit on line 1492.
        await page.GetByLabel("规划", new() { Exact = true }).SelectOptionAsync("1");
        await page.GetByRole(AriaRole.Button, new() { Name = "检索", Exact = true }).Last.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("plan=1"));
        await Assertions.Expect(page.Locator("li.hit .hit-plan").First).ToContainTextAsync("厦门市国民经济和社会发展");
        await page.Locator("li.hit").Filter(new() { Has = page.Locator("a[href='/plans/1/source?p=3#L1492']") }).GetByRole(AriaRole.Link, new() { Name = "原文第 1492 行" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/plans/1/source\\?p=3#L1492$"));
        await page.WaitForLoadStateAsync(LoadState.Load);
        var line = page.Locator("#L1492");
        await Assertions.Expect(line).ToContainTextAsync("5G");
        Assert.Equal("L1492", await page.EvaluateAsync<string>("() => document.querySelector(':target').id"));
        Assert.Equal("rgb(255, 243, 191)", await line.EvaluateAsync<string>("l => getComputedStyle(l).backgroundColor"));
        Assert.True(await page.EvaluateAsync<bool>("() => { const r = document.querySelector('#L1492').getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight; }"));
        await Shot(page, "21-search-source-line");

        // Punctuation only: a message, no error page.
        await page.GotoAsync("/search?q=" + Uri.EscapeDataString("，。！"));
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("没有可检索的文字");
    }

    [Fact]
    public async Task Relations_and_tasks_pages_render_and_fit_a_phone()
    {
        var page = await NewPage();
        await page.GotoAsync("/relations");
        await Assertions.Expect(page.Locator("#plan-5")).ToContainTextAsync("建议（可信度 95%）");
        await Shot(page, "22-relations", full: true);
        await page.GotoAsync("/plans/5");
        await Assertions.Expect(page.Locator("section.panel")).ToContainTextAsync("上位规划");
        await Shot(page, "23-plan-relations-panel");
        await page.GotoAsync("/plans/1/tasks");
        await Assertions.Expect(page.Locator("table.tasks")).ToBeVisibleAsync();
        await Shot(page, "24-tasks");
        await page.GotoAsync("/plans/1/projects");
        await Assertions.Expect(page.Locator("table.projects")).ToBeVisibleAsync();
        await Shot(page, "25-projects");

        var phone = await NewPage(390, 844);
        foreach (var url in new[] { "/search?q=" + Uri.EscapeDataString("数字经济"), "/relations", "/plans/1/projects" })
        {
            await phone.GotoAsync(url);
            var overflow = await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            Assert.True(overflow <= 1, $"{url} is {overflow}px wider than the phone");
        }
        await phone.GotoAsync("/search?q=" + Uri.EscapeDataString("数字经济"));
        await Shot(phone, "26-phone-search");
    }
}
