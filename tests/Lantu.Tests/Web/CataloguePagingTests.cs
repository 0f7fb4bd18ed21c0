using System.Text;
using System.Text.RegularExpressions;
using Lantu.Storage;

namespace Lantu.Tests.Web;

/// <summary>A catalogue of more plans than one page holds (50): pages keep the filters, a page past the end clamps to the last.</summary>
public sealed class CataloguePagingTests : IAsyncLifetime
{
    private PortalHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await PortalHost.InMemory();
        var ingestor = new PlanIngestor(_host.OpenDatabase());
        for (int i = 1; i <= 46; i++) // 5 samples + 46 = 51 plans
        {
            var text = $"测试县{i:D2}“十四五”文化旅游发展专项规划\n第一章　发展基础\n“十三五”期间，全县文化旅游发展取得明显成效。\n";
            ingestor.IngestBytes(Encoding.UTF8.GetBytes(text), $"t{i}.txt");
        }
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<string> Get(string url) => await _host.Client().GetStringAsync(url);

    private static int Cards(string html) => Regex.Matches(html, "<li class=\"card\">").Count;

    [Fact]
    public async Task Fifty_plans_a_page_and_the_rest_on_the_next()
    {
        var first = await Get("/");
        Assert.Contains("共 51 份规划，第 1/2 页", first);
        Assert.Equal(50, Cards(first));
        Assert.Contains("href=\"/?p=2\" rel=\"next\"", first);
        var second = await Get("/?p=2");
        Assert.Equal(1, Cards(second));
        Assert.Contains("rel=\"prev\"", second);
        Assert.Equal(1, Cards(await Get("/?p=99")));   // past the end: the last page
        // Before the start: a page number below 1 is refused like every out-of-range number (issue 17 item 5).
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, (await _host.Client().GetAsync("/?p=-3")).StatusCode);
    }

    [Fact]
    public async Task Filters_narrow_before_paging_and_travel_with_the_page_links()
    {
        var filtered = await Get("/?q=测试县");
        Assert.Contains("共 46 份规划", filtered);
        Assert.DoesNotContain("rel=\"next\"", filtered);
        var all = await Get("/?q=规划");
        var next = Regex.Match(all, "href=\"([^\"]+)\" rel=\"next\"").Groups[1].Value;
        Assert.Contains("q=%E8%A7%84%E5%88%92", next);
        Assert.Contains("p=2", next);
        Assert.Contains("共 51 份规划", await Get(System.Net.WebUtility.HtmlDecode(next)));
    }

    [Fact]
    public async Task The_open_data_listing_shows_one_page_of_plans_and_links_the_next()
    {
        var first = await Get("/data");
        Assert.Contains("共 51 份规划，第 1/2 页", first);
        Assert.Equal(50, Regex.Matches(first, "<th scope=\"row\">").Count);
        Assert.Contains("href=\"/data?p=2\" rel=\"next\"", first);
        var second = await Get("/data?p=2");
        Assert.Single(Regex.Matches(second, "<th scope=\"row\">"));
        Assert.Contains("/data/plans/51.csv", second);
    }

    [Fact]
    public async Task The_relations_page_shows_one_page_of_plans_and_links_the_next()
    {
        var first = await Get("/relations");
        Assert.Contains("第 1/2 页", first);
        Assert.Contains("href=\"/relations?p=2\" rel=\"next\"", first);
        Assert.Equal(50, Regex.Matches(first, "<h2 id=\"plan-").Count);
        Assert.Single(Regex.Matches(await Get("/relations?p=2"), "<h2 id=\"plan-"));
    }
}
