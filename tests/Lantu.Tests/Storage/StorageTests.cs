using System.Text;
using Lantu.Application.Samples;
using Lantu.Core.Reading;
using Lantu.Storage;

namespace Lantu.Tests.Storage;

/// <summary>The storage behaviour, the same on both stores: each theory runs on SQLite and on PostgreSQL.</summary>
public class StorageTests
{
    private static (LantuDatabase Db, PlanIngestor Ingestor, PlanReader Reader) Open(TestStore store)
    {
        var db = store.Db;
        return (db, new PlanIngestor(db), new PlanReader(db));
    }

    private static void IngestSamples(PlanIngestor ingestor)
    {
        foreach (var e in SampleCorpus.Entries()) ingestor.IngestFile(e.File, e.Overrides);
    }

    [Theory, SqliteStore, PostgresStore]
    public void The_sample_corpus_ingests_with_counts_and_metadata(string kind)
    {
        using var store = TestStore.Create(kind);
        var (_, ingestor, reader) = Open(store);
        IngestSamples(ingestor);
        var plans = reader.List();
        Assert.Equal(5, plans.Count);
        var zone = reader.Resolve("台商投资区");
        Assert.Equal("泉州台商投资区", zone.Region);
        Assert.Equal("开发区", zone.Level);
        Assert.Equal((2021, 2025), (zone.PeriodStart, zone.PeriodEnd));
        Assert.Equal("001_bbefe85b08a88708.txt", zone.SourceFile);
        var xiamen = reader.Resolve("1");
        Assert.Equal(26, xiamen.Boxes);
        Assert.Equal(24, xiamen.Glossary);
        var outline = reader.Outline(xiamen.VersionId);
        Assert.Equal(18, outline.Count); // 16 chapters, 附件, 名词解释
        Assert.Equal("第三章", outline[2].Number);
        var box3 = reader.Boxes(xiamen.VersionId).Single(b => b.Number == "3");
        Assert.Equal("嘉庚创新实验室", box3.Items[0].Name);
        // Provenance: the stored source line is the document's own line.
        var line = reader.Lines(xiamen.VersionId, box3.LineStart, box3.LineStart).Single();
        Assert.Equal("专栏 3：创新平台载体重点项目", line.Text.Trim());
    }

    [Theory, SqliteStore, PostgresStore]
    public void Reingesting_identical_content_changes_nothing(string kind)
    {
        using var store = TestStore.Create(kind);
        var (_, ingestor, reader) = Open(store);
        var first = ingestor.IngestFile(Samples.Path000);
        var again = ingestor.IngestFile(Samples.Path000);
        // The same text in another encoding is the same content.
        var gb = Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        var third = ingestor.IngestBytes(gb.GetBytes(File.ReadAllText(Samples.Path000)), "xiamen-gbk.txt");
        Assert.Equal(IngestResult.Created, first.Outcome);
        Assert.Equal(IngestResult.Unchanged, again.Outcome);
        Assert.Equal(IngestResult.Unchanged, third.Outcome);
        Assert.Equal((first.PlanId, first.VersionId), (again.PlanId, again.VersionId));
        Assert.Single(reader.List());
        Assert.Equal(1, reader.VersionCount(first.PlanId));
    }

    [Theory, SqliteStore, PostgresStore]
    public void Changed_content_becomes_a_new_version_and_the_old_one_is_kept(string kind)
    {
        using var store = TestStore.Create(kind);
        var (_, ingestor, reader) = Open(store);
        var v1 = ingestor.IngestFile(Samples.Path004);
        var edited = File.ReadAllText(Samples.Path004).Replace("第九章 保障措施", "第九章 保障措施和组织实施");
        var v2 = ingestor.IngestBytes(Encoding.UTF8.GetBytes(edited), "004-revised.txt");
        Assert.Equal(IngestResult.NewVersion, v2.Outcome);
        Assert.Equal(v1.PlanId, v2.PlanId);
        Assert.Equal(2, v2.VersionNo);
        Assert.Equal(2, reader.VersionCount(v1.PlanId));
        Assert.Equal(v2.VersionId, reader.Resolve("数字厦门").VersionId);
        Assert.Contains(reader.Outline(v2.VersionId), n => n.Title == "保障措施和组织实施");
        Assert.Contains(reader.Outline(v1.VersionId), n => n.Title == "保障措施"); // the old version is intact
    }

    [Theory]
    [SqliteStore("random"), SqliteStore("empty"), SqliteStore("truncated-docx")]
    [PostgresStore("random"), PostgresStore("empty"), PostgresStore("truncated-docx")]
    public void Bad_input_is_refused_and_the_database_is_unchanged(string kind, string input)
    {
        using var store = TestStore.Create(kind);
        var (db, ingestor, _) = Open(store);
        ingestor.IngestFile(Samples.Path004);
        // SQLite: the file byte for byte; PostgreSQL: every table's row count and content checksum.
        var before = store.Fingerprint();

        using var dir = new Samples.TempDir();
        var path = dir.File("bad-input");
        var random = new byte[10_000];
        new Random(7).NextBytes(random);
        File.WriteAllBytes(path, input switch
        {
            "random" => random,
            "empty" => [],
            _ => Reading.DocxBuilder.FromLines(File.ReadAllLines(Samples.Path002).Take(300)) is var docx ? docx[..(docx.Length * 2 / 3)] : [],
        });
        Assert.Throws<DocumentReadException>(() => ingestor.IngestFile(path));

        Assert.Equal(before, store.Fingerprint());
        Assert.Single(new PlanReader(LantuDatabase.Open(store.Location)).List());
    }

    [Theory, SqliteStore, PostgresStore]
    public void Plan_resolution_by_id_title_or_region_reports_ambiguity(string kind)
    {
        using var store = TestStore.Create(kind);
        var (_, ingestor, reader) = Open(store);
        IngestSamples(ingestor);
        Assert.Equal("福州市", reader.Resolve("福州").Region);
        Assert.Equal("鲤城区", reader.Resolve("4").Region);
        var e = Assert.Throws<PlanNotFoundException>(() => reader.Resolve("厦门"));
        Assert.Contains("多个", e.Message);
        Assert.Throws<PlanNotFoundException>(() => reader.Resolve("上海"));
        Assert.Throws<PlanNotFoundException>(() => reader.Resolve("99"));
    }

    [Theory, SqliteStore, PostgresStore]
    public void Migrations_are_recorded_and_not_applied_twice(string kind)
    {
        using var store = TestStore.Create(kind);
        var db = store.Db;
        LantuDatabase.Open(store.Location);
        using var c = db.Connect();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT COUNT(*) FROM schema_migrations";
        Assert.Equal((long)Migrator.All.Count(m => m.Only is null || m.Only == db.Dialect), Convert.ToInt64(cmd.ExecuteScalar()));
    }
}
