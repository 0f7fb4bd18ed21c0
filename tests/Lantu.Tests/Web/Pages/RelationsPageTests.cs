using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Lantu.Tests.Web.Pages;

/// <summary>规划衔接: GET /api/plans/{id}/relations, the /relations page, the plan page's panel, and the staff decision form.</summary>
public sealed class RelationsPageTests : IAsyncLifetime
{
    private PortalHost _host = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync() { _host = await PortalHost.InMemory(); _client = _host.Client(); }
    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<string> Page(string url, HttpClient? client = null)
    {
        var response = await (client ?? _client).GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
        Assert.DoesNotContain("出错了", body);
        return body;
    }

    private async Task<JsonElement> Relations(long id) => JsonDocument.Parse(await Page($"/api/plans/{id}/relations")).RootElement;

    private static JsonElement ParentLink(JsonElement relations, long child, long parent) =>
        relations.EnumerateArray().Single(r => r.GetProperty("relation").GetString() == "parent" && r.GetProperty("child").GetInt64() == child
                                               && r.GetProperty("parent").ValueKind == JsonValueKind.Number && r.GetProperty("parent").GetInt64() == parent);

    [Fact]
    public async Task Api_gives_parents_with_reason_and_confidence_regions_not_catalogued_and_peers()
    {
        var digital = await Relations(5);
        var first = digital[0];
        Assert.Equal(["relation", "child", "child_title", "parent", "parent_title", "parent_region", "status", "confidence", "reason"],
            first.EnumerateObject().Select(p => p.Name));
        var parent = ParentLink(digital, 5, 1);
        Assert.Equal("suggested", parent.GetProperty("status").GetString());
        Assert.Equal(0.95, parent.GetProperty("confidence").GetDouble());
        Assert.Contains("为依据", parent.GetProperty("reason").GetString());

        var xiamen = await Relations(1);
        Assert.Contains(xiamen.EnumerateArray(), r => r.GetProperty("relation").GetString() == "peer");
        Assert.Contains(xiamen.EnumerateArray(), r => r.GetProperty("parent").ValueKind == JsonValueKind.Null && r.GetProperty("parent_region").GetString() == "福建省");

        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/api/plans/999/relations")).StatusCode);
        Assert.Equal(7, JsonDocument.Parse(await Page("/api/relations")).RootElement.GetArrayLength());
    }

    [Fact]
    public async Task Relations_page_lists_every_plan_with_parents_children_peers_and_missing_regions()
    {
        var html = await Page("/relations");
        for (var id = 1; id <= 5; id++) Assert.Contains($"id=\"plan-{id}\"", html);
        var digital = Regex.Match(html, "<section class=\"relations-plan\" id=\"plan-5\"[\\s\\S]*?</section>").Value;
        Assert.Contains("href=\"/plans/1\"", digital);
        Assert.Contains("建议（可信度 95%）", digital);
        Assert.Contains("依据：文中写明以《", digital);
        var xiamen = Regex.Match(html, "<section class=\"relations-plan\" id=\"plan-1\"[\\s\\S]*?</section>").Value;
        Assert.Contains("<h3>下位规划</h3>", xiamen);
        Assert.Contains("href=\"/plans/5\"", xiamen);
        Assert.Contains("<h3>同级规划</h3>", xiamen);
        Assert.Contains("href=\"/plans/3\"", xiamen);
        Assert.Contains("尚未收录规划的上级地区", html);
        Assert.Contains("<th scope=\"row\">泉州市</th>", html);
        // Anonymous visitors see no decision forms.
        Assert.DoesNotContain("name=\"decision\"", html);
        Assert.Contains("工作人员登录", html);

        var one = await Page("/relations?plan=5");
        Assert.Single(Regex.Matches(one, "class=\"relations-plan\""));
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/relations?plan=999")).StatusCode);
    }

