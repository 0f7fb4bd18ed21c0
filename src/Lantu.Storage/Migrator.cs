using System.Data.Common;
using System.Reflection;
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

    public static void Apply(DbConnection connection, Dialect dialect)
    {
        connection.Execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
        var applied = connection.Query<int>("SELECT version FROM schema_migrations").ToHashSet();
        foreach (var m in All.Where(m => !applied.Contains(m.Version) && (m.Only is null || m.Only == dialect)))
        {
            using var tx = connection.BeginTransaction();
            connection.Execute(DialectSql.Expand(m.Sql, dialect), transaction: tx);
            connection.Execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES (@Version, @Name, @At)",
                new { m.Version, m.Name, At = DateTime.UtcNow.ToString("O") }, tx);
            tx.Commit();
        }
    }

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
