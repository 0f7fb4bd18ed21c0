using System.Net;
using Dapper;
using Lantu.Tests.Web;

namespace Lantu.Tests.Security;

/// <summary>Who calls: nobody signed in, or one account of each of the five roles (StaffHost's accounts).</summary>
public sealed record Caller(string Name, string? User)
{
    public static readonly Caller Anonymous = new("匿名", null), Admin = new("管理员", PortalHost.AdminUser),
        Planner = new("规划人员", StaffHost.Planner), Reporter = new("部门填报员", StaffHost.Reporter),
        Reviewer = new("审核员", StaffHost.Reviewer), Viewer = new("查看者", StaffHost.Viewer);

    public static readonly Caller[] All = [Anonymous, Admin, Planner, Reporter, Reviewer, Viewer];

    public override string ToString() => Name;
}

/// <summary>
/// The portal of the write-path suites (one per test class): StaffHost's accounts and task assignments, plus the first
/// monitored indicator of plan 1 assigned to the reporter's department. <see cref="Try"/> sends one request as one caller
/// and checks it against the database's fingerprint: refused and nothing changed, or allowed and done.
/// </summary>
public sealed class WriteSuite : IAsyncLifetime
{
    public StaffHost H { get; private set; } = null!;
    /// <summary>The reporter's department's indicator: its number in the plan and its key.</summary>
    public int IndicatorNo { get; private set; }
    public string IndicatorKey { get; private set; } = "";
    private int _serial;
    private readonly Dictionary<string, HttpClient> _sessions = [];

    public async Task InitializeAsync()
    {
        H = await StaffHost.Start();
        using (var c = DatabaseFingerprint.Connect(H.Host.Location))
            (IndicatorNo, IndicatorKey) = c.QueryFirst<(int, string)>("""
                SELECT i.seq, i.indicator_key FROM indicators i JOIN plans p ON p.current_version_id = i.version_id
                WHERE p.id = 1 AND i.table_kind = 'target' AND i.source = 'table' ORDER BY i.seq LIMIT 1
                """);
        var admin = await Session(Caller.Admin);
        var assign = await admin.PostAsync("/staff/assign/indicators", StaffHost.Form(await StaffHost.Token(admin, "/staff"),
            ("plan", "1"), ("indicator", IndicatorNo.ToString()), ("lead", StaffHost.Ndrc)));
        Assert.Equal(HttpStatusCode.OK, assign.StatusCode);
    }

    public async Task DisposeAsync() => await H.DisposeAsync();

    /// <summary>A number not used before in this suite (for names and values that must differ between requests).</summary>
    public int Next() => Interlocked.Increment(ref _serial);

    /// <summary>The caller's signed-in browser (kept for the suite); anonymous: a browser with no session.</summary>
    public async Task<HttpClient> Session(Caller caller)
    {
        var key = caller.User ?? "";
        // A session ends when its account logs out anywhere (the logout row does): then it signs in again.
        if (!_sessions.TryGetValue(key, out var client) || (caller.User is not null && (await client.GetAsync("/staff")).StatusCode != HttpStatusCode.OK))
            _sessions[key] = client = caller.User is null ? H.Browser() : await H.SignedIn(caller.User);
        return client;
    }

    /// <summary>The caller's API client (HTTP Basic); anonymous: no credentials.</summary>
    public HttpClient Api(Caller caller) => caller.User is null ? H.Host.Client() : H.Api(caller.User);

    public DatabaseFingerprint Fingerprint() => DatabaseFingerprint.Of(H.Host.Location);

    /// <summary>
    /// Sends one request and says what was wrong with the outcome (null: as it should be). Refused: the status is one
    /// <paramref name="refusal"/> accepts and the database is exactly as before. Allowed: <paramref name="works"/>
    /// accepts the response and the database changed (unless <paramref name="writes"/> is false: then it must not).
    /// </summary>
    public async Task<string?> Try(string path, Caller caller, bool allowed, Func<Task<HttpResponseMessage>> send,
        Func<HttpResponseMessage, bool> refusal, Func<HttpResponseMessage, bool> works, bool writes = true)
    {
        var before = Fingerprint();
        using var response = await send();
        var changes = Fingerprint().ChangesSince(before);
        var status = $"{(int)response.StatusCode}{(response.Headers.Location is { } l ? " → " + l : "")}";
        if (!allowed)
        {
            if (!refusal(response)) return $"{path} as {caller}: {status}, expected a refusal";
            return changes.Length == 0 ? null : $"{path} as {caller}: refused with {status} but changed {changes}";
        }
        if (!works(response))
            return $"{path} as {caller}: {status}, expected it to work: {Excerpt(await response.Content.ReadAsStringAsync())}";
        if (writes && changes.Length == 0) return $"{path} as {caller}: {status} but nothing was stored";
        if (!writes && changes.Length > 0) return $"{path} as {caller}: {status} and changed {changes}";
        return null;
    }

    /// <summary>Fails with every collected failure in full, one a line.</summary>
    public static void NoFailures(List<string> failures) => Assert.True(failures.Count == 0, string.Join("\n", failures));

    private static string Excerpt(string body)
    {
        // A page's alert and the messages in its tables and under its fields; a problem's detail.
        var text = System.Text.RegularExpressions.Regex.Matches(body, "role=\"alert\">(.{0,400}?)</div>|<td>([^<]{1,200})</td>|class=\"field-error\"[^>]*>([^<]{1,200})|\"detail\":\\s*\"([^\"]{1,300})")
            .Select(m => System.Text.RegularExpressions.Regex.Replace(m.Value, "<[^>]+>", " ")).Take(8);
        var found = string.Join(" | ", text);
        return found.Length > 0 ? found : body[..Math.Min(300, body.Length)];
    }
}
