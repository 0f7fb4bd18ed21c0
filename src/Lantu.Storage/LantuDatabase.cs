using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Lantu.Storage;

/// <summary>
/// Where Lantu's data lives. An embedded SQLite file by default; the connection string chooses the store:
/// a <c>postgres://user:pass@host:port/db</c> URL or a keyword string with <c>Host=…</c> is PostgreSQL,
/// anything else is a SQLite path (or "Data Source=…"). Opening a database brings its schema up to date.
/// </summary>
public sealed class LantuDatabase
{
    private readonly string _connectionString;
    private long _connectionsOpened;

    static LantuDatabase() => Dapper.DefaultTypeMap.MatchNamesWithUnderscores = true;

    private LantuDatabase(string connectionString, Dialect dialect)
    {
        _connectionString = connectionString;
        Dialect = dialect;
    }

    public Dialect Dialect { get; }

    /// <summary>The provider connection string in use (passwords included; do not print).</summary>
    public string ConnectionString => _connectionString;

    /// <summary>Default location: LANTU_DB, else lantu.db in the working directory.</summary>
    public static string DefaultLocation => Environment.GetEnvironmentVariable("LANTU_DB") is { Length: > 0 } env ? env : "lantu.db";

    /// <summary>A SQLite file path (or "Data Source=…"), or a PostgreSQL URL / keyword connection string.</summary>
    public static LantuDatabase Open(string location)
    {
        var (dialect, cs) = ConnectionStrings.Resolve(location);
        var db = new LantuDatabase(cs, dialect);
        DbConnection connection;
        try { connection = db.Connect(); }
        catch (NpgsqlException e) when (e is not PostgresException)
        {
            throw new IOException($"无法连接 PostgreSQL 数据库 {ConnectionStrings.Describe(location)}（cannot connect）：{e.Message}", e);
        }
        using (connection) Migrator.Apply(connection, db.Dialect);
        return db;
    }

    /// <summary>How many connections this instance has opened (for diagnostics and the one-connection-per-request test).</summary>
    public long ConnectionsOpened => Interlocked.Read(ref _connectionsOpened);

    /// <summary>A session over this database: one connection, opened on first use (see <see cref="LantuSession"/>).</summary>
    public LantuSession OpenSession() => LantuSession.Open(this);

    /// <summary>A new open connection. Stores use a <see cref="LantuSession"/> instead; this is for tools that manage
    /// connections themselves (migration, copying, benchmarks).</summary>
    public DbConnection Connect()
    {
        Interlocked.Increment(ref _connectionsOpened);
        if (Dialect == Dialect.Postgres)
        {
            // Npgsql pools per connection string, so every LantuDatabase on the same server shares one pool.
            var pg = new NpgsqlConnection(_connectionString);
            pg.Open();
            return pg;
        }
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA busy_timeout=30000;";
        pragma.ExecuteNonQuery();
        return connection;
    }

    /// <summary>A human-readable name of this store without secrets (for messages and reports).</summary>
    public override string ToString() => Dialect == Dialect.Postgres
        ? ConnectionStrings.Describe(_connectionString)
        : new SqliteConnectionStringBuilder(_connectionString).DataSource;
}
