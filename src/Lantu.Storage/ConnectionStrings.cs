using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Lantu.Storage;

/// <summary>
/// Turns what a user gives as <c>--db</c> / LANTU_DB into a dialect and a provider connection string:
/// <list type="bullet">
/// <item><c>postgres://user:pass@host:port/db?sslmode=…&amp;search_path=…</c> (or <c>postgresql://</c>) — PostgreSQL;</item>
/// <item>a keyword string naming <c>Host=</c> (or <c>Server=</c>) — PostgreSQL, passed to Npgsql as is;</item>
/// <item>anything else — SQLite: a file path, or a keyword string with <c>Data Source=</c>.</item>
/// </list>
/// </summary>
public static class ConnectionStrings
{
    public static bool IsPostgres(string location) => Resolve(location).Dialect == Dialect.Postgres;

    public static (Dialect Dialect, string ConnectionString) Resolve(string location)
    {
        var text = location.Trim();
        if (text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
            return (Dialect.Postgres, FromUrl(text));
        if (text.Contains('=') && LooksLikePostgresKeywords(text))
            return (Dialect.Postgres, new NpgsqlConnectionStringBuilder(text).ConnectionString);
        var sqlite = text.Contains('=')
            ? new SqliteConnectionStringBuilder(text) { ForeignKeys = true }
            : new SqliteConnectionStringBuilder { DataSource = text, ForeignKeys = true, Pooling = true };
        return (Dialect.Sqlite, sqlite.ToString());
    }

    /// <summary>host:port/database (and user) without the password, for messages.</summary>
    public static string Describe(string location)
    {
        try
        {
            var (dialect, cs) = Resolve(location);
            if (dialect == Dialect.Sqlite) return new SqliteConnectionStringBuilder(cs).DataSource;
            var b = new NpgsqlConnectionStringBuilder(cs);
            var search = string.IsNullOrEmpty(b.SearchPath) ? "" : $" (search_path={b.SearchPath})";
            return $"postgres://{(string.IsNullOrEmpty(b.Username) ? "" : b.Username + "@")}{b.Host}:{b.Port}/{b.Database}{search}";
        }
        catch (Exception e) when (e is ArgumentException or FormatException or UriFormatException)
        {
            return "(无法解析的连接字符串 unparsable connection string)";
        }
    }

    private static bool LooksLikePostgresKeywords(string text)
    {
        var generic = new DbConnectionStringBuilder();
        try { generic.ConnectionString = text; }
        catch (ArgumentException) { return false; }
        return generic.ContainsKey("Host") || generic.ContainsKey("Server");
    }

    private static string FromUrl(string url)
    {
        Uri uri;
        try { uri = new Uri(url); }
        catch (UriFormatException e) { throw new ArgumentException($"PostgreSQL 地址格式不正确 (malformed URL): {e.Message}", e); }
        var b = new NpgsqlConnectionStringBuilder { Host = uri.Host, Port = uri.Port > 0 ? uri.Port : 5432 };
        if (uri.UserInfo is { Length: > 0 } info)
        {
            var colon = info.IndexOf(':');
            b.Username = Uri.UnescapeDataString(colon < 0 ? info : info[..colon]);
            if (colon >= 0) b.Password = Uri.UnescapeDataString(info[(colon + 1)..]);
        }
        var database = Uri.UnescapeDataString(uri.AbsolutePath.Trim('/'));
        if (database.Length > 0) b.Database = database;
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=');
            var key = Uri.UnescapeDataString(eq < 0 ? pair : pair[..eq]);
            var value = Uri.UnescapeDataString(eq < 0 ? "" : pair[(eq + 1)..]);
            switch (key.ToLowerInvariant())
            {
                case "sslmode": b.SslMode = Enum.Parse<SslMode>(value.Replace("-", ""), ignoreCase: true); break;
                case "search_path" or "schema": b.SearchPath = value; break;
                case "application_name": b.ApplicationName = value; break;
                case "connect_timeout": b.Timeout = int.Parse(value); break;
                default:
                    try { b[key] = value; }
                    catch (ArgumentException) { throw new ArgumentException($"不支持的 PostgreSQL 地址参数 “{key}” (unsupported URL parameter)"); }
                    break;
            }
        }
        return b.ConnectionString;
    }
}
