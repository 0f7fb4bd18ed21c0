using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Lantu.Application.Exchange;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Lantu.Tests.Security;

/// <summary>
/// Issue 17, the suite: every form handler of every Razor page that takes a POST (as the running portal's compiled
/// pages list them — a new handler without a row here fails the suite) × every caller, each with its session and a
/// valid antiforgery token. Refused: the login page for nobody signed in, 403 for a role that may not, and the database
/// exactly as before; allowed: the page (or its redirect, or its download) and the change stored.
/// </summary>
public sealed class PageWriteSuiteTests(WriteSuite s) : IClassFixture<WriteSuite>
{
    /// <summary>One form handler: who may post it, the form (built after any setup it needs; the fingerprint is taken
    /// after it is built), whether it stores anything, and whether it needs a session of its own (login, logout).</summary>
    private sealed record Row(Caller[] Allowed, Func<WriteSuite, Caller, string, Task<HttpContent>> Form, bool Writes = true, bool Fresh = false);

    private static readonly Caller[] SignedIn = [Caller.Admin, Caller.Planner, Caller.Reporter, Caller.Reviewer, Caller.Viewer];
    private static readonly Caller[] Planners = [Caller.Admin, Caller.Planner], Reporters = [Caller.Admin, Caller.Reporter], Reviewers = [Caller.Admin, Caller.Reviewer];
    private const string NewPassword = "Another-pass-2025!";

    private static readonly Dictionary<string, Row> Rows = new()
    {
        ["POST /staff/login"] = new(Caller.All, (s, c, t) => Fields(t, ("user", c.User ?? StaffHost.Viewer), ("password", StaffHost.PasswordOf(c.User ?? StaffHost.Viewer))),
            Writes: false, Fresh: true),
        ["POST /staff/logout"] = new(SignedIn, (s, c, t) => Fields(t), Fresh: true),
        ["POST /staff/accounts?handler=Add"] = new([Caller.Admin], (s, c, t) =>
            Fields(t, ("userName", $"测试账号{s.Next()}"), ("role", "viewer"), ("password", NewPassword))),
        ["POST /staff/accounts?handler=Role"] = new([Caller.Admin], async (s, c, t) =>
            await Fields(t, ("userName", await NewAccount(s)), ("role", "reporter"), ("department", StaffHost.Edu))),
        ["POST /staff/accounts?handler=Reset"] = new([Caller.Admin], async (s, c, t) =>
            await Fields(t, ("userName", await NewAccount(s)), ("password", NewPassword + "x"))),
        ["POST /staff/assign"] = new(Planners, (s, c, t) =>
            Fields(t, ("plan", "1"), ("key", s.H.OtherTask), ("lead", StaffHost.Edu), ("cooperating", $"协作单位{s.Next()}"))),
        ["POST /staff/assign/indicators"] = new(Planners, (s, c, t) =>
            Fields(t, ("plan", "1"), ("indicator", s.IndicatorNo.ToString()), ("lead", StaffHost.Ndrc), ("cooperating", $"协作单位{s.Next()}"))),
        ["POST /staff/bulletin?handler=Read"] = new(Planners, (s, c, t) => Task.FromResult<HttpContent>(Bulletin(t, s.Next())), Writes: false),
        ["POST /staff/bulletin?handler=Accept"] = new(Planners, async (s, c, t) =>
            await Fields(t, ("plan", "4"), ("document", await ReadBulletin(s)), ("fileName", "licheng.txt"), ("accept", "0"))),
        ["POST /staff/import"] = new(Reporters, async (s, c, t) => await FilledTemplate(s, t)),
        ["POST /staff/observe"] = new(Reporters, (s, c, t) =>
            Fields(t, ("plan", "1"), ("indicator", s.IndicatorNo.ToString()), ("year", "2024"), ("quarter", "0"), ("value", Value(s)), ("source", "统计公报"))),
        ["POST /staff/relations"] = new(Planners, (s, c, t) =>
        {
            var n = s.Next();
            return Fields(t, ("child", (2 + n % 4).ToString()), ("parent", "1"), ("decision", "reject"), ("reason", $"不相关（第{n}次）"));
        }),
        ["POST /staff/report"] = new(Reporters, (s, c, t) =>
            Fields(t, ("plan", "1"), ("year", "2024"), ("kind", "task"), ("key", s.H.OwnTask), ("value", $"推进中{s.Next()}"), ("action", "submit"))),
        ["POST /staff/reports"] = new(SignedIn, (s, c, t) => Fields(t, ("plan", "1"), ("year", "2023"), ("format", "html"), ("method", "schedule")), Writes: false),
        ["POST /staff/review?handler=Approve"] = new(Reviewers, async (s, c, t) =>
            await Fields(t, ("id", (await ApiWriteSuiteTests.Submission(s, submit: true)).ToString()))),
        ["POST /staff/review?handler=Return"] = new(Reviewers, async (s, c, t) =>
            await Fields(t, ("id", (await ApiWriteSuiteTests.Submission(s, submit: true)).ToString()), ("reason", "来源不明"))),
        ["POST /staff/upload"] = new(Planners, (s, c, t) => Task.FromResult<HttpContent>(Multipart(t,
            ("file", "plan.txt", Encoding.UTF8.GetBytes(File.ReadAllText(Samples.Path003) + $"\n附{s.Next()}：测试上传。\n"))))),
    };

    public static TheoryData<string> Handlers => new(Rows.Keys);

