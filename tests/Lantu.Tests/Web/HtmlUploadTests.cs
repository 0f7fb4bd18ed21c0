using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Lantu.Tests.Fixtures;

namespace Lantu.Tests.Web;

/// <summary>A plan uploaded as the web page it was published on (a GBK page with the site's chrome) shows its
/// indicator table on the plan's dashboard.</summary>
public sealed class HtmlUploadTests : IAsyncLifetime
{
    private PortalHost _host = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync() { _host = await PortalHost.InMemory(); _client = _host.Client(); }
    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<long> UploadPage()
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(await File.ReadAllBytesAsync(FixtureFiles.XiamenGbkPage));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/html");
        form.Add(file, "file", "xiamen-14th.html");
        form.Add(new StringContent("厦门市"), "region");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/plans") { Content = form };
        request.Headers.Authorization = new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{PortalHost.AdminUser}:{PortalHost.AdminPassword}")));
        var response = await _client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetInt64();
    }

    [Fact]
    public async Task An_uploaded_html_plan_has_its_indicator_rows()
    {
        long id = await UploadPage();
        var indicators = JsonDocument.Parse(await _client.GetStringAsync($"/api/plans/{id}/indicators")).RootElement
            .EnumerateArray().Where(i => i.GetProperty("source").GetString() == "table").ToList();
        Assert.Equal(17, indicators.Count);
        Assert.Equal(("地区生产总值增长", "7-7.5", "预期性"),
            (indicators[0].GetProperty("name").GetString(), indicators[0].GetProperty("growth").GetString(), indicators[0].GetProperty("attribute").GetString()));
        Assert.Equal(("森林覆盖率", ">40"), (indicators[16].GetProperty("name").GetString(), indicators[16].GetProperty("target").GetString()));

    }

    // Rows 13–14 of this table say 完成省下达任务: the table is still a target table (judged from its header rows),
    // and the dashboard shows target tables.
    [Fact]
    public async Task An_uploaded_html_plan_shows_its_indicators_on_the_dashboard()
    {
        long id = await UploadPage();
        var dashboard = WebUtility.HtmlDecode(await _client.GetStringAsync($"/plans/{id}/dashboard"));
        foreach (var name in new[] { "地区生产总值增长", "每万人口高价值发明专利拥有量", "每千人口拥有3岁以下婴幼儿托位数", "地表水达到或好于Ⅲ类水体比例", "森林覆盖率" })
            Assert.Contains(name, dashboard);
    }
}
