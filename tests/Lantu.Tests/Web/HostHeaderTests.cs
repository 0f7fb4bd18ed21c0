using System.Net;
using System.Text.Json;
using Lantu.Tests.Storage;
using Lantu.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;

namespace Lantu.Tests.Web;

/// <summary>Issue 17 item 6: only configured host names are answered, and absolute URLs (login redirect, OpenAPI
/// servers) come from configuration, never from the Host header.</summary>
public sealed class HostHeaderTests
{
    private static HttpRequestMessage Get(string url, string host)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Host = host;
        return request;
    }

    private static async Task<string> Servers(HttpClient client, string host)
    {
        var response = await client.SendAsync(Get("/openapi/v1.json", host));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("servers")[0].GetProperty("url").GetString()!;
    }

    [Fact]
    public async Task A_foreign_host_is_refused_and_never_echoed_by_default()
    {
        await using var host = await PortalHost.InMemory();
        var client = host.Client();
        foreach (var url in new[] { "/", "/staff/audit", "/openapi/v1.json", "/api/plans" })
        {
            var response = await client.SendAsync(Get(url, "evil.example"));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.DoesNotContain("evil.example", await response.Content.ReadAsStringAsync());
            Assert.Null(response.Headers.Location);
        }
        // Loopback names are allowed; the redirect is relative and the OpenAPI server is the portal's root.
        var login = await client.SendAsync(Get("/staff/audit", "127.0.0.1:5000"));
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.StartsWith("/staff/login?ReturnUrl=", login.Headers.Location!.OriginalString);
        Assert.Equal("/", await Servers(client, "localhost"));
    }

    [Fact]
    public async Task A_deployment_names_its_hosts_and_its_public_address()
    {
        using var store = TestDatabase.WithSamples(monitoring: false);
        await using var app = Portal.Build(new PortalSettings
        {
            Database = store.Location, AdminUser = "", AdminPassword = "",
            AllowedHosts = "plans.example.gov.cn", PublicUrl = "https://plans.example.gov.cn/",
        }, b => b.WebHost.UseTestServer());
        await app.StartAsync();
        var client = app.GetTestClient();
        Assert.Equal(HttpStatusCode.BadRequest, (await client.SendAsync(Get("/", "localhost"))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.SendAsync(Get("/", "evil.example"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Get("/", "plans.example.gov.cn"))).StatusCode);
        var login = await client.SendAsync(Get("/staff/audit", "plans.example.gov.cn"));
        Assert.StartsWith("https://plans.example.gov.cn/staff/login?ReturnUrl=%2Fstaff%2Faudit", login.Headers.Location!.OriginalString);
        Assert.Equal("https://plans.example.gov.cn", await Servers(client, "plans.example.gov.cn"));
        await app.StopAsync();
    }

    [Fact]
    public void A_public_address_that_is_not_an_http_url_is_refused_at_start()
    {
        var e = Assert.Throws<ArgumentException>(() => Portal.Build(new PortalSettings { Database = "unused.db", PublicUrl = "javascript:alert(1)" }, b => b.WebHost.UseTestServer()));
        Assert.Contains("LANTU_PUBLIC_URL", e.Message);
    }
}
