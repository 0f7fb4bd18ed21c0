using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Lantu.Tests.Web;

/// <summary>Debian's headless Chromium, driven by Playwright, against the real Kestrel server on 127.0.0.1.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public PortalHost Host { get; private set; } = null!;
    public IPlaywright Playwright { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;
    public static string Shots { get; } = Directory.CreateDirectory(Path.Combine(Samples.Output, "screenshots")).FullName;

    public async Task InitializeAsync()
    {
        const string chromium = "/usr/bin/chromium";
        Assert.True(File.Exists(chromium), "Debian's chromium is required: apt-get install -y chromium");
        Host = await PortalHost.Kestrel();
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        Playwright.Dispose();
        await Host.DisposeAsync();
    }
}

public sealed class BrowserTests(BrowserFixture f) : IClassFixture<BrowserFixture>
{
    private async Task<IPage> NewPage(int width = 1280, int height = 900)
    {
        var context = await f.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = f.Host.BaseUrl, ViewportSize = new ViewportSize { Width = width, Height = height }, AcceptDownloads = true, Locale = "zh-CN",
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    private static Task Shot(IPage page, string name, bool full = false) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Shots, name + ".png"), FullPage = full });

    private static async Task<bool> InViewport(IPage page, string selector) => await page.EvaluateAsync<bool>(
        "s => { const r = document.querySelector(s).getBoundingClientRect(); return r.top >= 0 && r.top < window.innerHeight; }", selector);

    [Fact]
    public async Task Reader_journey_catalogue_plan_outline_box_source_line_and_csv()
    {
        var page = await NewPage();
        await page.GotoAsync("/");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "规划目录", Level = 1 })).ToBeVisibleAsync();
        Assert.True(await page.Locator(".card").CountAsync() >= 5); // the staff test may have added one
        await Shot(page, "01-catalogue");

        // Filter by level through the form (no JavaScript involved).
        await page.GetByLabel("层级").SelectOptionAsync("开发区");
        await page.GetByRole(AriaRole.Button, new() { Name = "筛选" }).ClickAsync();
        await Assertions.Expect(page.Locator(".card")).ToHaveCountAsync(1);
        await page.GotoAsync("/");

        // Open a plan.
        await page.GetByRole(AriaRole.Link, new() { Name = "厦门市国民经济和社会发展第十四个五年（2021-2025 年）规划和二〇三五年远景目标纲要" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/plans/1$"));
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("厦门市国民经济和社会发展");
        await Shot(page, "02-reader");

        // Navigate by the outline.
        var toc = page.Locator("nav.toc");
        await toc.GetByRole(AriaRole.Link, new() { Name = "第三章 深入实施创新驱动发展战略" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("#s-\\d+$"));
        var anchor = new Uri(page.Url).Fragment;
        await Assertions.Expect(page.Locator(anchor)).ToContainTextAsync("深入实施创新驱动发展战略");
        Assert.True(await InViewport(page, anchor), "the chapter heading is scrolled into view");
        await Shot(page, "03-reader-chapter3");

        // A glossary term in the text links to its definition (the reader is paged by chapter: the page before holds one).
        await page.Locator("nav.pager a[rel=prev]").First.ClickAsync();
        var term = page.Locator("a.term").First;
        var termText = (await term.TextContentAsync())!;
        await term.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/plans/1/glossary#g-\\d+$"));
        await Assertions.Expect(page.Locator(new Uri(page.Url).Fragment + " dt")).ToHaveTextAsync(termText);
        await page.GoBackAsync();
        await page.Locator("nav.pager a[rel=next]").First.ClickAsync();

        // Open a box from the text.
        await page.Locator("aside.box a[href='/plans/1/boxes/3']").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToContainTextAsync("专栏 3");
        var firstItem = page.Locator("table.items tbody tr").First;
        await Assertions.Expect(firstItem.Locator("th")).ToHaveTextAsync("嘉庚创新实验室");
        await Shot(page, "04-box");

        // Follow the item's deep link to its source line.
        await firstItem.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/plans/1/source(\\?p=\\d+)?#L\\d+$"));
        await page.WaitForLoadStateAsync(LoadState.Load);
        var line = new Uri(page.Url).Fragment;
        await Assertions.Expect(page.Locator(line + " .lt")).ToContainTextAsync("嘉庚创新实验室");
        Assert.Equal(line.TrimStart('#'), await page.EvaluateAsync<string>("() => document.querySelector(':target').id"));
        Assert.True(await InViewport(page, line), "the linked line is in view");
        await Shot(page, "05-source-line");

        // Download the plan's CSV.
        await page.GotoAsync("/plans/1/data");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "CSV", Exact = true }).ClickAsync());
        Assert.Equal("lantu-plan-1.csv", download.SuggestedFilename);
        var path = Path.Combine(BrowserFixture.Shots, "..", download.SuggestedFilename);
        await download.SaveAsAsync(path);
        var csv = Encoding.UTF8.GetString(await File.ReadAllBytesAsync(path));
        Assert.StartsWith("\uFEFFrecord,kind,number,title,text", csv);
        Assert.Contains("嘉庚创新实验室", csv);
    }

    [Fact]
    public async Task Staff_journey_login_upload_review_and_refusal()
    {
        var page = await NewPage();
        await page.GotoAsync("/staff/upload");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/staff/login"));
        await page.GetByLabel("用户名").FillAsync(PortalHost.AdminUser);
        await page.GetByLabel("密码").FillAsync("wrong");
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("用户名或密码不正确");
        await page.GetByLabel("密码").FillAsync(PortalHost.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/staff/upload$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "上传规划文档" })).ToBeVisibleAsync();
        await Shot(page, "06-upload-form");

        var plan = """
            测试县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要

            第一章 发展基础

            第一节 发展成就

            “十三五”时期，测试县经济总量稳步增长。

            专栏 1：重大项目

            1.测试产业园。建设标准厂房。

            2.测试大道。新建道路十公里。

            第二章 主要任务

            第一节 推进创新

            加快建设创新平台。
            """;
        await page.GetByLabel("规划文件").SetInputFilesAsync(new FilePayload { Name = "测试县规划.txt", MimeType = "text/plain", Buffer = Encoding.UTF8.GetBytes(plan) });
        await page.GetByLabel("地区").FillAsync("测试县");
        await page.GetByLabel("层级").SelectOptionAsync("县区");
        await page.GetByRole(AriaRole.Button, new() { Name = "上传并解析" }).ClickAsync();
        var review = page.Locator("section.review");
        await Assertions.Expect(review.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToContainTextAsync("新建规划");
        await Assertions.Expect(review).ToContainTextAsync("第一章 发展基础");
        await Assertions.Expect(review).ToContainTextAsync("专栏 1：重大项目");
        await Assertions.Expect(review.Locator(".facts")).ToContainTextAsync("测试县");
        await Shot(page, "07-upload-review", full: true);

        // The new plan is in the public catalogue.
        await review.GetByRole(AriaRole.Link, new() { Name = "测试县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("测试县");

        // A file that is not a plan document is refused with a clear message.
        await page.GotoAsync("/staff/upload");
        await page.GetByLabel("规划文件").SetInputFilesAsync(new FilePayload { Name = "损坏.docx", MimeType = "application/octet-stream", Buffer = [0x50, 0x4B, 0x03, 0x04, 0x00, 0x01, 0x02] });
        await page.GetByRole(AriaRole.Button, new() { Name = "上传并解析" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("无法导入该文件");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("损坏.docx");
        await Shot(page, "08-upload-refused");

        // Log out through the header form (antiforgery token included).
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^退出") }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "工作人员登录" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Pages_fit_a_phone_screen()
    {
        var page = await NewPage(390, 844);
        foreach (var (url, name) in new[] { ("/", "09-phone-catalogue"), ("/plans/5", "10-phone-reader"), ("/plans/1/boxes/3", "11-phone-box") })
        {
            await page.GotoAsync(url);
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            Assert.True(overflow <= 1, $"{url} is {overflow}px wider than the phone");
            await Shot(page, name);
        }
    }
}
