using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Lantu.Tests.Security;

/// <summary>
/// What a database holds, table by table: the row count and a hash of every row's values (independent of row order),
/// read with plain SQL over its own connection — no Lantu store involved, so it sees what another process would see.
/// Two equal fingerprints mean nothing changed and nothing was half-written.
/// </summary>
public sealed record DatabaseFingerprint(IReadOnlyDictionary<string, (long Rows, string Hash)> Tables)
{
    /// <summary>Reads the database at <paramref name="location"/> (a SQLite file path, or a PostgreSQL connection string
    /// with its search_path).</summary>
    public static DatabaseFingerprint Of(string location)
    {
        using var c = Connect(location);
        var tables = c is SqliteConnection
            ? Strings(c, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            : Strings(c, "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name");
        var select = c is SqliteConnection ? "SELECT * FROM \"{0}\"" : "SELECT t::text FROM \"{0}\" t";
        return new(tables.ToDictionary(t => t, t => HashRows(c, string.Format(CultureInfo.InvariantCulture, select, t))));
    }

    /// <summary>A plain connection of its own (not pooled) to a SQLite file path or a PostgreSQL connection string.</summary>
    public static DbConnection Connect(string location)
    {
        var postgres = location.StartsWith("postgres", StringComparison.OrdinalIgnoreCase) || location.Contains("Host=", StringComparison.OrdinalIgnoreCase);
        DbConnection c = postgres
            ? new NpgsqlConnection(new NpgsqlConnectionStringBuilder(location) { Pooling = false }.ConnectionString)
            : new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = location, Pooling = false }.ConnectionString);
        c.Open();
        return c;
    }

    private static List<string> Strings(DbConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        using var r = cmd.ExecuteReader();
        var list = new List<string>();
        while (r.Read()) list.Add(r.GetString(0));
        return list;
    }

    private static (long, string) HashRows(DbConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        using var r = cmd.ExecuteReader();
        var rows = new List<string>();
        var values = new object[r.FieldCount];
        while (r.Read())
        {
            r.GetValues(values);
            rows.Add(string.Join('\u001f', values.Select(Show)));
        }
        rows.Sort(StringComparer.Ordinal);
        return (rows.Count, Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001e', rows)))));
    }

    private static string Show(object v) => v switch
    {
        DBNull => "\u2205",
        byte[] b => "x" + Convert.ToHexString(b),
        _ => Convert.ToString(v, CultureInfo.InvariantCulture) ?? "",
    };

    /// <summary>The tables whose rows differ from <paramref name="before"/>'s, with their row counts ("" when none).</summary>
    public string ChangesSince(DatabaseFingerprint before) => string.Join(", ",
        Tables.Keys.Union(before.Tables.Keys).Order(StringComparer.Ordinal)
            .Where(t => before.Tables.GetValueOrDefault(t) != Tables.GetValueOrDefault(t))
            .Select(t => $"{t} {before.Tables.GetValueOrDefault(t).Rows}→{Tables.GetValueOrDefault(t).Rows}"));
}
