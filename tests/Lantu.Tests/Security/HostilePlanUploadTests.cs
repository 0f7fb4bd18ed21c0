using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Lantu.Tests.Reading;
using Lantu.Tests.Storage;
using Lantu.Tests.Web;
using Lantu.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;

namespace Lantu.Tests.Security;

/// <summary>Issue 17 item 7, plan uploads (POST /api/plans, /staff/upload): hostile documents get a clear 4xx
/// (problem+json on the API, a message on the page), nothing is stored, and the portal keeps answering.</summary>
public sealed class HostilePlanUploadTests : IAsyncLifetime
{
    private StaffHost _h = null!;
    public async Task InitializeAsync() => _h = await StaffHost.Start();
    public async Task DisposeAsync() => await _h.DisposeAsync();

    private static MultipartFormDataContent File(byte[] bytes, string name)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return new MultipartFormDataContent { { file, "file", name } };
    }

    public static TheoryData<string, string> Files => new()
    {
        { "nested-tables.docx", "嵌套层级超过" },
        { "nested-sdt.docx", "嵌套层级超过" },
        { "bomb.docx", "疑似压缩炸弹" },
        { "pages.pdf", "页的上限" },
        { "lines.txt", "行的上限" },
    };

    private static byte[] Make(string name) => name switch
    {
        "nested-tables.docx" => HostileFiles.NestedDocx(100_000),
        "nested-sdt.docx" => HostileFiles.NestedDocx(100_000, contentControls: true),
        "bomb.docx" => HostileFiles.DocxBomb(300L * 1024 * 1024),
        "pages.pdf" => HostileFiles.PdfWithPages(200_000),
        _ => HostileFiles.ManyLines(500_000),
    };

    [Theory]
    [MemberData(nameof(Files))]
    public async Task The_api_answers_problem_json_and_stores_nothing(string name, string message)
    {
        var plans = _h.Count("plans");
        var response = await _h.Api(StaffHost.Planner).PostAsync("/api/plans", File(Make(name), name));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{name}: {(int)response.StatusCode} {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(message, body);
        Assert.Equal(plans, _h.Count("plans"));
        Assert.Equal(HttpStatusCode.OK, (await _h.Host.Client().GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task The_staff_page_shows_the_message()
    {
        var admin = await _h.SignedIn(PortalHost.AdminUser);
        var form = File(HostileFiles.NestedDocx(100_000), "nested.docx");
        form.Add(new StringContent(await StaffHost.Token(admin, "/staff/upload")), "__RequestVerificationToken");
        var response = await admin.PostAsync("/staff/upload", form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("嵌套层级超过", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_read_past_the_deadline_is_stopped_with_a_422()
    {
        using var store = TestDatabase.WithSamples(monitoring: false);
        await using var app = Portal.Build(new PortalSettings
        {
            Database = store.Location, AdminUser = PortalHost.AdminUser, AdminPassword = PortalHost.AdminPassword,
            UploadDeadline = TimeSpan.FromMilliseconds(1),
        }, b => b.WebHost.UseTestServer());
        await app.StartAsync();
        var client = app.GetTestClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{PortalHost.AdminUser}:{PortalHost.AdminPassword}")));
        var text = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(1, 50_000).Select(i => $"第{i}条 推进重点任务落实，完成年度目标。\n")));
        var response = await client.PostAsync("/api/plans", File(text, "long.txt"));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, $"{(int)response.StatusCode} {body}");
        Assert.Contains("超过", body);
        await app.StopAsync();
    }
}
