using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using Dapper;
using Lantu.Tests.Web;

namespace Lantu.Tests.Security;

/// <summary>
/// Issue 17: kill -9 of the portal (`lantu serve`, a process of its own) while it takes a plan upload (`POST /api/plans`,
/// a 9 MB text) leaves the database whole — `PRAGMA integrity_check` ok on SQLite — with all of the document (one more
/// version holding every source line) or none of it. One database; each run uploads a text of its own to a new portal.
/// </summary>
[Collection("lockout")]
public sealed class KillDuringUploadTests
{
    /// <summary>Sample 000 with its sections repeated (about 9 MB), marked <paramref name="run"/> on its first line.</summary>
    private static byte[] BigPlan(int run)
    {
        var sample = File.ReadAllText(Directory.GetFiles(Samples.PlansDir, "*.txt").Order().First());
        var text = new StringBuilder(sample.Insert(sample.IndexOf('\n'), $"（上传中断测试第{run}稿）"));
        for (var i = 0; i < 30; i++) text.Append('\n').Append(sample.Replace("纲要", $"纲要（附{i}）"));
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static (long Versions, long NewestLines) Counts(string db)
    {
        using var c = DatabaseFingerprint.Connect(db);
        if (!TestDatabase.OnPostgres) Assert.Equal("ok", c.ExecuteScalar<string>("PRAGMA integrity_check"));
        return (c.ExecuteScalar<long>("SELECT COUNT(*) FROM plan_versions"),
            c.ExecuteScalar<long>("SELECT COUNT(*) FROM source_lines WHERE version_id = (SELECT MAX(id) FROM plan_versions)"));
    }

    /// <summary>`lantu serve` on a free port of 127.0.0.1, answering; its process and address.</summary>
    private static async Task<(Process Server, Uri Address)> Serve(string db)
    {
        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0)) { probe.Start(); port = ((IPEndPoint)probe.LocalEndpoint).Port; }
        var address = new Uri($"http://127.0.0.1:{port}");
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "lantu.dll"), "serve", "--urls", address.ToString(), "--db", db }) psi.ArgumentList.Add(a);
        psi.Environment["LANTU_DB"] = "";
        psi.Environment["LANTU_ADMIN_USER"] = PortalHost.AdminUser;
        psi.Environment["LANTU_ADMIN_PASSWORD"] = PortalHost.AdminPassword;
        var server = Process.Start(psi)!;
        server.OutputDataReceived += (_, _) => { };
        server.ErrorDataReceived += (_, _) => { };
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        using var probeClient = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        for (var waited = 0; waited < 120; waited++)
        {
            try { if ((await probeClient.GetAsync(new Uri(address, "/api/plans"))).IsSuccessStatusCode) return (server, address); }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(500);
        }
        server.Kill();
        throw new TimeoutException("lantu serve did not answer within 60 s");
    }

    private static async Task<HttpStatusCode?> Upload(Uri address, byte[] plan, int run)
    {
        using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(3) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{PortalHost.AdminUser}:{PortalHost.AdminPassword}")));
        using var form = new MultipartFormDataContent { { new ByteArrayContent(plan), "file", $"big-{run}.txt" } };
        try { return (await client.PostAsync("/api/plans", form)).StatusCode; }
        catch (HttpRequestException) { return null; } // the server was killed
    }

    [Fact]
    public async Task Killing_the_portal_during_an_upload_leaves_all_or_nothing_of_the_document()
    {
        using var store = TestDatabase.WithSamples();
        var start = Counts(store.Location);
        var (server, address) = await Serve(store.Location);
        var clean = Stopwatch.StartNew();
        try { Assert.Equal(HttpStatusCode.Created, await Upload(address, BigPlan(0), 0)); }
        finally { server.Kill(); server.WaitForExit(); server.Dispose(); }
        clean.Stop();
        var (versions, lines) = Counts(store.Location);
        Assert.Equal(start.Versions + 1, versions);

        var outcomes = new List<string>();
        var run = 0;
        // Kills spread over the time a clean upload took (0.1 to 1.2 of it): while it is sent, parsed, written, done.
        foreach (var share in new[] { 0.1, 0.3, 0.5, 0.7, 0.9, 1.2 })
        {
            var delay = (int)(clean.ElapsedMilliseconds * share);
            var plan = BigPlan(++run);
            var before = Counts(store.Location);
            (server, address) = await Serve(store.Location);
            using (server)
            {
                var upload = Upload(address, plan, run);
                await Task.Delay(delay);
                if (!server.HasExited) Process.Start("kill", ["-9", server.Id.ToString(CultureInfo.InvariantCulture)])!.WaitForExit();
                await server.WaitForExitAsync();
                await upload;
            }
            var after = Counts(store.Location);
            var all = (before.Versions + 1, lines);
            Assert.True(after == before || after == all, $"killed after {delay} ms: {after}, expected {before} or {all}");
            outcomes.Add(after == before ? "nothing" : "all");
        }
        File.AppendAllText(Path.Combine(Samples.Output, "security-kill.txt"),
            $"{DateTime.UtcNow:u} kill -9 of lantu serve during POST /api/plans ({TestDatabase.Kind}, a clean upload took {clean.ElapsedMilliseconds} ms): {string.Join(", ", outcomes)}\n");
    }
}
