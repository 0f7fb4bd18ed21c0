using System.Text;
using Dapper;
using Lantu.Application.Samples;
using Lantu.Core;
using Lantu.Core.Model;
using Lantu.Core.Reading;
using Lantu.Storage;

namespace Lantu.Tests.Storage;

/// <summary>Parallel writers on both stores: identical content is stored once, no version number or update is lost.</summary>
public class ConcurrencyTests
{
    /// <summary>Every writer parses its own copy first, then all save at the same moment.</summary>
    private static List<IngestResult> SaveAllAtOnce(LantuDatabase db, IReadOnlyList<(byte[] Bytes, string Name, PlanOverrides? Overrides)> documents)
    {
        using var start = new Barrier(documents.Count);
        var results = new IngestResult[documents.Count];
        var errors = new List<Exception>();
        var threads = documents.Select((d, i) => new Thread(() =>
        {
            try
            {
                StructuredPlan plan = PlanParser.Parse(DocumentReader.Read(d.Bytes, d.Name));
                start.SignalAndWait();
                results[i] = new PlanWriter(db).Save(plan, d.Overrides);
            }
            catch (Exception e) { lock (errors) errors.Add(e); start.RemoveParticipant(); }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        Assert.Empty(errors);
        return results.ToList();
    }

    [Theory, SqliteStore, PostgresStore]
    public void Parallel_ingests_of_identical_and_different_documents_store_each_content_once(string kind)
    {
        using var store = TestStore.Create(kind);
        var entries = SampleCorpus.Entries();
        // Six writers of the same Xiamen outline plan, and two writers each of the four other samples.
        var xiamen = File.ReadAllBytes(Samples.Path000);
        var documents = Enumerable.Range(0, 6).Select(i => (xiamen, $"xiamen-{i}.txt", (PlanOverrides?)null))
            .Concat(entries.Where(e => !e.File.Contains("000_")).SelectMany(e => new[]
            {
                (File.ReadAllBytes(e.File), Path.GetFileName(e.File), (PlanOverrides?)e.Overrides),
                (File.ReadAllBytes(e.File), Path.GetFileName(e.File), (PlanOverrides?)e.Overrides),
            }))
            .ToList();

        var results = SaveAllAtOnce(store.Db, documents);

        Assert.Equal(5, results.Count(r => r.Outcome == IngestResult.Created));
        Assert.Equal(documents.Count - 5, results.Count(r => r.Outcome == IngestResult.Unchanged));
        Assert.All(results.GroupBy(r => r.PlanId), g => Assert.Single(g.Select(r => r.VersionId).Distinct()));
        var reader = new PlanReader(store.Db);
        Assert.Equal(5, reader.List().Count);
        using var c = store.Db.Connect();
        Assert.Equal(5L, c.ExecuteScalar<long>("SELECT COUNT(*) FROM plan_versions"));
        Assert.Equal(5L, c.ExecuteScalar<long>("SELECT COUNT(DISTINCT content_hash) FROM plan_versions"));
        var lines = Samples.Parsed("000").Source.Lines.Count;
        Assert.Equal((long)lines, c.ExecuteScalar<long>("SELECT COUNT(*) FROM source_lines WHERE version_id = @v",
            new { v = results[0].VersionId }));
    }

    [Theory, SqliteStore, PostgresStore]
    public void Parallel_revisions_of_one_plan_lose_no_version_and_no_update(string kind)
    {
        using var store = TestStore.Create(kind);
        var first = new PlanIngestor(store.Db).IngestFile(Samples.Path004);
        var text = File.ReadAllText(Samples.Path004);
        const int writers = 8;
        var documents = Enumerable.Range(1, writers)
            .Select(i => (Encoding.UTF8.GetBytes(text.Replace("第九章 保障措施", $"第九章 保障措施（修订 {i}）")), $"004-rev{i}.txt", (PlanOverrides?)null))
            .ToList();

        var results = SaveAllAtOnce(store.Db, documents);

        Assert.All(results, r => Assert.Equal(IngestResult.NewVersion, r.Outcome));
        Assert.All(results, r => Assert.Equal(first.PlanId, r.PlanId));
        Assert.Equal(Enumerable.Range(2, writers), results.Select(r => r.VersionNo).Order());
        using var c = store.Db.Connect();
        var plan = c.QuerySingle<(long Current, long RowVersion)>("SELECT current_version_id, row_version FROM plans WHERE id = @id", new { id = first.PlanId });
        Assert.Equal(writers + 1L, plan.RowVersion); // every write counted: none overwrote another unseen
        Assert.Equal(results.MaxBy(r => r.VersionNo)!.VersionId, plan.Current); // the last version written is current
        Assert.Equal(writers + 1, new PlanReader(store.Db).VersionCount(first.PlanId));
    }
}
