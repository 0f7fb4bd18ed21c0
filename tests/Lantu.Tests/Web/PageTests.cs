using System.Net;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;

namespace Lantu.Tests.Web;

/// <summary>Every page of the portal for every sample plan, the downloads, escaping and the staff pages' protection.</summary>
public sealed class PageTests : IAsyncLifetime
{
    private PortalHost _host = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync() { _host = await PortalHost.InMemory(); _client = _host.Client(); }
    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<string> Page(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await _client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{url}: {(int)response.StatusCode}");
        return body;
    }

    [Fact]
    public async Task Every_page_renders_for_all_five_sample_plans()
    {
        var checkedPages = 0;
        foreach (var url in new[] { "/", "/data", "/api", "/staff/login", "/?level=市", "/?kind=专项规划&period=2021–2025", "/?q=厦门", "/compare", "/check", "/compare/plans" })
        {
            var html = await Page(url);
            Assert.Contains("<html lang=\"zh-CN\">", html);
            checkedPages++;
        }
        for (var id = 1; id <= 5; id++)
        {
            var boxes = System.Text.Json.JsonDocument.Parse(await Page($"/api/plans/{id}/boxes")).RootElement.GetArrayLength();
            var pages = new List<string> { $"/plans/{id}", $"/plans/{id}/source", $"/plans/{id}/source?from=10&to=40", $"/plans/{id}/boxes",
                $"/plans/{id}/glossary", $"/plans/{id}/dashboard", $"/plans/{id}/data", $"/check?plan={id}", $"/compare/plans?a={id}" };
            // Each monitored indicator's page, and its comparison across plans.
            foreach (var i in System.Text.Json.JsonDocument.Parse(await Page($"/api/plans/{id}/progress?year=2023")).RootElement.EnumerateArray())
                pages.AddRange([$"/plans/{id}/indicators/{i.GetProperty("indicator").GetInt32()}", "/compare?indicator=" + Uri.EscapeDataString(i.GetProperty("name").GetString()!)]);
            pages.AddRange(Enumerable.Range(1, boxes).Select(n => $"/plans/{id}/boxes/{n}"));
            foreach (var url in pages)
            {
                var html = await Page(url);
                Assert.Contains("<h1", html);
                Assert.DoesNotContain("出错了", html);
                checkedPages++;
            }
            foreach (var format in new[] { "csv", "json", "xlsx" })
            {
                var response = await _client.GetAsync($"/data/plans/{id}.{format}");
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 100);
            }
        }
        Assert.True(checkedPages > 100, $"{checkedPages} pages");
    }

    [Fact]
    public async Task Reader_links_outline_paragraphs_glossary_and_source_lines()
    {
        // The reader is paged by chapter (ReaderPagingTests): read every page, following the next links.
        var html = "";
        for (var url = "/plans/1"; url.Length > 0;)
        {
            var page = await Page(url);
            html += page;
            url = System.Net.WebUtility.HtmlDecode(Regex.Match(page, "href=\"([^\"]+)\" rel=\"next\"").Groups[1].Value);
        }
        // Outline navigation points at headings on the page.
        var anchors = string.Concat(Regex.Matches(html, "<nav class=\"toc\"[\\s\\S]*?</nav>").Select(m => m.Value));
        var targets = Regex.Matches(anchors, "href=\"#(s-\\d+)\"").Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.True(targets.Count >= 18);
        foreach (var t in targets) Assert.Contains($"id=\"{t}\"", html);
        // Paragraphs link to their source line, glossary terms to their entry.
        Assert.Matches("href=\"/plans/1/source(\\?p=\\d+)?#L\\d+\"", html);
        Assert.Matches("<a class=\"term\" href=\"/plans/1/glossary#g-\\d+\"", html);
        // Boxes appear in the text and link to their page.
        Assert.Contains("href=\"/plans/1/boxes/3\"", html);
        // Chinese text is written as text, not as character references.
        Assert.Contains("第三章", html);
        Assert.DoesNotContain("&#x7B2C;", html);
    }

    [Fact]
    public async Task Source_has_an_anchor_for_every_line()
    {
        // Page by page (500 lines a page): every line has its anchor on exactly one page, in order.
        var lines = System.Text.Json.JsonDocument.Parse(await Page("/api/plans/2/lines")).RootElement.GetArrayLength();
        var anchors = new List<int>();
        for (int p = 1; p <= (lines + 499) / 500; p++)
            anchors.AddRange(Regex.Matches(await Page(p == 1 ? "/plans/2/source" : $"/plans/2/source?p={p}"), "<li id=\"L(\\d+)\"")
                .Select(m => int.Parse(m.Groups[1].Value)));
        Assert.Equal(Enumerable.Range(1, lines), anchors);
    }

    [Fact]
    public async Task Catalogue_filters_narrow_the_list()
    {
        Assert.Equal(5, Regex.Matches(await Page("/"), "class=\"card\"").Count);
        Assert.Single(Regex.Matches(await Page("/?level=开发区"), "class=\"card\""));
        Assert.Equal(2, Regex.Matches(await Page("/?region=厦门市"), "class=\"card\"").Count);
        Assert.Single(Regex.Matches(await Page("/?region=厦门市&kind=专项规划"), "class=\"card\""));
        Assert.Contains("没有符合条件的规划", await Page("/?q=不存在的地方"));
    }

    [Fact]
    public async Task Unknown_pages_are_404_in_chinese()
    {
        Assert.Contains("页面不存在", await Page("/plans/999", HttpStatusCode.NotFound));
        Assert.Contains("页面不存在", await Page("/plans/1/boxes/999", HttpStatusCode.NotFound));
        Assert.Contains("页面不存在", await Page("/no/such/page", HttpStatusCode.NotFound));
        await Page("/data/plans/999.csv", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Stored_text_is_html_escaped()
    {
        var text = "<script>alert('x')</script>某市国民经济和社会发展第十四个五年规划纲要\n\n第一章 总体要求 <b>&amp;</b>\n\n一、指导思想\n\n坚持<img src=x onerror=alert(1)>发展。\n";
        var db = _host.OpenDatabase();
        var result = new Lantu.Storage.PlanIngestor(db).IngestBytes(System.Text.Encoding.UTF8.GetBytes(text), "xss.txt",
            new Lantu.Storage.PlanOverrides(Title: "<i>标题</i>测试规划"));
        foreach (var url in new[] { "/", $"/plans/{result.PlanId}", $"/plans/{result.PlanId}/source", "/data" })
        {
            var html = await Page(url);
            Assert.DoesNotContain("<script>alert", html);
            Assert.DoesNotContain("<img src=x", html);
            Assert.DoesNotContain("<i>标题</i>", html);
        }
        Assert.Contains("&lt;img src=x", await Page($"/plans/{result.PlanId}/source"));
    }

    [Fact]
    public async Task Downloads_are_csv_json_and_real_xlsx()
    {
        var csv = await _client.GetAsync("/data/plans.csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var text = System.Text.Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        var rows = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(6, rows.Length);
        Assert.StartsWith("id,title,region,level,kind", rows[0]);

        var planCsv = System.Text.Encoding.UTF8.GetString(await _client.GetByteArrayAsync("/data/plans/1.csv"));
        Assert.Contains("box_item,projects,3,嘉庚创新实验室", planCsv);
        Assert.Contains("glossary,", planCsv);

        var all = System.Text.Json.JsonDocument.Parse(await _client.GetStringAsync("/data/all.json")).RootElement;
        Assert.Equal(5, all.GetArrayLength());
        Assert.True(all[0].GetProperty("outline").GetArrayLength() > 0);

        var xlsx = await _client.GetByteArrayAsync("/data/plans/1.xlsx");
        using var doc = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var sheets = doc.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(s => s.Name!.Value).ToList();
        Assert.Equal(["基本信息", "目录", "专栏", "名词解释"], sheets);
        var catalogue = await _client.GetByteArrayAsync("/data/plans.xlsx");
        using var doc2 = SpreadsheetDocument.Open(new MemoryStream(catalogue), false);
        var rowsInSheet = doc2.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().Count();
        Assert.Equal(6, rowsInSheet);
    }

    [Fact]
    public async Task Staff_pages_require_login_and_forms_carry_antiforgery_tokens()
    {
        var upload = await _client.GetAsync("/staff/upload");
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        Assert.StartsWith("/staff/login", upload.Headers.Location!.OriginalString);
        var login = await Page("/staff/login");
        Assert.Contains("name=\"__RequestVerificationToken\"", login);
        // A post without the token is refused.
        var forged = await _client.PostAsync("/staff/login", new FormUrlEncodedContent(new Dictionary<string, string>
            { ["user"] = PortalHost.AdminUser, ["password"] = PortalHost.AdminPassword }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.DoesNotContain(forged.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith("lantu.staff"));
    }

    [Fact]
    public async Task Without_a_configured_administrator_login_says_so()
    {
        await using var host = await PortalHost.InMemory(admin: false);
        var html = await host.Client().GetStringAsync("/staff/login");
        Assert.Contains("登录尚未配置", html);
        Assert.DoesNotContain("type=\"password\"", html);
    }
}
