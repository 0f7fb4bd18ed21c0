using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Lantu.Tests.Web;

/// <summary>The public compare and check pages and their API on the sample plans (test host): 研发经费投入强度 under
/// four wordings in four plans, the digital-economy share of 004 (plan 5) against 000 (plan 1), escaping.</summary>
public sealed class CompareCheckPageTests : IAsyncLifetime
{
    private PortalHost _host = null!;
    private HttpClient _client = null!;
    public async Task InitializeAsync() { _host = await PortalHost.InMemory(); _client = _host.Client(); }
    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<string> Get(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var r = await _client.GetAsync(url);
        Assert.True(r.StatusCode == expected, $"{url}: {(int)r.StatusCode}");
        return await r.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task One_indicator_across_plans_as_a_table_and_a_chart_with_a_text_alternative()
    {
        var html = await Get("/compare?indicator=" + Uri.EscapeDataString("研发经费投入强度"));
        var table = Regex.Match(html, "<table class=\"grid compare\">[\\s\\S]*?</table>").Value;
        // The monitored table rows of plans 1–3 link to their indicator pages, whatever their wording.
        Assert.Contains("<a href=\"/plans/1/indicators/45\">研发经费投入强度</a>", table);
        Assert.Contains("<a href=\"/plans/2/indicators/11\">R&amp;D经费投入占 GDP比重</a>", table);
        Assert.Contains("<a href=\"/plans/3/indicators/47\">研发经费投入强度</a>", table);
        // Prose targets (plan 4 states it only in the text) link to their source line.
        Assert.Matches("<a href=\"/plans/4/source(\\?p=\\d+)?#L\\d+\">R&amp;D经费支出占GDP比重</a>", table);
        Assert.Equal(new[] { 1L, 2, 3, 4 }, Regex.Matches(table, "<td><a href=\"/plans/(\\d)\">").Select(m => long.Parse(m.Groups[1].Value)).Distinct().Order());
        Assert.DoesNotContain("每万人口高价值发明专利拥有量", table);

        var svg = Regex.Match(html, "<svg class=\"chart compare-chart\"[\\s\\S]*?</svg>").Value;
        Assert.Contains("role=\"img\"", svg);
        Assert.Contains("aria-labelledby=\"cmp-t cmp-d\"", svg);
        var desc = Regex.Match(svg, "<desc id=\"cmp-d\">([^<]*)</desc>").Groups[1].Value;
        Assert.Contains("目标 3.5%", desc);  // plan 1
        Assert.Contains("基期 1.69，目标 2%", desc); // plan 2
        Assert.Contains("基期 2.2，目标 3%", desc); // plan 3 (3.0 左右)
        // One bar per drawn value: plan 1 (target only, twice: table and text), plan 2, 3 (two each), plan 3 text, plan 4 text.
        Assert.True(Regex.Matches(svg, "<rect x=\"[\\d.]+\" y=\"[\\d.]+\" width").Count >= 6);
    }

    [Fact]
    public async Task Landing_suggests_shared_indicators_and_hostile_queries_are_escaped()
    {
        var html = await Get("/compare");
        Assert.Contains("多个规划共有的指标", html);
        Assert.Contains("href=\"/compare?indicator=", html);
        Assert.Contains("<datalist id=\"shared-indicators\">", html);

        html = await Get("/compare?indicator=" + Uri.EscapeDataString("<script>alert(1)</script>"));
        Assert.DoesNotContain("<script>alert(1)", html);
        Assert.Contains("没有找到与“&lt;script&gt;alert(1)&lt;/script&gt;”匹配的指标", html);
        Assert.Contains("过长", await Get("/compare?indicator=" + new string('率', 101), HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task One_plan_against_another_side_by_side()
    {
        var html = await Get("/compare/plans?a=5&b=1");
        var rows = Regex.Matches(html, "<tr(?: class=\"unmatched\")?[^>]*>\\s*<td[\\s\\S]*?</tr>").Select(m => m.Value).ToList();
        var digital = Assert.Single(rows, r => r.Contains("/plans/5/indicators/") && r.Contains("数字经济核心产业增加值占"));
        Assert.Matches("<a href=\"/plans/1/indicators/47\">数字经济核心产业增加值占地区生产总值比重</a>", digital);
        Assert.Contains("共有 1 项指标", html);
        // Without b, a child plan is set against its parent.
        Assert.Contains("<option value=\"1\" selected=\"selected\">", Regex.Match(await Get("/compare/plans?a=5"), "<select id=\"b\"[\\s\\S]*?</select>").Value);
        await Get("/compare/plans?a=5&b=999", HttpStatusCode.NotFound);

        var json = JsonDocument.Parse(await Get("/api/compare/plans?a=5&b=1")).RootElement;
        var matched = json.EnumerateArray().Single(r => r.GetProperty("a").ValueKind != JsonValueKind.Null && r.GetProperty("b").ValueKind != JsonValueKind.Null);
        Assert.Equal(47, matched.GetProperty("b").GetProperty("indicator").GetInt32());
        Assert.Equal(JsonValueKind.Number, matched.GetProperty("confidence").ValueKind);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/api/compare/plans?a=5&b=999")).StatusCode);
        var openApi = await Get("/openapi/v1.json");
        Assert.Contains("\"/api/compare/plans\"", openApi);
        Assert.Contains("\"/api/check\"", openApi);
    }

    [Fact]
    public async Task Check_shows_each_finding_with_both_sources_linked_to_their_lines()
    {
        var api = JsonDocument.Parse(await Get("/api/plans/5/check")).RootElement.EnumerateArray().ToList();
        Assert.NotEmpty(api);
        var html = await Get("/check?plan=5");
        var findings = Regex.Matches(html, "<li class=\"finding finding-(\\w+)\">[\\s\\S]*?</li>").ToList();
        Assert.Equal(api.Count, findings.Count);
        var digital = findings.Single(f => f.Value.Contains("数字经济核心产业增加值占"));
        Assert.Equal("ok", digital.Groups[1].Value);
        var finding = api.Single(f => f.GetProperty("message").GetString()!.Contains("数字经济"));
        var (childLine, parentLine) = (finding.GetProperty("child").GetProperty("line").GetInt32(), finding.GetProperty("parent").GetProperty("line").GetInt32());
        Assert.Contains($"href=\"/plans/5/source?from={childLine - 3}&amp;to={childLine + 3}#L{childLine}\"", digital.Value);
        Assert.Contains($"href=\"/plans/1/source?from={parentLine - 3}&amp;to={parentLine + 3}#L{parentLine}\"", digital.Value);
        Assert.Equal(2, Regex.Matches(digital.Value, "<blockquote class=\"source-text\">[^<]*数字经济").Count);
        // The linked source page has that line.
        Assert.Contains($"id=\"L{childLine}\"", await Get($"/plans/5/source?from={childLine - 3}&to={childLine + 3}"));

        Assert.Contains("没有上位规划", await Get("/check?plan=4"));
        Assert.Equal(findings.Count, Regex.Matches(await Get("/check"), "<li class=\"finding ").Count); // only 5 → 1 is checkable
        Assert.Empty(Regex.Matches(await Get("/check?severity=error"), "<li class=\"finding "));
        await Get("/check?plan=999", HttpStatusCode.NotFound);
        Assert.Equal(api.Count, JsonDocument.Parse(await Get("/api/check")).RootElement.GetArrayLength());
    }

    [Fact]
    public async Task Navigation_and_plan_pages_link_to_compare_and_check()
    {
        var home = await Get("/");
        Assert.Contains("<a href=\"/compare\">指标对比</a>", home);
        Assert.Contains("<a href=\"/check\">衔接检查</a>", home);
        var dashboard = await Get("/plans/5/dashboard");
        Assert.Contains("href=\"/check?plan=5\"", dashboard);
        Assert.Contains("href=\"/compare/plans?a=5\"", dashboard);
        var indicator = await Get("/plans/1/indicators/45");
        Assert.Contains("href=\"/compare?indicator=" + Uri.EscapeDataString("研发经费投入强度") + "\"", indicator);
    }
}
