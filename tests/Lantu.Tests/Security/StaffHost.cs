using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dapper;
using Lantu.Storage;
using Lantu.Storage.Accounts;
using Lantu.Storage.Tasks;
using Lantu.Tests.Web;
using Lantu.Web.Auth;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Lantu.Tests.Security;

/// <summary>The portal in the test host with one account per role and two tasks of plan 1 assigned to two departments.</summary>
public sealed class StaffHost : IAsyncDisposable
{
    public const string Password = "Pass-word-2025!";
    public const string Ndrc = "市发展改革委", Edu = "市教育局";
    public const string Planner = "规划员", Reporter = "发改委填报员", OtherReporter = "教育局填报员", Reviewer = "审核员甲", Viewer = "查看员";
    public const long Plan = 1;

    public PortalHost Host { get; }
    public LantuDatabase Db { get; }
    /// <summary>Task led by 市发展改革委 (Reporter's department) and task led by 市教育局.</summary>
    public string OwnTask { get; }
    public string OtherTask { get; }

    private StaffHost(PortalHost host)
    {
        Host = host;
        Db = host.App.Services.GetRequiredService<LantuDatabase>();
        var accounts = new AccountStore(Db);
        var admin = new Actor("setup", Roles.Admin, null, "test");
        var hash = Passwords.Hash(Password);
        accounts.Create(admin, Planner, "", Roles.Planner, null, hash);
        accounts.Create(admin, Reporter, "", Roles.Reporter, Ndrc, hash);
        accounts.Create(admin, OtherReporter, "", Roles.Reporter, Edu, hash);
        accounts.Create(admin, Reviewer, "", Roles.Reviewer, null, hash);
        accounts.Create(admin, Viewer, "", Roles.Viewer, null, hash);
        var tasks = new TaskStore(Db).List(Plan);
        OwnTask = tasks[0].Key;
        OtherTask = tasks[1].Key;
        new Assignments(Db).Assign(admin, Plan, TargetKinds.Task, OwnTask, Ndrc, []);
        new Assignments(Db).Assign(admin, Plan, TargetKinds.Task, OtherTask, Edu, [Ndrc + "以外的单位"]);
    }

    public static async Task<StaffHost> Start() => new(await PortalHost.InMemory());

    public static string PasswordOf(string user) => user == PortalHost.AdminUser ? PortalHost.AdminPassword : Password;

    public static readonly string[] AllUsers = [PortalHost.AdminUser, Planner, Reporter, Reviewer, Viewer];

    /// <summary>A client that keeps cookies (the test server's own client does not).</summary>
    public HttpClient Browser() => new(new CookieJar { InnerHandler = Host.App.GetTestServer().CreateHandler() }) { BaseAddress = new Uri("http://localhost/") };

    /// <summary>A browser-like client signed in through the login form (token and all).</summary>
    public async Task<HttpClient> SignedIn(string user)
    {
        var client = Browser();
        var token = await Token(client, "/staff/login");
        var response = await client.PostAsync("/staff/login", Form(token, ("user", user), ("password", PasswordOf(user))));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"login of {user}: {response.StatusCode}");
        return client;
    }

    public static async Task<string> Token(HttpClient client, string page)
    {
        var html = await client.GetStringAsync(page);
        return Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
    }

    public static FormUrlEncodedContent Form(string? token, params (string Key, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value))
            .Concat(token is null ? [] : [new KeyValuePair<string, string>("__RequestVerificationToken", token)]));

    /// <summary>An API client with HTTP Basic credentials.</summary>
    public HttpClient Api(string user, string? password = null)
    {
        var c = Host.Client();
        c.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password ?? PasswordOf(user)}")));
        return c;
    }

    /// <summary>The API's JSON uses snake_case names, as `lantu … --json` does.</summary>
    private static readonly JsonSerializerOptions Snake = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static Task<HttpResponseMessage> PostJson(HttpClient c, string url, object body) => c.PostAsJsonAsync(url, body, Snake);
    public static Task<HttpResponseMessage> PutJson(HttpClient c, string url, object body) => c.PutAsJsonAsync(url, body, Snake);

    public static async Task<JsonElement> Json(HttpResponseMessage r) => JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;

    public long Count(string table, string where = "1 = 1")
    {
        using var c = Db.Connect();
        return c.ExecuteScalar<long>($"SELECT COUNT(*) FROM {table} WHERE {where}");
    }

    public ValueTask DisposeAsync() => Host.DisposeAsync();

    private sealed class CookieJar : DelegatingHandler
    {
        private readonly CookieContainer _jar = new();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var header = _jar.GetCookieHeader(request.RequestUri!);
            if (header.Length > 0) request.Headers.Add("Cookie", header);
            var response = await base.SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("Set-Cookie", out var cookies))
                foreach (var c in cookies) _jar.SetCookies(request.RequestUri!, c);
            return response;
        }
    }
}
