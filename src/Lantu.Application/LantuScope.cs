using Lantu.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Lantu.Application;

/// <summary>
/// The composition root's wiring for code outside a web host — a CLI run, tests, benchmark fixtures: the stores and
/// services of <see cref="LantuServices"/> in one scope with one session (one connection, opened on first use and
/// closed on dispose).
/// <code>
/// using var lantu = LantuScope.Open(db);
/// var rows = lantu.Get&lt;ProgressService&gt;().Rows(planId, 2024);
/// </code>
/// </summary>
public sealed class LantuScope : IServiceProvider, IDisposable
{
    private readonly ServiceProvider _provider;
    private readonly IServiceScope _scope;

    private LantuScope(IServiceCollection services)
    {
        _provider = services.AddLantuServices().BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        _scope = _provider.CreateScope();
    }

    /// <summary>Over an open database.</summary>
    public static LantuScope Open(LantuDatabase database) => new(new ServiceCollection().AddLantuStorage(database));

    /// <summary>Over an open database with a <see cref="LantuSession.PerOperation"/> session: a connection per call,
    /// none held, so a one-off call (a test's assertion) may leave the scope to the garbage collector.</summary>
    public static LantuScope PerOperation(LantuDatabase database) =>
        new(new ServiceCollection().AddLantuStorage(database).AddScoped(_ => LantuSession.PerOperation(database)));

    /// <summary>Over the database at <paramref name="location"/>, opened (and migrated) when first needed.</summary>
    public static LantuScope Open(string location) => new(new ServiceCollection().AddLantuStorage(location));

    /// <summary>The scope's store or service of type <typeparamref name="T"/> (one instance per scope); a type not
    /// registered here (a report builder, say) is created from the registered ones.</summary>
    public T Get<T>() where T : notnull => ActivatorUtilities.GetServiceOrCreateInstance<T>(_scope.ServiceProvider);

    /// <summary>The scope's session (its one connection).</summary>
    public LantuSession Session => Get<LantuSession>();

    public object? GetService(Type serviceType) => _scope.ServiceProvider.GetService(serviceType);

    public void Dispose()
    {
        _scope.Dispose();
        _provider.Dispose();
    }
}
