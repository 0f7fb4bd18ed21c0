using System.Net;
using Lantu.Tests.Security;

namespace Lantu.Tests.Web;

/// <summary>Issue 17 item 5: out-of-range numeric query parameters are 400s (problem+json on the API, the 400 page for
/// people), never 500s, on every route that takes them.</summary>
public sealed class QueryRangeTests : IAsyncLifetime
{
    private StaffHost _h = null!;
    public async Task InitializeAsync() => _h = await StaffHost.Start();
    public async Task DisposeAsync() => await _h.DisposeAsync();

    private static readonly string[] Bad = ["0", "-1", "10000", "2147483647", "99999999999", "abc"];

    private static readonly string[] ApiRoutes =
    [
        "/api/plans/1/progress?year=", "/api/approved?year=", "/api/approved?plan=1&year=", "/api/submissions?year=", "/api/due?plan=1&year=",
        "/api/search?q=发展&limit=", "/api/audit?limit=",
    ];

    private static readonly string[] PageRoutes =
    [
        "/plans/1/indicators?year=", "/plans/1/indicators/1?year=", "/plans/3/indicators/1?year=", "/plans/1/dashboard?year=", "/search?q=发展&limit=", "/?p=",
        "/staff/reports?year=", "/staff/observe?plan=3&year=", "/staff/report?plan=1&year=",
    ];

    [Fact]
    public async Task Every_api_route_answers_problem_json_400()
    {
        var api = _h.Api(PortalHost.AdminUser);
        foreach (var route in ApiRoutes)
            foreach (var value in Bad.Where(v => !route.Contains("limit") || v != "10000"))
            {
                var response = await api.GetAsync(route + Uri.EscapeDataString(value));
                var body = await response.Content.ReadAsStringAsync();
                Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{route}{value}: {(int)response.StatusCode} {body[..Math.Min(200, body.Length)]}");
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                Assert.Contains("查询参数无效", body);
            }
        // In range still works.
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/plans/1/progress?year=2024")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/approved?year=2024")).StatusCode);
    }

    [Fact]
    public async Task Every_page_answers_the_400_page()
    {
        var staff = await _h.SignedIn(PortalHost.AdminUser);
        foreach (var route in PageRoutes)
            foreach (var value in Bad)
            {
                if ((route.Contains("limit=") || route.EndsWith("p=")) && value == "10000") continue; // in range there
                var response = await staff.GetAsync(route + Uri.EscapeDataString(value));
                var body = await response.Content.ReadAsStringAsync();
                Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{route}{value}: {(int)response.StatusCode}");
                Assert.Contains("请求未能完成（400）", body);
                Assert.Contains("应为", body);
            }
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("/plans/3/indicators/1?year=2024")).StatusCode);
    }
}
