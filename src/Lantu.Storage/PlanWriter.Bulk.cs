using System.Collections.Concurrent;
using System.Data.Common;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;
using SQLitePCL;

namespace Lantu.Storage;

/// <summary>
/// Drop-in for Dapper's <c>Execute("INSERT … VALUES (@a, @b)", rows)</c>, which is one round trip per row. On
/// PostgreSQL the rows go as multi-row <c>INSERT … VALUES (…), (…)</c> statements of up to ~30,000 parameters (a
/// plan's outline, boxes, glossary, tasks and indicators in a handful of round trips); SQLite runs in process, so
/// there one statement is prepared once and stepped per row with its values bound by position (Dapper rebuilds the
/// parameters for every row).
/// </summary>
public static partial class BulkInsert
{
    private const int MaxParameters = 30_000; // PostgreSQL allows 65,535 per statement

    private static readonly ConcurrentDictionary<(Type, string), PropertyInfo> Properties = new();

    /// <summary>Dapper's row-by-row path everywhere: only for `lantu bench ingest --row-by-row`, the before/after comparison.</summary>
    public static bool RowByRow { get; set; }

    public static void Execute<T>(DbConnection c, DbTransaction tx, string sql, IEnumerable<T> rows) where T : notnull
    {
        if (RowByRow || c is not (NpgsqlConnection or SqliteConnection)) { c.Execute(sql, rows, tx); return; }
        var list = rows as IReadOnlyList<T> ?? rows.ToList();
        if (list.Count == 0) return;
        var m = SingleRow().Match(sql);
        if (!m.Success) throw new ArgumentException("BulkInsert expects INSERT … VALUES (@a, @b, …) with one parenthesised row", nameof(sql));
        var tuple = m.Groups["tuple"].Value;
        var names = Parameter().Matches(tuple).Select(p => p.Groups[1].Value).ToList();
        var type = list[0].GetType();
        var getters = names.Select(n => Properties.GetOrAdd((type, n), key =>
            key.Item1.GetProperty(key.Item2, BindingFlags.Public | BindingFlags.Instance)
            ?? key.Item1.GetProperty(key.Item2, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)
            ?? throw new ArgumentException($"BulkInsert: the rows have no property for @{key.Item2}"))).ToList();
        if (c is not NpgsqlConnection pg)
        {
            Prepared((SqliteConnection)c, sql, names, getters, list);
            return;
        }

        int perStatement = Math.Max(1, MaxParameters / Math.Max(1, names.Count));
        for (int start = 0; start < list.Count; start += perStatement)
        {
            int end = Math.Min(list.Count, start + perStatement);
            using var command = new NpgsqlCommand { Connection = pg, Transaction = (NpgsqlTransaction)tx };
            var text = new StringBuilder(m.Groups["head"].Value);
            int k = 0;
            for (int r = start; r < end; r++)
            {
                if (r > start) text.Append(", ");
                text.Append('(').Append(Parameter().Replace(tuple, _ => "$" + ++k)).Append(')');
                foreach (var getter in getters) command.Parameters.Add(new NpgsqlParameter { Value = Value(getter.GetValue(list[r])) });
            }
            command.CommandText = text.ToString();
            command.ExecuteNonQuery();
        }
    }

    /// <summary>SQLite: one statement prepared once on the connection's own handle (inside its open transaction) and
    /// run per row with its values bound by position — no ADO.NET command per row, no parameter looked up by name for
    /// every value (that lookup and the command's machinery were most of the time of storing a plan's rows).</summary>
    private static void Prepared<T>(SqliteConnection c, string sql, List<string> names, List<PropertyInfo> getters, IReadOnlyList<T> rows)
        where T : notnull
    {
        var db = c.Handle ?? throw new InvalidOperationException("BulkInsert: the SQLite connection is not open");
        Check(db, raw.sqlite3_prepare_v2(db, sql, out var statement));
        using (statement)
        {
            var positions = names.Select(n => raw.sqlite3_bind_parameter_index(statement, "@" + n)).ToArray();
            foreach (var row in rows)
            {
                for (int i = 0; i < getters.Count; i++) Bind(db, statement, positions[i], getters[i].GetValue(row));
                int rc = raw.sqlite3_step(statement);
                if (rc != raw.SQLITE_DONE) Check(db, rc);
                Check(db, raw.sqlite3_reset(statement));
            }
        }
    }

    /// <summary>The value as Microsoft.Data.Sqlite would bind it (integers and booleans as INTEGER, enums as their number,
    /// a char as text, null as NULL); the rows of an ingest hold no other types.</summary>
    private static void Bind(sqlite3 db, sqlite3_stmt statement, int position, object? value) => Check(db, value switch
    {
        null => raw.sqlite3_bind_null(statement, position),
        string text => raw.sqlite3_bind_text(statement, position, text),
        int n => raw.sqlite3_bind_int64(statement, position, n),
        long n => raw.sqlite3_bind_int64(statement, position, n),
        short n => raw.sqlite3_bind_int64(statement, position, n),
        byte n => raw.sqlite3_bind_int64(statement, position, n),
        bool b => raw.sqlite3_bind_int64(statement, position, b ? 1 : 0),
        double d => raw.sqlite3_bind_double(statement, position, d),
        float f => raw.sqlite3_bind_double(statement, position, f),
        char ch => raw.sqlite3_bind_text(statement, position, ch.ToString()),
        Enum e => raw.sqlite3_bind_int64(statement, position, Convert.ToInt64(e, System.Globalization.CultureInfo.InvariantCulture)),
        _ => throw new ArgumentException($"BulkInsert: no SQLite binding for a value of type {value.GetType().Name}"),
    });

    private static void Check(sqlite3 db, int rc)
    {
        if (rc is not (raw.SQLITE_OK or raw.SQLITE_DONE or raw.SQLITE_ROW))
            throw new SqliteException($"SQLite Error {rc}: '{raw.sqlite3_errmsg(db).utf8_to_string()}'.", rc, raw.sqlite3_extended_errcode(db));
    }

    /// <summary>As Dapper sends them: enums as their number, null as NULL.</summary>
    private static object Value(object? v) => v switch
    {
        null => DBNull.Value,
        Enum e => Convert.ChangeType(e, Enum.GetUnderlyingType(e.GetType())),
        char ch => ch.ToString(),
        _ => v,
    };

    [GeneratedRegex(@"^(?<head>\s*INSERT\s+INTO\s+\w+\s*\([^()]*\)\s*VALUES\s*)\((?<tuple>[^()]*)\)\s*;?\s*$", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex SingleRow();

    [GeneratedRegex(@"@(\w+)")]
    private static partial Regex Parameter();
}
