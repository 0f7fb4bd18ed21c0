using System.Text.Json;
using Lantu.Application.Samples;
using Lantu.Storage;
using Lantu.Tests.Cli;

namespace Lantu.Tests.Storage;

/// <summary>`lantu migrate`: whole databases copied between stores without loss, verified per table.</summary>
public class MigrateTests
{
    private static void IngestSamples(LantuDatabase db)
    {
        var ingestor = new PlanIngestor(db);
        foreach (var e in SampleCorpus.Entries()) ingestor.IngestFile(e.File, e.Overrides);
        // A second version too, so versions and current_version_id travel.
        var edited = File.ReadAllText(Samples.Path004).Replace("第九章 保障措施", "第九章 保障措施和组织实施");
        ingestor.IngestBytes(System.Text.Encoding.UTF8.GetBytes(edited), "004-revised.txt");
    }

    private static string Fingerprint(LantuDatabase db) =>
        string.Join("\n", DatabaseCopier.Checksums(db).OrderBy(c => c.Table, StringComparer.Ordinal).Select(c => $"{c.Table} {c.Rows} {c.Checksum}"));

    [Theory, SqliteStore, PostgresStore]
    public void The_sample_database_round_trips_through_either_store_with_identical_checksums(string kind)
    {
        using var source = TestStore.Create(TestStore.Sqlite);
        using var middle = TestStore.Create(kind);
        using var back = TestStore.Create(TestStore.Sqlite);
        IngestSamples(source.Db);

        var there = DatabaseCopier.Copy(source.Db, middle.Db);
        var home = DatabaseCopier.Copy(middle.Db, back.Db);

        Assert.All(there.Concat(home), t => Assert.True(t.Match, $"{t.Table}: {t.SourceRows}/{t.TargetRows} {t.SourceChecksum}/{t.TargetChecksum}"));
        Assert.Contains(there, t => t.Table == "source_lines" && t.SourceRows > 10_000);
        Assert.Equal(DataTables(source.Db), there.Select(t => t.Table).Order());
        Assert.Contains("plan_relations", there.Select(t => t.Table));
        Assert.Equal(Fingerprint(source.Db), Fingerprint(back.Db));

        // The copy reads like the original, and takes new plans (identities continue after the copied ids).
        var original = new PlanReader(source.Db);
        var copy = new PlanReader(middle.Db);
        Assert.Equal(JsonSerializer.Serialize(original.List()), JsonSerializer.Serialize(copy.List()));
        var xiamen = copy.Resolve("1");
        Assert.Equal(JsonSerializer.Serialize(PlanExport.Build(original, "1")), JsonSerializer.Serialize(PlanExport.Build(copy, "1")));
        Assert.Equal(2, copy.VersionCount(copy.Resolve("数字厦门").Id));
        var extra = new PlanIngestor(middle.Db).IngestBytes(File.ReadAllBytes(Samples.Path000).Concat("\n新增一行。\n"u8.ToArray()).ToArray(), "000-extra.txt");
        Assert.Equal(IngestResult.NewVersion, extra.Outcome);
        Assert.True(extra.VersionId > original.List().Max(p => p.VersionId));
        Assert.Equal(xiamen.Id, extra.PlanId);
    }

    [Theory, SqliteStore, PostgresStore]
    public void A_target_that_is_not_empty_is_refused_and_left_alone(string kind)
    {
        using var source = TestStore.Create(TestStore.Sqlite);
        using var target = TestStore.Create(kind);
        new PlanIngestor(source.Db).IngestFile(Samples.Path004);
        new PlanIngestor(target.Db).IngestFile(Samples.Path003);
        var before = Fingerprint(target.Db);
        var e = Assert.Throws<InvalidOperationException>(() => DatabaseCopier.Copy(source.Db, target.Db));
        Assert.Contains("不是空的", e.Message);
        Assert.Equal(before, Fingerprint(target.Db));
    }

    [Theory, SqliteStore, PostgresStore]
    public void The_migrate_command_prints_counts_and_checksums_and_exits_zero(string kind)
    {
        using var source = TestStore.Create(TestStore.Sqlite);
        using var target = TestStore.Create(kind);
        IngestSamples(source.Db);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        var run = CliRunner.Lantu("unused.db", "migrate", "--from", source.Location, "--to", target.Location);
        Assert.True(run.ExitCode == 0, run.Stderr + run.Stdout);
        Assert.Contains("源校验和", run.Stdout);
        Assert.Contains("source_lines", run.Stdout);
        Assert.Contains("全部一致", run.Stdout);

        using var fresh = TestStore.Create(TestStore.Sqlite);
        var json = JsonDocument.Parse(CliRunner.Lantu("unused.db", "migrate", "--from", source.Location, "--to", fresh.Location, "--json").Stdout).RootElement;
        Assert.True(json.GetProperty("ok").GetBoolean());
        Assert.Equal(DataTables(source.Db).Count, json.GetProperty("tables").GetArrayLength());

        var again = CliRunner.Process("unused.db", "migrate", "--from", source.Location, "--to", target.Location);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("不是空的", again.Stderr);
    }

    /// <summary>Every data table of the schema (all migrations), FTS index excluded.</summary>
    private static List<string> DataTables(LantuDatabase db)
    {
        using var c = db.Connect();
        return DatabaseCopier.Tables(c, db.Dialect).Order().ToList();
    }
}
