using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Lantu.Tests.Web;

/// <summary>The source view is paged (500 lines a page), and every link to a source line — from the reader, boxes,
/// glossary, tasks, projects and search — names the page that holds the line; <c>?line=N</c> and old links that carry
/// only <c>#LN</c> still land on the line.</summary>
public sealed class SourcePagingTests : IAsyncLifetime
{
    private PortalHost _host = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync() { _host = await PortalHost.InMemory(); _client = _host.Client(); }
    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<string> Page(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await _client.GetAsync(url);
        Assert.True(response.StatusCode == expected, $"{url}: {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }

    private static List<int> Anchors(string html) => Regex.Matches(html, "<li id=\"L(\\d+)\"").Select(m => int.Parse(m.Groups[1].Value)).ToList();

    [Fact]
    public async Task The_Xiamen_plan_reads_in_pages_of_500_lines_that_hold_every_line_once()
    {
        var lines = System.Text.Json.JsonDocument.Parse(await Page("/api/plans/1/lines")).RootElement.GetArrayLength();
        Assert.True(lines > 6000, $"{lines} lines");
        int pages = (lines + 499) / 500;
        var all = new List<int>();
        for (int p = 1; p <= pages; p++)
        {
            var html = await Page(p == 1 ? "/plans/1/source" : $"/plans/1/source?p={p}");
            var anchors = Anchors(html);
            Assert.Equal(Enumerable.Range((p - 1) * 500 + 1, Math.Min(500, lines - (p - 1) * 500)), anchors);
            Assert.Contains($"第 {p} / {pages} 页", html);
            Assert.True(html.Length < 200_000, $"page {p}: {html.Length:N0} characters");
            all.AddRange(anchors);
        }
        Assert.Equal(Enumerable.Range(1, lines), all);
        await Page($"/plans/1/source?p={pages + 1}", HttpStatusCode.NotFound);
        await Page("/plans/1/source?p=0", HttpStatusCode.BadRequest); // QueryRanges: a page number is 1 or more
        // An explicit range is bounded too.
        Assert.Equal(1000, Anchors(await Page("/plans/1/source?from=1&to=100000")).Count);
    }

    [Theory]
    [InlineData(1492, "/plans/1/source?p=3#L1492")]
    [InlineData(1, "/plans/1/source#L1")]
    [InlineData(500, "/plans/1/source#L500")]
    [InlineData(501, "/plans/1/source?p=2#L501")]
    public async Task A_line_number_redirects_to_the_page_that_holds_it(int line, string location)
    {
        var response = await _client.GetAsync($"/plans/1/source?line={line}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(location, response.Headers.Location!.OriginalString);
        Assert.Contains(line, Anchors(await Page(location.Split('#')[0])));
    }

    [Fact]
    public async Task Every_link_to_a_source_line_lands_on_a_page_that_holds_the_line()
    {
        var urls = new List<string> { "/search?q=5G基站", "/search?q=人才", "/compare?indicator=研发经费投入强度" };
        for (int id = 1; id <= 5; id++)
            urls.AddRange([$"/plans/{id}", $"/plans/{id}?p=2", $"/plans/{id}?p=3", $"/plans/{id}/boxes", $"/plans/{id}/glossary",
                $"/plans/{id}/tasks", $"/plans/{id}/projects", $"/plans/{id}/boxes/1"]);
        var links = new HashSet<(string Page, int Line)>();
        foreach (var url in urls)
        {
            var response = await _client.GetAsync(url);
            if (response.StatusCode == HttpStatusCode.NotFound) continue; // a plan with fewer reader pages or no boxes
            foreach (Match m in Regex.Matches(await response.Content.ReadAsStringAsync(), "href=\"(/plans/\\d+/source(?:\\?p=\\d+)?)#L(\\d+)\""))
                links.Add((m.Groups[1].Value, int.Parse(m.Groups[2].Value)));
        }
        Assert.True(links.Count > 1000, $"{links.Count} links");
        Assert.Contains(links, l => l.Line > 500); // links past the first page, which before paging all went to one page
        foreach (var group in links.GroupBy(l => l.Page))
        {
            var anchors = Anchors(await Page(group.Key)).ToHashSet();
            Assert.All(group, l => Assert.Contains(l.Line, anchors));
        }
    }
}

/// <summary>A link made before the source view was paged (<c>/plans/1/source#L1492</c>) still shows its line: page 1
/// asks for the page holding it.</summary>
public sealed class SourcePagingBrowserTests(BrowserFixture f) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task An_old_link_to_a_line_past_the_first_page_lands_on_the_line()
    {
        var context = await f.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = f.Host.BaseUrl, Locale = "zh-CN" });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/plans/1/source#L1492");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/plans/1/source\\?p=3#L1492$"));
        await page.WaitForLoadStateAsync(LoadState.Load);
        await Assertions.Expect(page.Locator("#L1492")).ToBeVisibleAsync();
        Assert.Equal("L1492", await page.EvaluateAsync<string>("() => document.querySelector(':target').id"));
        // A line on the first page stays there, without a second request.
        await page.GotoAsync("/plans/1/source#L42");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/plans/1/source#L42$"));
        await context.CloseAsync();
    }
}
