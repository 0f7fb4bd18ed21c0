using Dapper;
using Lantu.Application.Samples;
using Lantu.Storage;
using Lantu.Tests.Storage;

namespace Lantu.Tests;

/// <summary>
/// Where every test gets its database, so that the same test runs on both stores: this project (Lantu.Tests) gives
/// SQLite, its twin Lantu.Tests.Postgres (the same sources compiled with LANTU_POSTGRES) gives a PostgreSQL schema of
/// the test's own on the server named by LANTU_TEST_POSTGRES.
/// <code>
/// using var store = TestDatabase.Fresh();                        // empty, migrated on first use of store.Db
/// using var store = TestDatabase.WithSamples();                  // the five sample plans
/// using var store = TestDatabase.WithSamples(monitoring: true);  // … and samples/monitoring (what the portal serves)
/// store.Db (a LantuDatabase), store.Location (what --db or PortalSettings.Database take), store.Fingerprint()
/// new PlanReader(store.Db)                                      // a store: a connection per call (LantuSession.PerOperation)
/// TestServices.Get&lt;ProgressService&gt;(store.Db)                 // a service, wired as the portal wires it
/// using var lantu = LantuScope.Open(store.Db);                  // one session (one connection) for several calls
/// </code>
/// Open a file path of your own only when the test is about SQLite files.
/// </summary>
public static class TestDatabase
{
#if LANTU_POSTGRES
    public const string Kind = TestStore.Postgres;
#else
    public const string Kind = TestStore.Sqlite;
#endif

    public static bool OnPostgres => Kind == TestStore.Postgres;

    public static TestStore Fresh() => TestStore.Create(Kind);

    /// <summary>A fresh database holding what ingesting the sample corpus gives (copied from a template made once per run).</summary>
    public static TestStore WithSamples(bool monitoring = false)
    {
        var template = (monitoring ? Monitored : Plans).Value;
        var store = Fresh();
        try
        {
            if (store.Kind == TestStore.Sqlite) File.Copy(template.Location, store.Location);
            else CopySchema(template.Schema!, store);
            return store;
        }
        catch { store.Dispose(); throw; }
    }

    private static readonly Lazy<TestStore> Plans = new(() => Template(monitoring: false));
    private static readonly Lazy<TestStore> Monitored = new(() => Template(monitoring: true));

    private static TestStore Template(bool monitoring)
    {
        TestStore store;
        if (OnPostgres)
        {
            // The test host may be killed before ProcessExit runs, so a template is named after its process and the
            // next run drops those of processes gone (on this machine; the server may be shared).
            var host = new string(Environment.MachineName.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).Take(20).ToArray());
            var prefix = $"lantu_template_{host}_";
            DropOrphans(prefix);
            store = TestStore.Create(Kind, $"{prefix}{Environment.ProcessId}_{(monitoring ? "m" : "p")}");
        }
        else store = Fresh();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => { try { store.Dispose(); } catch (Exception) { /* best effort at exit */ } };
        var ingestor = new PlanIngestor(store.Db);
        foreach (var e in SampleCorpus.Entries()) ingestor.IngestFile(e.File, e.Overrides);
        if (monitoring) TestServices.Get<SampleMonitoring>(store.Db).Load();
        if (store.Kind == TestStore.Sqlite)
        {
            // One self-contained file (no -wal beside it) that File.Copy can duplicate.
            using (var c = store.Db.Connect()) c.Execute("PRAGMA wal_checkpoint(TRUNCATE)");
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }
        return store;
    }

    private static void DropOrphans(string prefix)
    {
        using var c = new Npgsql.NpgsqlConnection(TestStore.PostgresServer);
        c.Open();
        foreach (var schema in c.Query<string>("SELECT nspname FROM pg_namespace WHERE starts_with(nspname, @prefix)", new { prefix }).ToList())
        {
            if (!int.TryParse(schema[prefix.Length..].Split('_')[0], out var pid) || Alive(pid)) continue;
            c.Execute($"DROP SCHEMA IF EXISTS {schema} CASCADE");
        }
    }

    private static bool Alive(int pid)
    {
        try { using var p = System.Diagnostics.Process.GetProcessById(pid); return !p.HasExited; }
        catch (ArgumentException) { return false; }
    }

    /// <summary>
    /// Fills a migrated, empty schema from the template schema inside the server (INSERT … SELECT in foreign-key
    /// order, then identities moved past the copied ids): a few hundred milliseconds where DatabaseCopier, which
    /// streams every row through the client and checksums both sides, takes seconds.
    /// </summary>
    private static void CopySchema(string template, TestStore target)
    {
        using var c = target.Db.Connect();
        using var tx = c.BeginTransaction();
        foreach (var table in DatabaseCopier.Tables(c, Dialect.Postgres))
        {
            var columns = string.Join(", ", c.Query<string>("""
                SELECT quote_ident(column_name) FROM information_schema.columns
                WHERE table_schema = @template AND table_name = @table ORDER BY ordinal_position
                """, new { template, table }, tx));
            c.Execute($"INSERT INTO {table} ({columns}) SELECT {columns} FROM {template}.{table}", transaction: tx);
        }
        var identities = c.Query<(string Table, string Column)>("""
            SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema() AND is_identity = 'YES'
            """, transaction: tx).ToList();
        foreach (var (table, column) in identities)
            c.Execute($"SELECT setval(pg_get_serial_sequence(@table, @column), COALESCE(MAX({column}), 0) + 1, false) FROM {table}",
                new { table, column }, tx);
        tx.Commit();
    }
}
