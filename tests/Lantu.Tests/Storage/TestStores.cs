using System.Reflection;
using System.Security.Cryptography;
using Lantu.Storage;
using Npgsql;
using Xunit.Sdk;

namespace Lantu.Tests.Storage;

/// <summary>
/// A fresh, empty Lantu database of either kind for one test: a SQLite file in a scratch directory, or a
/// PostgreSQL schema of its own (on the server named by LANTU_TEST_POSTGRES) dropped afterwards.
/// </summary>
public sealed class TestStore : IDisposable
{
    public const string Sqlite = "sqlite", Postgres = "postgres";
    public const string PostgresVariable = "LANTU_TEST_POSTGRES";

    /// <summary>The server for PostgreSQL tests, or null (then they are skipped, with this reason).</summary>
    public static string? PostgresServer => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } cs ? cs : null;

    public const string SkipReason = "PostgreSQL 测试已跳过：未设置 LANTU_TEST_POSTGRES (skipped: set LANTU_TEST_POSTGRES to a PostgreSQL " +
                                     "connection string, as .ci/run does, to run the tests on PostgreSQL too)";

    private readonly Samples.TempDir? _dir;

    public string Kind { get; }

    /// <summary>The PostgreSQL schema of this database (null on SQLite).</summary>
    public string? Schema { get; }

    /// <summary>What a user would pass as --db: a file path or a PostgreSQL connection string.</summary>
    public string Location { get; }

    private LantuDatabase? _db;
    public LantuDatabase Db => _db ??= LantuDatabase.Open(Location);

    private TestStore(string kind, string location, Samples.TempDir? dir, string? schema)
    {
        Kind = kind; Location = location; _dir = dir; Schema = schema;
    }

    /// <summary>A new database of the kind; on PostgreSQL in a schema of the given name (default: a random one).</summary>
    public static TestStore Create(string kind, string? schema = null)
    {
        if (kind == Sqlite)
        {
            var dir = new Samples.TempDir();
            return new TestStore(kind, dir.File("lantu.db"), dir, null);
        }
        var server = PostgresServer ?? throw new InvalidOperationException(SkipReason);
        schema ??= "lantu_test_" + Guid.NewGuid().ToString("N")[..16];
        using (var c = new NpgsqlConnection(server))
        {
            c.Open();
            using var cmd = new NpgsqlCommand($"CREATE SCHEMA {schema}", c);
            cmd.ExecuteNonQuery();
        }
        var location = new NpgsqlConnectionStringBuilder(server) { SearchPath = schema }.ConnectionString;
        return new TestStore(kind, location, null, schema);
    }

    /// <summary>
    /// Changes whenever the stored data changes: on SQLite the file's bytes (after a checkpoint), on PostgreSQL the
    /// row counts and content checksums of every table (DatabaseCopier's, independent of row order).
    /// </summary>
    public string Fingerprint()
    {
        if (Kind == Postgres)
            return string.Join("\n", DatabaseCopier.Checksums(Db).Select(c => $"{c.Table} {c.Rows} {c.Checksum}"));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        using (var c = Db.Connect()) { using var cmd = c.CreateCommand(); cmd.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)"; cmd.ExecuteNonQuery(); }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(Location)));
    }

    public void Dispose()
    {
        if (_dir is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            _dir.Dispose();
            return;
        }
        using (var mine = new NpgsqlConnection(Location)) NpgsqlConnection.ClearPool(mine);
        using var c = new NpgsqlConnection(PostgresServer);
        c.Open();
        using var cmd = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {Schema} CASCADE", c);
        cmd.ExecuteNonQuery();
    }
}

/// <summary>Runs a theory on SQLite (the test's first argument is "sqlite", then any given here).</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class SqliteStoreAttribute(params object[] more) : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[TestStore.Sqlite, .. more]];
}

/// <summary>Runs a theory on PostgreSQL (argument "postgres"); skipped, with the reason shown, when LANTU_TEST_POSTGRES is unset.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class PostgresStoreAttribute : DataAttribute
{
    private readonly object[] _more;

    public PostgresStoreAttribute(params object[] more)
    {
        _more = more;
        if (TestStore.PostgresServer is null) Skip = TestStore.SkipReason;
    }

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[TestStore.Postgres, .. _more]];
}

/// <summary>A fact that needs PostgreSQL; skipped, with the reason shown, when LANTU_TEST_POSTGRES is unset.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TestStore.PostgresServer is null) Skip = TestStore.SkipReason;
    }
}
