using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Lantu.Tests.Web;

/// <summary>The REST API through the ASP.NET Core test host, on a database with the five sample plans.</summary>
public sealed class ApiTests : IAsyncLifetime
{
    private PortalHost _host = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync() { _host = await PortalHost.InMemory(); _client = _host.Client(); }
    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<JsonElement> Get(string url)
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Fact]
    public async Task Plans_lists_the_catalogue_with_the_cli_field_names()
    {
        var plans = await Get("/api/plans");
        Assert.Equal(5, plans.GetArrayLength());
        var first = plans[0];
        var names = first.EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(["id", "title", "region", "level", "kind", "subject", "period_start", "period_end", "horizon_year", "source_file",
            "version", "headings", "boxes", "glossary"], names);
        Assert.Equal("厦门市", first.GetProperty("region").GetString());
        Assert.Equal(26, first.GetProperty("boxes").GetInt32());
        var zone = plans.EnumerateArray().Single(p => p.GetProperty("region").GetString() == "泉州台商投资区");
        Assert.Equal("开发区", zone.GetProperty("level").GetString());
    }

    [Fact]
    public async Task Plan_detail_outline_boxes_glossary_and_lines()
    {
        var plan = await Get("/api/plans/1");
        Assert.Equal(2021, plan.GetProperty("period_start").GetInt32());
        Assert.Equal("000_7676f4ae582e312e.txt", plan.GetProperty("source_file").GetString());
        Assert.True(plan.TryGetProperty("content_hash", out _));

        var outline = await Get("/api/plans/1/outline");
        Assert.Equal(18, outline.GetArrayLength());
        Assert.Equal("第三章", outline[2].GetProperty("number").GetString());
        Assert.True(outline[0].GetProperty("children").GetArrayLength() > 0);
        Assert.False(outline[0].TryGetProperty("seq", out _));

        var boxes = await Get("/api/plans/1/boxes");
        var box3 = boxes.EnumerateArray().Single(b => b.GetProperty("number").GetString() == "3");
        Assert.Equal("嘉庚创新实验室", box3.GetProperty("items")[0].GetProperty("name").GetString());

        var glossary = await Get("/api/plans/1/glossary");
        Assert.Equal(24, glossary.GetArrayLength());
        Assert.True(glossary[0].TryGetProperty("reference_lines", out _));

        var start = box3.GetProperty("line_start").GetInt32();
        var lines = await Get($"/api/plans/1/lines?from={start}&to={start + 2}");
        Assert.Equal(3, lines.GetArrayLength());
        Assert.Equal(start, lines[0].GetProperty("line_no").GetInt32());
        Assert.Equal("专栏 3：创新平台载体重点项目", lines[0].GetProperty("text").GetString()!.Trim());
    }

    [Fact]
    public async Task Unknown_plans_and_bad_ranges_are_problems_not_errors()
    {
        var missing = await _client.GetAsync("/api/plans/999/outline");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
        Assert.Contains("999", await missing.Content.ReadAsStringAsync());
        var bad = await _client.GetAsync("/api/plans/1/lines?from=10&to=2");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task Openapi_describes_the_api()
    {
        var doc = await Get("/openapi/v1.json");
        var paths = doc.GetProperty("paths");
        foreach (var p in new[] { "/api/plans", "/api/plans/{id}", "/api/plans/{id}/outline", "/api/plans/{id}/boxes", "/api/plans/{id}/glossary", "/api/plans/{id}/lines" })
            Assert.True(paths.TryGetProperty(p, out _), p);
        Assert.True(paths.GetProperty("/api/plans").TryGetProperty("post", out _));
        // Schemas use the same snake_case names as the responses.
        Assert.Contains("period_start", doc.GetProperty("components").GetRawText());
    }

    private static MultipartFormDataContent Upload(byte[] bytes, string name, string? region = null)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", name);
        if (region is not null) form.Add(new StringContent(region), "region");
        return form;
    }

    private static AuthenticationHeaderValue Basic(string user, string password) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));

    [Fact]
    public async Task Upload_requires_the_administrator()
    {
        var bytes = await File.ReadAllBytesAsync(Samples.Path003);
        var anonymous = await _client.PostAsync("/api/plans", Upload(bytes, "plan.txt"));
        Assert.True(anonymous.StatusCode == HttpStatusCode.Unauthorized, anonymous.StatusCode + " " + await anonymous.Content.ReadAsStringAsync());

        using var wrong = new HttpRequestMessage(HttpMethod.Post, "/api/plans") { Content = Upload(bytes, "plan.txt") };
        wrong.Headers.Authorization = Basic(PortalHost.AdminUser, "wrong");
        var denied = await _client.SendAsync(wrong);
        Assert.True(denied.StatusCode == HttpStatusCode.Unauthorized, denied.StatusCode + " " + await denied.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Upload_ingests_a_new_document_and_refuses_a_bad_one()
    {
        // A changed copy of a sample is a new version of that plan.
        var text = (await File.ReadAllTextAsync(Samples.Path003)) + "\n附：本规划由测试上传。\n";
        using var ok = new HttpRequestMessage(HttpMethod.Post, "/api/plans") { Content = Upload(Encoding.UTF8.GetBytes(text), "变更.txt") };
        ok.Headers.Authorization = Basic(PortalHost.AdminUser, PortalHost.AdminPassword);
        var response = await _client.SendAsync(ok);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        var result = JsonDocument.Parse(body).RootElement;
        Assert.Equal("new-version", result.GetProperty("outcome").GetString());
        Assert.Equal(2, result.GetProperty("version").GetInt32());
        Assert.True(result.GetProperty("headings").GetInt32() > 0);

        using var bad = new HttpRequestMessage(HttpMethod.Post, "/api/plans") { Content = Upload([0x00, 0x01, 0x02, 0xFF, 0x00, 0x00, 0x10], "坏文件.docx") };
        bad.Headers.Authorization = Basic(PortalHost.AdminUser, PortalHost.AdminPassword);
        var refused = await _client.SendAsync(bad);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains("坏文件.docx", problem.GetProperty("detail").GetString());
        Assert.Equal(5, (await Get("/api/plans")).GetArrayLength());
    }
}
