using Lantu.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Lantu.Application;

/// <summary>
/// The composition root's wiring for code outside a host — tests, benchmark fixtures, one-off tools: the stores and
/// services of <see cref="LantuServices"/> over an open database, in one scope with one session (one connection,
/// closed on dispose).
/// <code>
/// using var lantu = LantuScope.Open(db);
/// var rows = lantu.Get&lt;ProgressService&gt;().Rows(planId, 2024);
/// </code>
/// </summary>
public sealed class LantuScope : IDisposable
{
    private readonly ServiceProvider _provider;
    private readonly IServiceScope _scope;

    private LantuScope(LantuDatabase database)
    {
        _provider = new ServiceCollection().AddLantuStorage(database).AddLantuServices()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        _scope = _provider.CreateScope();
    }

    public static LantuScope Open(LantuDatabase database) => new(database);

    /// <summary>The scope's store or service of type <typeparamref name="T"/> (one instance per scope).</summary>
    public T Get<T>() where T : notnull => _scope.ServiceProvider.GetRequiredService<T>();

    /// <summary>The scope's session (its one connection).</summary>
    public LantuSession Session => Get<LantuSession>();

    public void Dispose()
    {
        _scope.Dispose();
        _provider.Dispose();
    }
}