    [Fact]
    public async Task Plan_page_has_a_short_parent_and_child_panel_for_every_sample_plan()
    {
        for (var id = 1; id <= 5; id++)
        {
            var html = await Page($"/plans/{id}");
            Assert.Contains("规划衔接", html);
            Assert.Contains($"href=\"/relations?plan={id}\"", html);
        }
        var digital = Regex.Match(await Page("/plans/5"), "<section class=\"panel\"[\\s\\S]*?</section>").Value;
        Assert.Matches("<h3>上位规划</h3>[\\s\\S]*href=\"/plans/1\"", digital);
        var xiamen = Regex.Match(await Page("/plans/1"), "<section class=\"panel\"[\\s\\S]*?</section>").Value;
        Assert.Matches("<h3>下位规划</h3>[\\s\\S]*href=\"/plans/5\"", xiamen);
        Assert.Contains("福建省 的规划", xiamen);
    }

    [Fact]
    public async Task Confirming_and_rejecting_is_a_staff_post_with_antiforgery()
    {
        // Anonymous: redirected to the login, nothing stored.
        var anonymous = await _client.PostAsync("/staff/relations", new FormUrlEncodedContent(new Dictionary<string, string>
            { ["child"] = "5", ["parent"] = "1", ["decision"] = "confirm" }));
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/staff/login", anonymous.Headers.Location!.OriginalString);
        Assert.Equal("suggested", ParentLink(await Relations(5), 5, 1).GetProperty("status").GetString());

        var staff = new StaffSession(_client);
        await staff.LogIn();
        var page = await (await staff.Get("/relations")).Content.ReadAsStringAsync();
        var form = Regex.Match(page, "<form method=\"post\" class=\"decide\" action=\"/staff/relations\">[\\s\\S]*?</form>").Value;
        Assert.Contains("name=\"__RequestVerificationToken\"", form);
        Assert.Contains("value=\"confirm\"", form);

        // Without the token: refused.
        var forged = await staff.Post("/staff/relations", new() { ["child"] = "5", ["parent"] = "1", ["decision"] = "confirm" });
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal("suggested", ParentLink(await Relations(5), 5, 1).GetProperty("status").GetString());

        var token = StaffSession.Token(page);
        var confirmed = await staff.Post("/staff/relations", new() { ["child"] = "5", ["parent"] = "1", ["decision"] = "confirm", ["__RequestVerificationToken"] = token });
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.StartsWith("/relations?done=confirmed", confirmed.Headers.Location!.OriginalString);
        var link = ParentLink(await Relations(5), 5, 1);
        Assert.Equal("confirmed", link.GetProperty("status").GetString());
        Assert.Contains(PortalHost.AdminUser, link.GetProperty("reason").GetString());
        Assert.Contains("已确认", await Page("/plans/5"));

        var rejected = await staff.Post("/staff/relations", new() { ["child"] = "5", ["parent"] = "1", ["decision"] = "reject", ["returnPlan"] = "5", ["__RequestVerificationToken"] = token });
        Assert.Equal("/relations?plan=5&done=rejected", rejected.Headers.Location!.OriginalString);
        Assert.Equal("rejected", ParentLink(await Relations(5), 5, 1).GetProperty("status").GetString());
        // A rejected parent leaves the plan page's panel; the relations page still shows it as rejected.
        var xiamenPanel = Regex.Match(await Page("/plans/1"), "<section class=\"panel\"[\\s\\S]*?</section>").Value;
        Assert.DoesNotContain("href=\"/plans/5\"", xiamenPanel);
        Assert.Contains("已否定", await Page("/relations?plan=5"));

        // Nonsense is refused with a message.
        var bad = await staff.Post("/staff/relations", new() { ["child"] = "5", ["parent"] = "5", ["decision"] = "confirm", ["__RequestVerificationToken"] = token });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("规划不能以自身为上位规划", await bad.Content.ReadAsStringAsync());
    }
}
