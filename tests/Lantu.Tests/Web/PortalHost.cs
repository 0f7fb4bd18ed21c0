using Lantu.Storage;
using Lantu.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Lantu.Tests.Web;

/// <summary>A portal over its own copy of a database with the five sample plans, in the test host or on real Kestrel.</summary>
public sealed class PortalHost : IAsyncDisposable
{
    public const string AdminUser = "管理员", AdminPassword = "test-口令-123";

    private static readonly Lazy<string> Template = new(() =>
    {
        var dir = Directory.CreateTempSubdirectory("lantu-web-template-").FullName;
        var path = Path.Combine(dir, "samples.db");
        var db = LantuDatabase.Open(path);
        Portal.IngestSamplesIfEmpty(db);
        using (var c = db.Connect()) { using var cmd = c.CreateCommand(); cmd.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)"; cmd.ExecuteNonQuery(); }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return path;
    });

    private readonly Samples.TempDir _dir = new();
    public WebApplication App { get; }
    public string DbPath { get; }
    public string BaseUrl { get; private set; } = "";

    private PortalHost(bool kestrel, bool admin)
    {
        DbPath = _dir.File("lantu.db");
        File.Copy(Template.Value, DbPath);
        var settings = new PortalSettings
        {
            Database = DbPath,
            Urls = kestrel ? "http://127.0.0.1:0" : null,
            AdminUser = admin ? AdminUser : "",
            AdminPassword = admin ? AdminPassword : "",
        };
        App = Portal.Build(settings, b => { if (!kestrel) b.WebHost.UseTestServer(); });
    }

    /// <summary>The ASP.NET Core test server (in memory).</summary>
    public static async Task<PortalHost> InMemory(bool admin = true)
    {
        var host = new PortalHost(false, admin);
        await host.App.StartAsync();
        return host;
    }

    /// <summary>Real Kestrel on 127.0.0.1 with a free port.</summary>
    public static async Task<PortalHost> Kestrel()
    {
        var host = new PortalHost(true, true);
        await host.App.StartAsync();
        host.BaseUrl = host.App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single().TrimEnd('/');
        return host;
    }

    public HttpClient Client() => App.GetTestClient();

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }
}
