using Lantu.Application.Samples;
using Lantu.Storage;

namespace Lantu.Tests.Storage;

/// <summary>PostgreSQL takes a plan's smaller tables as multi-row INSERTs (BulkInsert); SQLite keeps Dapper's loop.</summary>
public class BulkInsertTests
{
    /// <summary>Both stores hold exactly the same content for the same documents, table by table. (Dapper's per-row
    /// path on PostgreSQL once wrote the row number into indicators.printed_seq, as @seq and @Seq met case-blind.)</summary>
    [PostgresFact]
    public void The_samples_ingested_into_either_store_give_identical_content_tables()
    {
        using var sqlite = TestStore.Create(TestStore.Sqlite);
        using var postgres = TestStore.Create(TestStore.Postgres);
        foreach (var store in new[] { sqlite, postgres })
        {
            var ingestor = new PlanIngestor(store.Db);
            foreach (var e in SampleCorpus.Entries()) ingestor.IngestFile(e.File, e.Overrides);
        }
        string[] content = ["source_lines", "paragraphs", "outline_nodes", "boxes", "box_items", "glossary_entries", "derived_tasks", "derived_projects", "indicators"];
        var a = DatabaseCopier.Checksums(sqlite.Db).Where(t => content.Contains(t.Table)).OrderBy(t => t.Table).ToList();
        var b = DatabaseCopier.Checksums(postgres.Db).Where(t => content.Contains(t.Table)).OrderBy(t => t.Table).ToList();
        Assert.Equal(content.Length, a.Count);
        Assert.All(a, t => Assert.True(t.Rows > 0, t.Table));
        Assert.Equal(a, b);
    }
}
