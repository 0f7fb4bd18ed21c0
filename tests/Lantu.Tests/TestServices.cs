using Lantu.Application;
using Lantu.Storage;

namespace Lantu.Tests;

/// <summary>
/// A store or service wired as the composition root wires it (<see cref="LantuServices"/>), for a test's one-off call:
/// <c>TestServices.Get&lt;ProgressService&gt;(db).Rows(plan, 2024)</c>. Its session opens a connection per operation
/// (<see cref="LantuScope.PerOperation"/>), so nothing is left open. A test about sessions uses <see cref="LantuScope.Open(LantuDatabase)"/>.
/// </summary>
public static class TestServices
{
    public static T Get<T>(LantuDatabase db) where T : notnull => LantuScope.PerOperation(db).Get<T>();
}
