using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Lantu.Tests.Security;

/// <summary>
/// Issue 17, the suite: every API endpoint that writes (POST/PUT/PATCH/DELETE under /api, as the running portal's
/// endpoint data source lists them — a new one without a row here fails the suite) × every caller. Refused: 401 without
/// credentials, 403 for a role that may not, and the database exactly as before; allowed: a 2xx and the change stored.
/// </summary>
public sealed class ApiWriteSuiteTests(WriteSuite s) : IClassFixture<WriteSuite>
{
    private static readonly string[] WriteMethods = ["POST", "PUT", "PATCH", "DELETE"];

    /// <summary>One write endpoint: who may call it, and a valid request (built after any setup it needs, such as a
    /// submission to approve; the fingerprint is taken after it is built).</summary>
    private sealed record Row(Caller[] Allowed, Func<WriteSuite, Caller, Task<HttpRequestMessage>> Request);

    private static readonly Dictionary<string, Row> Rows = new()
    {
        ["POST /api/plans"] = new([Caller.Admin, Caller.Planner], (s, c) => Task.FromResult(Post("/api/plans", PlanUpload(s.Next())))),
        ["POST /api/submissions"] = new([Caller.Admin, Caller.Reporter], (s, c) => Task.FromResult(Post("/api/submissions",
            Json(new { planId = 1, targetKind = "task", targetKey = s.H.OwnTask, year = 2024, value = $"完成{s.Next()}%", note = "" })))),
        ["PUT /api/submissions/{id:long}"] = new([Caller.Admin, Caller.Reporter], async (s, c) =>
            new HttpRequestMessage(HttpMethod.Put, $"/api/submissions/{await Submission(s, submit: false)}")
                { Content = Json(new { value = $"改为{s.Next()}", note = "", submit = false }) }),
        ["POST /api/submissions/{id:long}/approve"] = new([Caller.Admin, Caller.Reviewer], async (s, c) =>
            Post($"/api/submissions/{await Submission(s, submit: true)}/approve", null)),
        ["POST /api/submissions/{id:long}/return"] = new([Caller.Admin, Caller.Reviewer], async (s, c) =>
            Post($"/api/submissions/{await Submission(s, submit: true)}/return", Json(new { reason = "来源不明" }))),
        ["POST /api/assignments"] = new([Caller.Admin, Caller.Planner], (s, c) => Task.FromResult(Post("/api/assignments",
            Json(new { planId = 1, targetKind = "task", targetKey = s.H.OtherTask, lead = StaffHost.Edu, cooperating = new[] { $"协作单位{s.Next()}" } })))),
        ["POST /api/revisions"] = new([Caller.Admin, Caller.Planner], (s, c) => Task.FromResult(Post("/api/revisions",
            Json(new { planId = 1, targetKind = "indicator", targetKey = $"{s.IndicatorKey}#{s.Next()}", target = "≥ 60", validFrom = "2024-01-01",
                decision = "市人大常委会决定", originalTarget = "≥ 58" })))),
    };

    public static TheoryData<string> Endpoints => new(Rows.Keys);

    /// <summary>The write endpoints under /api of the running portal (Razor pages excluded: the page suite has them).</summary>
    private IReadOnlyList<string> Listed() =>
        s.H.Host.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is null && e.RoutePattern.RawText is { } p && p.StartsWith("/api", StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? WriteMethods)
                .Where(m => WriteMethods.Contains(m)).Select(m => $"{m} {e.RoutePattern.RawText}"))
            .Distinct().Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void Every_write_endpoint_of_the_api_has_a_row()
    {
        var listed = Listed();
        Assert.Equal(7, listed.Count); // the portal's seven write endpoints today; a new one needs a row below too
        Assert.Equal(listed, Rows.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Each_caller_is_refused_with_nothing_changed_or_allowed_and_it_works(string endpoint)
    {
        var row = Rows[endpoint];
        var failures = new List<string>();
        // The refused callers first, so the allowed ones' changes cannot hide a refused one's.
        foreach (var caller in Caller.All.OrderBy(c => row.Allowed.Contains(c)))
        {
            var allowed = row.Allowed.Contains(caller);
            var request = await row.Request(s, caller);
            var failure = await s.Try(endpoint, caller, allowed, () => s.Api(caller).SendAsync(request),
                r => r.StatusCode == (caller.User is null ? HttpStatusCode.Unauthorized : HttpStatusCode.Forbidden),
                r => r.IsSuccessStatusCode);
            if (failure is not null) failures.Add(failure);
        }
        WriteSuite.NoFailures(failures);
    }

    private static HttpRequestMessage Post(string url, HttpContent? content) => new(HttpMethod.Post, url) { Content = content };

    private static StringContent Json(object body) =>
        new(System.Text.Json.JsonSerializer.Serialize(body, new System.Text.Json.JsonSerializerOptions { PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.SnakeCaseLower }),
            Encoding.UTF8, "application/json");

    /// <summary>A plan text the database does not hold yet (sample 003 with a line of its own).</summary>
    public static MultipartFormDataContent PlanUpload(int n) =>
        new() { { new ByteArrayContent(Encoding.UTF8.GetBytes(File.ReadAllText(Samples.Path003) + $"\n附{n}：本规划由测试第 {n} 次上传。\n")), "file", $"plan-{n}.txt" } };

    /// <summary>A new submission of the reporter's department (a draft, or submitted for review); its id.</summary>
    public static async Task<long> Submission(WriteSuite s, bool submit)
    {
        var r = await StaffHost.PostJson(s.Api(Caller.Reporter), "/api/submissions",
            new { planId = 1, targetKind = "task", targetKey = s.H.OwnTask, year = 2024, value = $"推进中{s.Next()}", note = "", submit });
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        return (await StaffHost.Json(r)).GetProperty("id").GetInt64();
    }
}
