using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Dapper;

namespace Lantu.Storage;

/// <summary>One table compared between two stores: row counts and content checksums.</summary>
public sealed record TableComparison(string Table, long SourceRows, long TargetRows, string SourceChecksum, string TargetChecksum)
{
    public bool Match => SourceRows == TargetRows && SourceChecksum == TargetChecksum;
}

/// <summary>A table's row count and a checksum of its content that does not depend on the store.</summary>
public sealed record TableChecksum(string Table, long Rows, string Checksum);

/// <summary>
/// Copies every table of one Lantu database into another empty one (SQLite ⇄ PostgreSQL, either way) and verifies
/// the copy. Tables and columns come from the target's catalog (so migrations added later are copied too), in
/// foreign-key order, all in one target transaction: a failed copy leaves the target as it was.
/// The checksum of a table is independent of the store, row order and physical column order: every row is
/// serialised canonically (columns by name, integers as numbers whatever their width, text as UTF-8), hashed with
/// SHA-256, and the first 128 bits of the row hashes are summed.
/// </summary>
public static class DatabaseCopier
{
    /// <summary>Lantu's own bookkeeping, not data: each database records its own migrations and its own search
    /// change log (the copy starts a new one, so every search index rebuilds).</summary>
    private static readonly HashSet<string> Excluded = new(StringComparer.OrdinalIgnoreCase) { "schema_migrations", "search_changes" };

    public static IReadOnlyList<TableComparison> Copy(LantuDatabase source, LantuDatabase target, Action<string, long>? progress = null)
    {
        using var from = source.Connect();
        using var to = target.Connect();
        var tables = Tables(to, target.Dialect);
        var sourceTables = Tables(from, source.Dialect).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var missing = tables.Where(t => !sourceTables.Contains(t)).ToList();
        if (missing.Count > 0)
            throw new InvalidOperationException($"源数据库缺少数据表 (source lacks tables): {string.Join(", ", missing)}");
        foreach (var t in tables)
            if (to.ExecuteScalar<long>($"SELECT COUNT(*) FROM {Quote(t)}") > 0)
                throw new InvalidOperationException($"目标数据库不是空的：表 {t} 已有数据 (target is not empty)");

        using (var tx = to.BeginTransaction())
        {
            foreach (var table in tables)
            {
                var columns = Columns(to, target.Dialect, table);
                var sourceColumns = Columns(from, source.Dialect, table).ToHashSet(StringComparer.OrdinalIgnoreCase);
                var lacking = columns.Where(c => !sourceColumns.Contains(c)).ToList();
                if (lacking.Count > 0)
                    throw new InvalidOperationException($"源数据库的表 {table} 缺少列 (source lacks columns): {string.Join(", ", lacking)}");
                long copied = CopyTable(from, to, tx, table, columns);
                progress?.Invoke(table, copied);
            }
            if (target.Dialect == Dialect.Postgres) ResetIdentities(to, tx);
            Search.SearchIndex.Rebuild(to, tx); // the search index is derived, rebuilt rather than copied
            tx.Commit();
        }
        return Compare(source, target);
    }

    /// <summary>Row counts and checksums of both stores, table by table (tables of either side).</summary>
    public static IReadOnlyList<TableComparison> Compare(LantuDatabase source, LantuDatabase target)
    {
        var a = Checksums(source).ToDictionary(c => c.Table, StringComparer.OrdinalIgnoreCase);
        var b = Checksums(target).ToDictionary(c => c.Table, StringComparer.OrdinalIgnoreCase);
        return a.Keys.Union(b.Keys, StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal)
            .Select(t => new TableComparison(t, a.GetValueOrDefault(t)?.Rows ?? -1, b.GetValueOrDefault(t)?.Rows ?? -1,
                a.GetValueOrDefault(t)?.Checksum ?? "—", b.GetValueOrDefault(t)?.Checksum ?? "—"))
            .ToList();
    }

    public static IReadOnlyList<TableChecksum> Checksums(LantuDatabase db)
    {
        using var c = db.Connect();
        return Tables(c, db.Dialect).Select(t => Checksum(c, db.Dialect, t)).ToList();
    }

    private static TableChecksum Checksum(DbConnection c, Dialect dialect, string table)
    {
        var columns = Columns(c, dialect, table).Order(StringComparer.Ordinal).ToList();
        using var cmd = c.CreateCommand();
        cmd.CommandText = $"SELECT {string.Join(", ", columns.Select(Quote))} FROM {Quote(table)}";
        using var reader = cmd.ExecuteReader();
        UInt128 sum = 0;
        long rows = 0;
        var buffer = new StringBuilder();
        while (reader.Read())
        {
            buffer.Clear();
            for (int i = 0; i < columns.Count; i++)
            {
                var value = Canonical(reader.GetValue(i));
                buffer.Append(columns[i]).Append('=').Append(value.Length).Append(':').Append(value).Append(';');
            }
            var hash = SHA256.HashData(Encoding.UTF8.GetBytes(buffer.ToString()));
            sum += new UInt128(BitConverter.ToUInt64(hash, 0), BitConverter.ToUInt64(hash, 8));
            rows++;
        }
        return new TableChecksum(table, rows, sum.ToString("x32"));
    }

