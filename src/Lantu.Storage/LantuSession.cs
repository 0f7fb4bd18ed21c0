using System.Data.Common;
using Dapper;

namespace Lantu.Storage;

/// <summary>
/// One unit of work's connection — a web request, a CLI run: opened on first use and closed with the session, so a
/// page that reads through five stores opens one connection. Every command goes through <see cref="Read{T}"/> or
/// <see cref="Write{T}"/> and joins the transaction open on the session, so a write that consults other stores
/// (validation reads, the audit row) stays one transaction on one connection, all or nothing. A session that holds its
/// connection serves one flow of work at a time — one request or run (the composition root registers it scoped).
/// <para>Code outside a scope may pass a <see cref="LantuDatabase"/> where a session is expected: that is a
/// <see cref="PerOperation"/> session, which opens a connection per call (and keeps it for a transaction's length),
/// the way stores worked before sessions, and which threads may share.</para>
/// </summary>
public sealed class LantuSession : IDisposable
{
    private sealed record OpenWrite(DbConnection Connection, DbTransaction Transaction);

    private readonly bool _holdsConnection;
    private DbConnection? _held;
    // The write in progress, per flow of control: a per-operation session may be shared by threads (a test's writers).
    private readonly AsyncLocal<OpenWrite?> _write = new();
    private bool _disposed;

    private LantuSession(LantuDatabase database, bool holdsConnection)
    {
        Database = database;
        _holdsConnection = holdsConnection;
    }

    /// <summary>A session that opens one connection on first use and keeps it until disposed.</summary>
    public static LantuSession Open(LantuDatabase database) => new(database, holdsConnection: true);

    /// <summary>A session that opens a connection per call (nothing to dispose), for code outside any scope.</summary>
    public static LantuSession PerOperation(LantuDatabase database) => new(database, holdsConnection: false);

    public static implicit operator LantuSession(LantuDatabase database) => PerOperation(database);

    public LantuDatabase Database { get; }

    public Dialect Dialect => Database.Dialect;

    /// <summary>Runs <paramref name="work"/> on the session's connection, inside the open transaction if there is one
    /// (pass it to every command: SQLite refuses a command without it while a transaction is open).</summary>
    public T Read<T>(Func<DbConnection, DbTransaction?, T> work)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_write.Value is { } open) return work(open.Connection, open.Transaction);
        if (_holdsConnection) return work(_held ??= Database.Connect(), null);
        using var once = Database.Connect();
        return work(once, null);
    }

    /// <summary>Runs <paramref name="work"/> in a transaction committed when it returns and rolled back when it throws;
    /// called inside another <see cref="Write{T}"/>, it joins that transaction instead.</summary>
    public T Write<T>(Func<DbConnection, DbTransaction, T> work)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_write.Value is { } open) return work(open.Connection, open.Transaction);
        var connection = _holdsConnection ? _held ??= Database.Connect() : Database.Connect();
        try
        {
            using var tx = connection.BeginTransaction();
            _write.Value = new OpenWrite(connection, tx);
            var result = work(connection, tx);
            tx.Commit();
            return result;
        }
        finally
        {
            _write.Value = null;
            if (!_holdsConnection) connection.Dispose();
        }
    }

    public void Write(Action<DbConnection, DbTransaction> work) => Write((c, tx) => { work(c, tx); return 0; });

    public List<T> Query<T>(string sql, object? param = null) => Read((c, tx) => c.Query<T>(sql, param, tx).AsList());

    public T? QueryFirstOrDefault<T>(string sql, object? param = null) => Read((c, tx) => c.QueryFirstOrDefault<T>(sql, param, tx));

    public T? QuerySingleOrDefault<T>(string sql, object? param = null) => Read((c, tx) => c.QuerySingleOrDefault<T>(sql, param, tx));

    public T? ExecuteScalar<T>(string sql, object? param = null) => Read((c, tx) => c.ExecuteScalar<T>(sql, param, tx));

    /// <summary>One statement; inside an open transaction it joins it, otherwise it commits on its own.</summary>
    public int Execute(string sql, object? param = null) => Read((c, tx) => c.Execute(sql, param, tx));

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _held?.Dispose();
        _held = null;
    }
}
