using System.Text.RegularExpressions;
using Lantu.Storage;
using Lantu.Storage.Accounts;
using Lantu.Storage.Tasks;
using Lantu.Tests.Web;
using Lantu.Web.Auth;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Lantu.Tests.Security;

/// <summary>Script typed into the reporting form by a reporter is inert when a reviewer opens it in Chromium
/// (Debian's, driven by Playwright against Kestrel, as the portal's browser tests do).</summary>
public sealed class XssBrowserTests(BrowserFixture f) : IClassFixture<BrowserFixture>
{
    private const string Password = "Browser-pass-2025";

    [Fact]
    public async Task Script_in_a_reported_value_and_note_renders_as_text_for_the_reviewer()
    {
        var db = f.Host.App.Services.GetRequiredService<LantuDatabase>();
        var admin = new Actor("setup", Roles.Admin, null, "test");
        var accounts = new AccountStore(db);
        if (accounts.Find("xss-reporter") is null)
            accounts.Create(admin, "xss-reporter", "<i>填报员</i>", Roles.Reporter, "市<b>发改委</b>", Passwords.Hash(Password));
        var task = new TaskStore(db).List(2)[0];
        new Assignments(db).Assign(admin, 2, TargetKinds.Task, task.Key, "市<b>发改委</b>", []);

        var context = await f.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = f.Host.BaseUrl, Locale = "zh-CN" });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        var dialogs = 0;
        page.Dialog += async (_, d) => { dialogs++; await d.DismissAsync(); };

        // The reporter types script into the form.
        await page.GotoAsync("/staff/login");
        await page.GetByLabel("用户名").FillAsync("xss-reporter");
        await page.GetByLabel("密码").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/staff$"));
        await page.GotoAsync("/staff/report?plan=2&year=2024");
        var item = page.Locator("li.due-item").First;
        await item.GetByLabel("填报值").FillAsync(AttackTests.Script);
        await item.GetByLabel("说明").FillAsync("<svg onload=alert(1)>说明");
        await item.GetByRole(AriaRole.Button, new() { Name = "提交审核" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已提交审核");
        await Assertions.Expect(page.Locator("li.due-item .value").First).ToHaveTextAsync(AttackTests.Script);
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^退出") }).ClickAsync();

        // The reviewer opens the queue: the text is shown literally, no element or script came from it.
        await page.GotoAsync("/staff/login");
        await page.GetByLabel("用户名").FillAsync(PortalHost.AdminUser);
        await page.GetByLabel("密码").FillAsync(PortalHost.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.GotoAsync("/staff/review");
        var row = page.Locator("table.pending tbody tr").Filter(new() { HasText = "说明" }).First;
        await Assertions.Expect(row.Locator("td.value")).ToHaveTextAsync(AttackTests.Script);
        await Assertions.Expect(row.Locator("td.note")).ToHaveTextAsync("<svg onload=alert(1)>说明");
        Assert.Equal(0, await page.Locator("table.pending img, table.pending script, table.pending svg, table.pending b").CountAsync());
        Assert.Null(await page.EvaluateAsync<int?>("() => window.__xss ?? null"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Shots, "20-review-xss-inert.png"), FullPage = true });

        // The audit log and the accounts page show the names the same way.
        await page.GotoAsync("/staff/accounts");
        await Assertions.Expect(page.Locator("table.accounts")).ToContainTextAsync("<i>填报员</i>");
        Assert.Equal(0, await page.Locator("table.accounts i, table.accounts b").CountAsync());
        await page.GotoAsync("/staff/audit");
        await Assertions.Expect(page.Locator("table.audit")).ToContainTextAsync("<script>window.__xss=1</script>");
        Assert.Equal(0, await page.Locator("table.audit img, table.audit script, table.audit svg").CountAsync());
        Assert.Null(await page.EvaluateAsync<int?>("() => window.__xss ?? null"));
        Assert.Equal(0, dialogs);
        await context.CloseAsync();
    }
}