    /// <summary>The POST (PUT, DELETE, PATCH) handlers of every page of the running portal, as "POST /route?handler=Name".</summary>
    private async Task<IReadOnlyList<string>> Listed()
    {
        var services = s.H.Host.App.Services;
        var loader = services.GetRequiredService<PageLoader>();
        var keys = new List<string>();
        foreach (var page in services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items.OfType<PageActionDescriptor>())
        {
            var compiled = await loader.LoadAsync(page, EndpointMetadataCollection.Empty);
            keys.AddRange(compiled.HandlerMethods
                .Where(h => !HttpMethods.IsGet(h.HttpMethod) && !HttpMethods.IsHead(h.HttpMethod))
                .Select(h => $"{h.HttpMethod.ToUpperInvariant()} /{page.AttributeRouteInfo!.Template}{(h.Name is null ? "" : "?handler=" + h.Name)}"));
        }
        return keys.Distinct().Order(StringComparer.Ordinal).ToList();
    }

    [Fact]
    public async Task Every_form_handler_of_the_pages_has_a_row()
    {
        var listed = await Listed();
        Assert.Equal(17, listed.Count); // the portal's form handlers today; a new one needs a row below too
        Assert.Equal(listed, Rows.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Handlers))]
    public async Task Each_caller_is_refused_with_nothing_changed_or_allowed_and_it_works(string handler)
    {
        var row = Rows[handler];
        var url = handler["POST ".Length..];
        var failures = new List<string>();
        foreach (var caller in Caller.All.OrderBy(c => row.Allowed.Contains(c)))
        {
            var allowed = row.Allowed.Contains(caller);
            var client = !row.Fresh ? await s.Session(caller) : caller.User is null ? s.H.Browser() : await s.H.SignedIn(caller.User);
            var token = await StaffHost.Token(client, caller.User is null ? "/staff/login" : "/staff");
            var form = await row.Form(s, caller, token);
            var failure = await s.Try(handler, caller, allowed, () => client.PostAsync(url, form),
                r => caller.User is null
                    ? r.StatusCode == HttpStatusCode.Redirect && r.Headers.Location!.OriginalString.StartsWith("/staff/login", StringComparison.Ordinal)
                    : r.StatusCode == HttpStatusCode.Forbidden,
                r => r.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect, row.Writes);
            if (failure is not null) failures.Add(failure);
        }
        WriteSuite.NoFailures(failures);
    }

    private static Task<HttpContent> Fields(string token, params (string Key, string Value)[] fields) =>
        Task.FromResult<HttpContent>(StaffHost.Form(token, fields));

    private static MultipartFormDataContent Multipart(string token, params (string Field, string Name, byte[] Bytes)[] files)
    {
        var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (field, name, bytes) in files)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(file, field, name);
        }
        return form;
    }

    /// <summary>A 政府工作报告 of 鲤城区 (plan 4) with a figure of its own.</summary>
    private static MultipartFormDataContent Bulletin(string token, int n)
    {
        var form = Multipart(token, ("file", "licheng.txt", Encoding.UTF8.GetBytes(
            $"鲤城区2023年政府工作报告\n预计全年实现地区生产总值{500 + n}.69亿元、增长4.5%，一般公共预算总收入23.32亿元、增长1.6%。\n")));
        form.Add(new StringContent("4"), "plan");
        return form;
    }

    /// <summary>An administrator reads a new bulletin; the document it is kept under, for an accept.</summary>
    private static async Task<string> ReadBulletin(WriteSuite s)
    {
        var admin = await s.Session(Caller.Admin);
        var r = await admin.PostAsync("/staff/bulletin?handler=Read", Bulletin(await StaffHost.Token(admin, "/staff"), s.Next()));
        var document = Regex.Match(await r.Content.ReadAsStringAsync(), "name=\"document\" value=\"([0-9a-f]{64})\"").Groups[1].Value;
        Assert.NotEmpty(document);
        return document;
    }

    /// <summary>An administrator adds a viewer account; its name.</summary>
    private static async Task<string> NewAccount(WriteSuite s)
    {
        var admin = await s.Session(Caller.Admin);
        var name = $"目标账号{s.Next()}";
        var r = await admin.PostAsync("/staff/accounts?handler=Add", StaffHost.Form(await StaffHost.Token(admin, "/staff"),
            ("userName", name), ("role", "viewer"), ("password", NewPassword)));
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        return name;
    }

    /// <summary>A value of the department's indicator not recorded before (close to its 2023 value, 3.1).</summary>
    private static string Value(WriteSuite s) => (3 + s.Next() / 1000.0).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The plan's template (as an administrator downloads it) with only the department's indicator, its 2024
    /// value changed.</summary>
    private static async Task<HttpContent> FilledTemplate(WriteSuite s, string token)
    {
        var admin = await s.Session(Caller.Admin);
        var rows = TemplateFile.Read(await admin.GetByteArrayAsync("/staff/import?handler=template&plan=1&format=csv"), "t.csv");
        var header = rows[0];
        var row = rows.Single(r => r[0] == s.IndicatorNo.ToString());
        row[Array.IndexOf(header, "2024")] = Value(s);
        using var csv = new MemoryStream();
        TemplateFile.WriteCsv([header, row], csv);
        var form = Multipart(token, ("file", "filled.csv", csv.ToArray()));
        form.Add(new StringContent("1"), "plan");
        return form;
    }
}
