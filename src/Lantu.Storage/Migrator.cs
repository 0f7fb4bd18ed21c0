using System.Data.Common;
using Dapper;

namespace Lantu.Storage;

/// <summary>
/// Versioned schema migrations: embedded Migrations/NNN_name.sql files applied in order, each in its own
/// transaction, recorded in schema_migrations. The same files serve SQLite and PostgreSQL, except the few
/// named NNN_name.sqlite.sql or NNN_name.postgres.sql (full-text search differs between the two).
/// </summary>
public static class Migrator
{
    /// <summary>A migration; <see cref="Only"/> names the one dialect it is for (NNN_name.sqlite.sql), or is null for both.</summary>
    public sealed record Migration(int Version, string Name, string Sql, Dialect? Only = null);

    public static IReadOnlyList<Migration> All { get; } = Load();

    /// <summary>Applies what is missing. Safe when several processes open the same database at once: PostgreSQL
    /// serialises on an advisory lock, SQLite on its write lock (transactions begin IMMEDIATE), and each migration
    /// is re-checked inside its own transaction.</summary>
    public static void Apply(DbConnection connection, Dialect dialect)
    {
        if (dialect == Dialect.Postgres) connection.Execute("SELECT pg_advisory_lock(@key)", new { key = LockKey });
        try
        {
            connection.Execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
            var applied = connection.Query<int>("SELECT version FROM schema_migrations").ToHashSet();
            bool shrink = false;
            foreach (var m in All.Where(m => !applied.Contains(m.Version) && (m.Only is null || m.Only == dialect)))
            {
                using var tx = connection.BeginTransaction();
                if (connection.ExecuteScalar<int>("SELECT COUNT(*) FROM schema_migrations WHERE version = @Version", new { m.Version }, tx) > 0)
                    continue; // another process got there first
                connection.Execute(DialectSql.Expand(m.Sql, dialect), transaction: tx);
                connection.Execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES (@Version, @Name, @At)",
                    new { m.Version, m.Name, At = DateTime.UtcNow.ToString("O") }, tx);
                tx.Commit();
                shrink |= Shrinking.Contains(m.Version) && applied.Count > 0; // a new database has nothing to give back
            }
            if (shrink && dialect == Dialect.Sqlite) Compact(connection);
        }
        finally
        {
            if (dialect == Dialect.Postgres) connection.Execute("SELECT pg_advisory_unlock(@key)", new { key = LockKey });
        }
    }

    /// <summary>Migrations that free much of an existing database (017 dropped the text's third and fourth copies). A
    /// SQLite file keeps its freed pages until it is vacuumed; PostgreSQL reuses them (autovacuum).</summary>
    private static readonly HashSet<int> Shrinking = [17];

    /// <summary>Gives a SQLite file's free pages back to the file system, once, after a shrinking migration: VACUUM
    /// (outside any transaction; it rewrites the file) when pages were freed, then a checkpoint that writes the
    /// rewritten pages from the WAL into the file and truncates both.</summary>
    private static void Compact(DbConnection connection)
    {
        if (connection.ExecuteScalar<long>("PRAGMA freelist_count") == 0) return;
        connection.Execute("VACUUM");
        connection.Execute("PRAGMA wal_checkpoint(TRUNCATE)");
    }

    /// <summary>The advisory lock that serialises migrations on PostgreSQL ("lantu-mi" as a number).</summary>
    private const long LockKey = 0x6C616E74752D6D69;

    private static List<Migration> Load()
    {
        var asm = typeof(Migrator).Assembly;
        var list = new List<Migration>();
        foreach (var resource in asm.GetManifestResourceNames().Where(n => n.Contains(".Migrations.") && n.EndsWith(".sql")))
        {
            var file = resource[(resource.IndexOf(".Migrations.", StringComparison.Ordinal) + ".Migrations.".Length)..];
            var version = int.Parse(file[..file.IndexOf('_')]);
            using var stream = asm.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            var name = Path.GetFileNameWithoutExtension(file);
            Dialect? only = name.EndsWith(".sqlite") ? Dialect.Sqlite : name.EndsWith(".postgres") ? Dialect.Postgres : null;
            list.Add(new Migration(version, name, reader.ReadToEnd(), only));
        }
        return list.OrderBy(m => m.Version).ToList();
    }
}
