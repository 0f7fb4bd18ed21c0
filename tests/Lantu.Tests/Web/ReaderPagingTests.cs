using System.Net;
using System.Text.RegularExpressions;
using Lantu.Web.Pages.Plans;
using Lantu.Web.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Lantu.Tests.Web;

/// <summary>The reader shows a plan a chapter a page (sample plans, test host): every page within the bound, every
/// paragraph on exactly one page, outline links and line links landing on the page that holds their target.</summary>
public sealed class ReaderPagingTests : IAsyncLifetime
{
    private PortalHost _host = null!;

    public async Task InitializeAsync() => _host = await PortalHost.InMemory();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private PlanView View(long id)
    {
        using var scope = _host.App.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<PlanCatalog>().View(id)!;
    }

    private async Task<string> Page(string url)
    {
        var response = await _host.Client().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static List<string> ParagraphAnchors(string html) =>
        Regex.Matches(html, "<p id=\"(p-\\d+)\"").Select(m => m.Groups[1].Value).ToList();

    [Fact]
    public async Task Every_page_is_within_the_bound_and_every_paragraph_is_on_exactly_one_page()
    {
        for (long id = 1; id <= 5; id++)
        {
            var view = View(id);
            var pages = new ReaderPages(view);
            Assert.True(pages.Count > 3, $"plan {id}: {pages.Count} pages");
            var seen = new List<string>();
            for (int p = 1; p <= pages.Count; p++)
            {
                var blocks = pages.Blocks(p).ToList();
                int weight = blocks.Sum(ReaderPages.Weight);
                Assert.True(weight <= ReaderPages.Bound || blocks.Count == 1, $"plan {id} page {p}: {weight} paragraphs");
                var html = await Page(p == 1 ? $"/plans/{id}" : $"/plans/{id}?p={p}");
                var anchors = ParagraphAnchors(html);
                Assert.Equal(blocks.Where(b => b.Kind == PlanView.BlockKind.Paragraph).Select(b => b.Anchor), anchors);
                seen.AddRange(anchors);
                Assert.Contains($"第 {p} / {pages.Count} 页", html);
            }
            // Together the pages hold the whole text once, in order.
            Assert.Equal(view.Blocks.Where(b => b.Kind == PlanView.BlockKind.Paragraph).Select(b => b.Anchor), seen);
        }
    }

    [Fact]
    public async Task A_link_to_a_late_line_lands_on_the_page_holding_it()
    {
        var view = View(1);
        var late = view.Blocks.Last(b => b.Kind == PlanView.BlockKind.Paragraph);
        var response = await _host.Client().GetAsync($"/plans/1?line={late.LineStart}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        var pages = new ReaderPages(view);
        Assert.Equal($"/plans/1?p={pages.Count}#{late.Anchor}", location);
        Assert.Contains($"id=\"{late.Anchor}\"", await Page(location.Split('#')[0]));

        // A line inside a paragraph (not its first) lands on that paragraph.
        var wrapped = view.Blocks.Last(b => b.Kind == PlanView.BlockKind.Paragraph && b.LineEnd > b.LineStart);
        var inside = (await _host.Client().GetAsync($"/plans/1?line={wrapped.LineEnd}")).Headers.Location!.ToString();
        Assert.EndsWith("#" + wrapped.Anchor, inside);
        Assert.Contains($"id=\"{wrapped.Anchor}\"", await Page(inside.Split('#')[0]));
    }

    [Fact]
    public async Task Outline_links_on_every_page_point_at_the_page_holding_their_heading()
    {
        var html = await Page("/plans/1");
        var toc = Regex.Matches(html, "<nav class=\"toc\"[\\s\\S]*?</nav>").Single().Value;
        var links = Regex.Matches(toc, "href=\"([^\"#]*)#(s-\\d+)\"").Select(m => (Url: WebUtility.HtmlDecode(m.Groups[1].Value), Anchor: m.Groups[2].Value)).ToList();
        Assert.True(links.Count >= 18, $"{links.Count} outline links");
        Assert.Contains(links, l => l.Url.Contains("?p="));
        foreach (var (url, anchor) in links)
            Assert.Contains($"id=\"{anchor}\"", url.Length == 0 ? html : await Page(url));
    }

    [Fact]
    public async Task Pages_link_the_previous_and_next_chapter_and_a_page_past_the_end_is_not_found()
    {
        var pages = new ReaderPages(View(1));
        var second = await Page("/plans/1?p=2");
        Assert.Contains("href=\"/plans/1\" rel=\"prev\"", second);
        Assert.Contains("href=\"/plans/1?p=3\" rel=\"next\"", second);
        Assert.Contains("上一页：", second);
        Assert.DoesNotContain("rel=\"next\"", await Page($"/plans/1?p={pages.Count}"));
        Assert.Equal(HttpStatusCode.NotFound, (await _host.Client().GetAsync($"/plans/1?p={pages.Count + 1}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await _host.Client().GetAsync("/plans/1?p=0")).StatusCode); // QueryRanges
    }
}
