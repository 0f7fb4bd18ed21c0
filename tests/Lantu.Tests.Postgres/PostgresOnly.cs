using Lantu.Tests.Storage;

namespace Lantu.Tests;

// In this project only, [Fact] and [Theory] written in any Lantu.Tests.* namespace mean these two: C# finds a type of
// an enclosing namespace before one imported by `using Xunit`. They skip, with the reason shown, when no PostgreSQL
// server is configured (xunit 2 has no skipping at run time; a skip decided here is a skip reported per test).

/// <summary>A fact that runs on the server named by LANTU_TEST_POSTGRES, or is skipped saying so.</summary>
public class FactAttribute : Xunit.FactAttribute
{
    public FactAttribute()
    {
        if (TestStore.PostgresServer is null) Skip = TestStore.SkipReason;
    }
}

/// <summary>A theory that runs on the server named by LANTU_TEST_POSTGRES, or is skipped saying so.</summary>
public class TheoryAttribute : Xunit.TheoryAttribute
{
    public TheoryAttribute()
    {
        if (TestStore.PostgresServer is null) Skip = TestStore.SkipReason;
    }
}

/// <summary>This project's databases really are PostgreSQL (a misconfigured build would quietly rerun SQLite).</summary>
public class TwinSuiteTests
{
    [Fact]
    public void Tests_here_get_postgresql_databases()
    {
        using var database = TestDatabase.Fresh();
        Assert.Equal(Lantu.Storage.Dialect.Postgres, database.Db.Dialect);
        using var samples = TestDatabase.WithSamples(monitoring: true);
        Assert.Equal(5, new Lantu.Storage.PlanReader(samples.Db).List().Count);
    }
}
