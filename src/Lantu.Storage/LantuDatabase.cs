using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Lantu.Storage;

/// <summary>
/// Where Lantu's data lives. An embedded SQLite file by default; the connection string chooses the store.
/// Opening a database brings its schema up to date.
/// </summary>
public sealed class LantuDatabase
{
    private readonly string _connectionString;

    static LantuDatabase() => Dapper.DefaultTypeMap.MatchNamesWithUnderscores = true;

    private LantuDatabase(string connectionString, Dialect dialect)
    {
        _connectionString = connectionString;
        Dialect = dialect;
    }

    public Dialect Dialect { get; }

    /// <summary>Default location: LANTU_DB, else lantu.db in the working directory.</summary>
    public static string DefaultLocation => Environment.GetEnvironmentVariable("LANTU_DB") is { Length: > 0 } env ? env : "lantu.db";

    /// <summary>A SQLite file path (or "Data Source=…").</summary>
    public static LantuDatabase Open(string location)
    {
        var cs = location.Contains('=') ? location : new SqliteConnectionStringBuilder
        {
            DataSource = location, ForeignKeys = true, Pooling = true,
        }.ToString();
        var db = new LantuDatabase(cs, Dialect.Sqlite);
        using var connection = db.Connect();
        Migrator.Apply(connection, db.Dialect);
        return db;
    }

    public DbConnection Connect()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA busy_timeout=5000;";
        pragma.ExecuteNonQuery();
        return connection;
    }
}
