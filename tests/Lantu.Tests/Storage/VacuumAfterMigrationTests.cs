#if !LANTU_POSTGRES
using System.IO.Compression;
using System.Text;
using Dapper;
using Lantu.Storage;
using Microsoft.Data.Sqlite;

namespace Lantu.Tests.Storage;

/// <summary>Migration 017 drops the text's third and fourth copies; a SQLite file made before it gets smaller when it
/// is opened (VACUUM once, after the migration), not only after someone vacuums it by hand.</summary>
public class VacuumAfterMigrationTests
{
    private static readonly string Fixture = Path.Combine(Samples.RepoRoot, "tests", "Lantu.Tests", "Fixtures", "databases", "before-017-sample-004.sql.gz");

    private static long Size(string path) => new FileInfo(path).Length + (File.Exists(path + "-wal") ? new FileInfo(path + "-wal").Length : 0);

    [Fact]
    public void A_database_made_before_migration_017_shrinks_when_it_is_migrated()
    {
        using var dir = new Samples.TempDir();
        var path = dir.File("old.db");
        using (var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString()))
        {
            c.Open();
            using var gz = new GZipStream(File.OpenRead(Fixture), CompressionMode.Decompress);
            c.Execute(new StreamReader(gz, Encoding.UTF8).ReadToEnd());
            Assert.Equal(0, c.ExecuteScalar<long>("PRAGMA freelist_count"));
        }
        long before = Size(path);

        var db = LantuDatabase.Open(path);
        long after = Size(path);
        using (var c = db.Connect())
        {
            Assert.Equal(1, c.ExecuteScalar<int>("SELECT COUNT(*) FROM schema_migrations WHERE version = 17"));
            Assert.Equal(0, c.ExecuteScalar<long>("PRAGMA freelist_count"));
            Assert.Equal("ok", c.ExecuteScalar<string>("PRAGMA integrity_check"));
        }
        // The fixture's outline bodies and task texts are about a third of it.
        Assert.True(after < before * 0.8, $"{before:N0} bytes before, {after:N0} after");
        Assert.Single(new PlanReader(db).List());

        // Opened again: nothing left to do, nothing rewritten.
        var written = File.GetLastWriteTimeUtc(path);
        LantuDatabase.Open(path);
        Assert.Equal(after, Size(path));
        Assert.Equal(written, File.GetLastWriteTimeUtc(path));
        SqliteConnection.ClearAllPools();
    }
}
#endif