    /// <summary>The same logical value gives the same text whichever store returned it.</summary>
    private static string Canonical(object value) => value switch
    {
        DBNull or null => "N",
        bool b => b ? "I1" : "I0",
        byte or sbyte or short or ushort or int or uint or long => "I" + Convert.ToInt64(value).ToString(CultureInfo.InvariantCulture),
        ulong u => "I" + u.ToString(CultureInfo.InvariantCulture),
        float or double => "F" + Convert.ToDouble(value).ToString("R", CultureInfo.InvariantCulture),
        decimal d => d == decimal.Truncate(d) && Math.Abs(d) < long.MaxValue
            ? "I" + ((long)d).ToString(CultureInfo.InvariantCulture)
            : "F" + ((double)d).ToString("R", CultureInfo.InvariantCulture),
        string s => "S" + s,
        byte[] bytes => "B" + Convert.ToHexString(bytes),
        DateTime t => "T" + t.ToString("O", CultureInfo.InvariantCulture),
        _ => "S" + Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    private static long CopyTable(DbConnection from, DbConnection to, DbTransaction tx, string table, IReadOnlyList<string> columns)
    {
        int perStatement = Math.Max(1, 1000 / columns.Count);
        using var read = from.CreateCommand();
        read.CommandText = $"SELECT {string.Join(", ", columns.Select(Quote))} FROM {Quote(table)}";
        using var reader = read.ExecuteReader();
        var pending = new List<object[]>(perStatement);
        long total = 0;

        void Flush()
        {
            if (pending.Count == 0) return;
            using var insert = to.CreateCommand();
            insert.Transaction = tx;
            var sql = new StringBuilder($"INSERT INTO {Quote(table)} ({string.Join(", ", columns.Select(Quote))}) VALUES ");
            int p = 0;
            for (int r = 0; r < pending.Count; r++)
            {
                sql.Append(r == 0 ? "(" : ", (");
                for (int i = 0; i < columns.Count; i++, p++)
                {
                    sql.Append(i == 0 ? "" : ", ").Append("@p").Append(p);
                    var parameter = insert.CreateParameter();
                    parameter.ParameterName = "p" + p;
                    parameter.Value = pending[r][i];
                    insert.Parameters.Add(parameter);
                }
                sql.Append(')');
            }
            insert.CommandText = sql.ToString();
            insert.ExecuteNonQuery();
            total += pending.Count;
            pending.Clear();
        }

        while (reader.Read())
        {
            var row = new object[columns.Count];
            reader.GetValues(row);
            pending.Add(row);
            if (pending.Count == perStatement) Flush();
        }
        Flush();
        return total;
    }

    /// <summary>After explicit ids were inserted, identity columns continue after the largest one.</summary>
    private static void ResetIdentities(DbConnection c, DbTransaction tx)
    {
        var identities = c.Query<(string Table, string Column)>("""
            SELECT table_name, column_name FROM information_schema.columns
            WHERE table_schema = current_schema() AND is_identity = 'YES'
            """, transaction: tx).ToList();
        foreach (var (table, column) in identities)
            c.Execute($"SELECT setval(pg_get_serial_sequence(@name, @column), COALESCE(MAX({Quote(column)}), 0) + 1, false) FROM {Quote(table)}",
                new { name = Quote(table), column }, tx);
    }

    /// <summary>Data tables in foreign-key order (referenced tables first); bookkeeping and SQLite's full-text index
    /// (a virtual table and its shadow tables, derived from paragraphs) excluded.</summary>
    public static IReadOnlyList<string> Tables(DbConnection c, Dialect dialect)
    {
        var names = (dialect == Dialect.Postgres
                ? c.Query<string>("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'")
                : c.Query<string>("""
                    SELECT name FROM sqlite_master t WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
                    AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'
                    AND NOT EXISTS (SELECT 1 FROM sqlite_master v WHERE v.sql LIKE 'CREATE VIRTUAL TABLE%' AND t.name LIKE v.name || '_%')
                    """))
            .Where(n => !Excluded.Contains(n)).Order(StringComparer.Ordinal).ToList();
        var references = names.ToDictionary(n => n, n => (dialect == Dialect.Postgres
            ? c.Query<string>("""
                SELECT DISTINCT r.relname FROM pg_constraint k
                JOIN pg_class t ON t.oid = k.conrelid JOIN pg_class r ON r.oid = k.confrelid JOIN pg_namespace s ON s.oid = t.relnamespace
                WHERE k.contype = 'f' AND s.nspname = current_schema() AND t.relname = @n
                """, new { n })
            : c.Query<string>("SELECT DISTINCT \"table\" FROM pragma_foreign_key_list(@n)", new { n }))
            .Where(r => !string.Equals(r, n, StringComparison.OrdinalIgnoreCase)).ToList());

        var ordered = new List<string>();
        var state = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase); // 1 visiting, 2 done
        void Visit(string n)
        {
            if (state.GetValueOrDefault(n) == 2) return;
            if (state.GetValueOrDefault(n) == 1) throw new InvalidOperationException($"数据表外键成环，无法排序 (foreign-key cycle at {n})");
            state[n] = 1;
            foreach (var r in references.GetValueOrDefault(n) ?? []) if (names.Contains(r, StringComparer.OrdinalIgnoreCase)) Visit(r);
            state[n] = 2;
            ordered.Add(n);
        }
        foreach (var n in names) Visit(n);
        return ordered;
    }

    private static List<string> Columns(DbConnection c, Dialect dialect, string table) => (dialect == Dialect.Postgres
            ? c.Query<string>("SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = @table ORDER BY ordinal_position", new { table })
            : c.Query<string>("SELECT name FROM pragma_table_info(@table) ORDER BY cid", new { table }))
        .ToList();

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"") + "\"";
}
