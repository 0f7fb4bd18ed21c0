using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Lantu.Tests.Web.Pages;

/// <summary>GET /api/search and the /search page through the test host, on the five sample plans.</summary>
public sealed class SearchPageTests : IAsyncLifetime
{
    private PortalHost _host = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync() { _host = await PortalHost.InMemory(); _client = _host.Client(); }
    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<(HttpStatusCode Status, string Body)> Get(string url)
    {
        var response = await _client.GetAsync(url);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private async Task<JsonElement> Json(string url)
    {
        var (status, body) = await Get(url);
        Assert.True(status == HttpStatusCode.OK, $"{url}: {(int)status} {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    [Fact]
    public async Task Api_search_for_5G_base_stations_ranks_digital_xiamen_line_66_first_and_finds_the_xiamen_outline_line_1492()
    {
        var hits = await Json("/api/search?q=" + Uri.EscapeDataString("5G基站"));
        var first = hits[0];
        Assert.Equal(["plan", "title", "region", "heading", "line_start", "snippet", "score"], first.EnumerateObject().Select(p => p.Name));
        Assert.Equal(5, first.GetProperty("plan").GetInt64()); // samples/plans/004: 数字厦门专项规划
        Assert.Equal(66, first.GetProperty("line_start").GetInt32());
        Assert.Contains("【5G基站】", first.GetProperty("snippet").GetString());
        Assert.Contains(hits.EnumerateArray(), h => h.GetProperty("plan").GetInt64() == 1 && h.GetProperty("line_start").GetInt32() == 1492);
        // Ranked: scores never increase down the list.
        var scores = hits.EnumerateArray().Select(h => h.GetProperty("score").GetDouble()).ToList();
        Assert.Equal(scores.OrderByDescending(s => s), scores);
        // Line 66 of plan 5's source really holds the words (the hit points at the exact line).
        var line = await Json("/api/plans/5/lines?from=66&to=66");
        Assert.Contains("5G", line[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task Api_search_filters_by_plan_region_and_chapter()
    {
        var q = "?q=" + Uri.EscapeDataString("5G基站");
        var onlyPlan1 = await Json($"/api/search{q}&plan=1");
        Assert.True(onlyPlan1.GetArrayLength() > 0);
        Assert.All(onlyPlan1.EnumerateArray(), h => Assert.Equal(1, h.GetProperty("plan").GetInt64()));
        var region = await Json($"/api/search{q}&region=" + Uri.EscapeDataString("鲤城区"));
        Assert.True(region.GetArrayLength() > 0);
        Assert.All(region.EnumerateArray(), h => Assert.Equal("鲤城区", h.GetProperty("region").GetString()));
        var chapter = await Json($"/api/search{q}&plan=5&chapter=" + Uri.EscapeDataString("第一章"));
        Assert.Contains(chapter.EnumerateArray(), h => h.GetProperty("line_start").GetInt32() == 66);
        Assert.DoesNotContain(chapter.EnumerateArray(), h => h.GetProperty("line_start").GetInt32() == 1810);
        var limited = await Json($"/api/search{q}&limit=2");
        Assert.Equal(2, limited.GetArrayLength());
    }

    [Fact]
    public async Task Api_search_answers_one_character_and_refuses_punctuation_and_unknown_plans_with_problem_details()
    {
        var one = await Json("/api/search?q=" + Uri.EscapeDataString("网") + "&limit=10");
        Assert.Equal(10, one.GetArrayLength());
        Assert.All(one.EnumerateArray(), h => Assert.Contains("【网", h.GetProperty("snippet").GetString()));

        foreach (var q in new[] { "，。！？", "...", "%", "+-", "\"", "" })
        {
            var (status, body) = await Get("/api/search?q=" + Uri.EscapeDataString(q));
            Assert.Equal(HttpStatusCode.BadRequest, status);
            Assert.Contains("\"detail\"", body);
        }
        var (missing, _) = await Get("/api/search?q=abc&plan=999");
        Assert.Equal(HttpStatusCode.NotFound, missing);
        // % in a short term is the percent sign, not a LIKE wildcard.
        var percent = await Json("/api/search?q=" + Uri.EscapeDataString("5%") + "&limit=20");
        Assert.True(percent.GetArrayLength() > 0);
        Assert.All(percent.EnumerateArray(), h => Assert.Contains("【5%】", h.GetProperty("snippet").GetString()));
    }

    [Fact]
    public async Task Search_page_shows_ranked_hits_with_marked_snippets_linking_to_the_source_line()
    {
        var (status, html) = await Get("/search?q=" + Uri.EscapeDataString("5G基站"));
        Assert.Equal(HttpStatusCode.OK, status);
        var hits = Regex.Matches(html, "<li class=\"hit\">[\\s\\S]*?</li>").Select(m => m.Value).ToList();
        Assert.True(hits.Count >= 5, $"{hits.Count} hits");
        Assert.Contains("href=\"/plans/5/source#L66\"", hits[0]);
        Assert.Contains("<mark>5G基站</mark>", hits[0]);
        Assert.DoesNotContain("【", hits[0]);
        Assert.Contains(hits, h => h.Contains("href=\"/plans/1/source?p=3#L1492\""));
        // The header's search box keeps the query; the filters list plans and regions.
        Assert.Contains("action=\"/search\"", html);
        Assert.Contains("<option value=\"鲤城区\">", html);
        // Narrowing to one plan by its link.
        Assert.Matches("href=\"/search\\?q=5G%E5%9F%BA%E7%AB%99&amp;plan=1\"", html);
        var (_, one) = await Get("/search?q=" + Uri.EscapeDataString("5G基站") + "&plan=1");
        Assert.DoesNotContain("/plans/5/source#L66", one);
        Assert.Contains("/plans/1/source?p=3#L1492", one); // line 1492 is on the source view's third page of 500 lines
    }

    [Fact]
    public async Task Search_page_handles_empty_one_character_punctuation_nothing_found_and_markup_in_the_query()
    {
        var (s0, empty) = await Get("/search");
        Assert.Equal(HttpStatusCode.OK, s0);
        Assert.DoesNotContain("class=\"hits\"", empty);

        var (s1, one) = await Get("/search?q=" + Uri.EscapeDataString("网"));
        Assert.Equal(HttpStatusCode.OK, s1);
        Assert.Contains("单个字会匹配大量段落", one);
        Assert.Equal(50, Regex.Matches(one, "<li class=\"hit\">").Count);
        Assert.Contains("显示更多结果", one);

        var (s2, punct) = await Get("/search?q=" + Uri.EscapeDataString("，。！？、"));
        Assert.Equal(HttpStatusCode.OK, s2);
        Assert.Contains("检索词中没有可检索的文字", punct);
        Assert.DoesNotContain("出错了", punct);

        var (s3, none) = await Get("/search?q=" + Uri.EscapeDataString("量子引力波望远镜"));
        Assert.Equal(HttpStatusCode.OK, s3);
        Assert.Contains("没有找到", none);

        var (s4, markup) = await Get("/search?q=" + Uri.EscapeDataString("<script>alert(1)</script>"));
        Assert.Equal(HttpStatusCode.OK, s4);
        Assert.DoesNotContain("<script>alert", markup);
        Assert.Contains("&lt;script&gt;", markup);

        var (s5, tooLong) = await Get("/search?q=" + new string('规', 300));
        Assert.Equal(HttpStatusCode.OK, s5);
        Assert.Contains("检索词过长", tooLong);
    }

    [Fact]
    public void Snippets_escape_text_and_mark_only_brackets_around_query_terms()
    {
        var encoder = System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);
        var html = Lantu.Web.Services.SearchHtml.Snippet("<b>【专栏】建设【5G基站】&【基站】【", ["5G", "基站"], encoder).ToString();
        Assert.Equal("&lt;b&gt;【专栏】建设<mark>5G基站</mark>&amp;<mark>基站</mark>【", html);
    }
}
