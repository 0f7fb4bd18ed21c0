using System.Net;
using System.Text.RegularExpressions;

namespace Lantu.Tests.Web;

/// <summary>The search page shows one page of hits and links the next (sample plans, test host): 发展 occurs in far
/// more paragraphs than a page holds.</summary>
public sealed class SearchPagingTests : IAsyncLifetime
{
    private PortalHost _host = null!;

    public async Task InitializeAsync() => _host = await PortalHost.InMemory();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static List<string> Hits(string html) =>
        Regex.Matches(html, "<li class=\"hit\">[\\s\\S]*?href=\"(/plans/\\d+/source(?:\\?p=\\d+)?#L\\d+)\"").Select(m => m.Groups[1].Value).ToList();

    [Fact]
    public async Task One_page_of_hits_and_the_next_page_holds_the_following_ones()
    {
        var client = _host.Client();
        var first = await client.GetStringAsync("/search?q=%E5%8F%91%E5%B1%95");
        Assert.Equal(50, Hits(first).Count);
        var next = WebUtility.HtmlDecode(Regex.Match(first, "href=\"([^\"]+)\" rel=\"next\"").Groups[1].Value);
        Assert.Contains("p=2", next);
        var second = await client.GetStringAsync(next);
        Assert.Equal(50, Hits(second).Count);
        Assert.Contains("按相关度显示第 51–100 条", second);
        Assert.Empty(Hits(first).Intersect(Hits(second)));
        Assert.Contains("rel=\"prev\"", second);
        // Past the last page there allowed: the last one, still one page of hits.
        Assert.True(Hits(await client.GetStringAsync("/search?q=%E5%8F%91%E5%B1%95&p=999")).Count <= 50);
    }
}
