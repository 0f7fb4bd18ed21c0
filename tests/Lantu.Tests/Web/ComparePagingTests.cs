using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Lantu.Storage;
using Lantu.Web.Pages;

namespace Lantu.Tests.Web;

/// <summary>The indicator comparison shows at most a page of rows and links the rest: the samples plus 60 small
/// county plans that all set a 研发经费投入强度 target.</summary>
public sealed class ComparePagingTests : IAsyncLifetime
{
    private const int Extra = 60;
    private PortalHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await PortalHost.InMemory();
        var ingestor = new PlanIngestor(_host.OpenDatabase());
        for (int n = 1; n <= Extra; n++)
        {
            var text = $"""
                测试{n}县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要

                第一章 发展目标

                表1 “十四五”时期经济社会发展主要指标

                | 指标 | 单位 | 2020年 | 2025年 | 年均增长 | 属性 |
                |---|---|---|---|---|---|
                | 地区生产总值 | 亿元 | {100 + n} | {150 + n} | 6% | 预期性 |
                | 研发经费投入强度 | % | 1.{n % 10} | 2.{n % 10} | — | 预期性 |

                第二章 保障措施

                加强组织领导。各部门要分工负责。
                """;
            ingestor.IngestBytes(Encoding.UTF8.GetBytes(text), $"county-{n}.txt");
        }
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static int Rows(string html) =>
        Regex.Match(html, "<tbody>[\\s\\S]*?</tbody>").Value.Split("<tr>").Length - 1;

    [Fact]
    public async Task A_page_holds_at_most_the_bound_and_the_more_link_shows_the_rest()
    {
        var client = _host.Client();
        var first = await client.GetStringAsync("/compare?indicator=" + Uri.EscapeDataString("研发经费投入强度"));
        Assert.Equal(CompareModel.PageSize, Rows(first));
        var total = int.Parse(Regex.Match(first, "共 (\\d+) 行").Groups[1].Value);
        Assert.True(total > Extra, $"{total} rows");
        var more = WebUtility.HtmlDecode(Regex.Match(first, "href=\"([^\"]+)\" rel=\"next\">更多").Groups[1].Value);
        Assert.Contains("p=2", more);
        int seen = Rows(first);
        for (var url = more; url.Length > 0;)
        {
            var page = await client.GetStringAsync(url);
            Assert.InRange(Rows(page), 1, CompareModel.PageSize);
            seen += Rows(page);
            url = WebUtility.HtmlDecode(Regex.Match(page, "href=\"([^\"]+)\" rel=\"next\"").Groups[1].Value);
        }
        Assert.Equal(total, seen);
    }
}
