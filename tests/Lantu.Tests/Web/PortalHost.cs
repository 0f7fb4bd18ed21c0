using Lantu.Storage;
using Lantu.Tests.Storage;
using Lantu.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Lantu.Tests.Web;

/// <summary>
/// A portal over its own database holding the five sample plans and the sample monitoring data (TestDatabase: a SQLite
/// file here, a PostgreSQL schema in Lantu.Tests.Postgres), in the test host or on real Kestrel.
/// </summary>
public sealed class PortalHost : IAsyncDisposable
{
    public const string AdminUser = "管理员", AdminPassword = "test-口令-123";

    private readonly TestStore _store;
    public WebApplication App { get; }
    public string BaseUrl { get; private set; } = "";

    /// <summary>The portal's database as --db takes it: a SQLite path or a PostgreSQL connection string.</summary>
    public string Location => _store.Location;

    /// <summary>The portal's database, opened anew (as another process would see it).</summary>
    public LantuDatabase OpenDatabase() => LantuDatabase.Open(Location);

    private PortalHost(bool kestrel, bool admin)
    {
        _store = TestDatabase.WithSamples(monitoring: true);
        var settings = new PortalSettings
        {
            Database = _store.Location,
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
        _store.Dispose();
    }
}
