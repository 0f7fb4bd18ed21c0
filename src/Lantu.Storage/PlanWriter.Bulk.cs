using System.Collections.Concurrent;
using System.Data.Common;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Lantu.Storage;

/// <summary>
/// Drop-in for Dapper's <c>Execute("INSERT … VALUES (@a, @b)", rows)</c>, which is one round trip per row. On
/// PostgreSQL the rows go as multi-row <c>INSERT … VALUES (…), (…)</c> statements of up to ~30,000 parameters (a
/// plan's outline, boxes, glossary, tasks and indicators in a handful of round trips); SQLite runs in process, so
/// there one statement is prepared once and run per row with its parameters' values replaced (Dapper rebuilds the
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
            Prepared((SqliteConnection)c, (SqliteTransaction)tx, sql, names, getters, list);
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

    /// <summary>SQLite: one prepared statement, its parameters made once, their values set for each row.</summary>
    private static void Prepared<T>(SqliteConnection c, SqliteTransaction tx, string sql, List<string> names, List<PropertyInfo> getters, IReadOnlyList<T> rows)
        where T : notnull
    {
        using var command = c.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        var parameters = names.Select(n => command.Parameters.Add(new SqliteParameter("@" + n, null))).ToList();
        command.Prepare();
        foreach (var row in rows)
        {
            for (int i = 0; i < getters.Count; i++) parameters[i].Value = Value(getters[i].GetValue(row));
            command.ExecuteNonQuery();
        }
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
