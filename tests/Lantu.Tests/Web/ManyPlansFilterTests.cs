using System.Text;
using System.Text.RegularExpressions;
using Lantu.Storage;
using Lantu.Web.Services;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;

namespace Lantu.Tests.Web;

/// <summary>With more plans and regions than a drop-down can hold (a province's thousands), the search page and the
/// catalogue stay the same size: no list of every plan or region, the region typed or found by name, a plan chosen
/// from the hits — measured at N = 10,000, where the two pages had grown to 1 MB and 455 kB.</summary>
public sealed class ManyPlansFilterTests : IAsyncLifetime
{
    private PortalHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await PortalHost.InMemory();
        var db = _host.OpenDatabase();
        var ingestor = new PlanIngestor(db);
        for (int i = 1; i <= PlanCatalog.MaxListed; i++)
        {
            var text = $"测试第{i}区国民经济和社会发展第十四个五年规划纲要\n\n第一章 总体要求\n\n推进人才强区建设，第{i}号任务。\n";
            ingestor.IngestBytes(Encoding.UTF8.GetBytes(text), $"plan{i}.txt", new PlanOverrides(Region: $"测试第{i}区"));
        }
        PlanCatalog.Invalidate(_host.App.Services.GetRequiredService<IMemoryCache>());
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static int Options(string html, string selectId) =>
        Regex.Match(html, $"<select id=\"{selectId}\"[\\s\\S]*?</select>") is { Success: true } m ? Regex.Matches(m.Value, "<option").Count : 0;

    [Fact]
    public async Task The_search_page_lists_neither_every_plan_nor_every_region()
    {
        var client = _host.Client();
        var html = await client.GetStringAsync("/search?q=%E4%BA%BA%E6%89%8D");
        Assert.Equal(1, Options(html, "search-plan")); // 全部规划 only
        Assert.Equal(0, Options(html, "search-region"));
        Assert.Matches("<input id=\"search-region\" name=\"region\"", html);
        Assert.Contains("检索后可在结果上方按规划缩小范围", html);

        var typed = await client.GetStringAsync("/search?q=%E4%BA%BA%E6%89%8D&region=" + Uri.EscapeDataString("测试第7区"));
        Assert.Contains("第7号任务", typed);
        Assert.DoesNotContain("第8号任务", typed);

        var onePlan = await client.GetStringAsync("/search?q=%E4%BA%BA%E6%89%8D&plan=10");
        Assert.Equal(2, Options(onePlan, "search-plan")); // 全部规划 and the plan chosen
    }

    [Fact]
    public async Task The_catalogue_finds_a_region_by_name_instead_of_listing_them_all()
    {
        var client = _host.Client();
        var html = await client.GetStringAsync("/");
        Assert.Equal(0, Options(html, "region"));
        var found = await client.GetStringAsync("/?q=" + Uri.EscapeDataString("测试第123区"));
        Assert.Contains("共 1 份规划", found);
    }
}
