// Storage-level tests that already run on both stores here (like SearchTests.cs): not compiled again in Lantu.Tests.Postgres.
#if !LANTU_POSTGRES
using Lantu.Application.Samples;
using System.Text;
using Dapper;
using Lantu.Storage;
using Lantu.Storage.Search;
using Lantu.Tests.Storage;
using Microsoft.Data.Sqlite;

namespace Lantu.Tests.Search;

/// <summary>The Lucene index is a cache of the store: built when missing, following every change, on every node.</summary>
public class IndexFollowsStoreTests
{
    private static readonly SampleCorpus.Entry Xiamen = SampleCorpus.Entries().Single(e => Path.GetFileName(e.File).StartsWith("004"));

    private static byte[] Variant(string extra) => Encoding.UTF8.GetBytes(File.ReadAllText(Xiamen.File) + "\n\n附：" + extra + "\n");

    private static int Count(LantuDatabase db, string text, LuceneIndex? index = null) =>
        new PlanSearch(db, index).Search(new SearchQuery(text, Limit: 10_000)).Count;

    [Fact]
    public void A_database_without_an_index_gets_one_on_first_search()
    {
        using var dir = new Samples.TempDir();
        var db = LantuDatabase.Open(dir.File("lantu.db"));
        new PlanIngestor(db).IngestBytes(Variant("饕餮计划条款。"), "v1.txt", Xiamen.Overrides);
        // A copy of the file is a database no index has seen (as one made before migration 014 is).
        SqliteConnection.ClearAllPools();
        File.Copy(dir.File("lantu.db"), dir.File("copy.db"));
        Assert.False(Directory.Exists(dir.File("copy.db.index")));
        Assert.Equal(1, Count(LantuDatabase.Open(dir.File("copy.db")), "饕餮计划"));
        Assert.True(Directory.Exists(dir.File("copy.db.index")));
    }

    [Fact]
    public void Another_database_at_the_same_place_is_not_mistaken_for_the_one_indexed()
    {
        using var dir = new Samples.TempDir();
        var path = dir.File("lantu.db");
        var first = LantuDatabase.Open(path);
        new PlanIngestor(first).IngestBytes(Variant("饕餮计划条款。"), "v1.txt", Xiamen.Overrides);
        Assert.Equal(1, Count(first, "饕餮计划"));
        SqliteConnection.ClearAllPools();
        File.Delete(path);
        // The same number of changes, other content: the log's random token tells them apart.
        var second = LantuDatabase.Open(path);
        new PlanIngestor(second).IngestBytes(Variant("麒麟工程条款。"), "v1.txt", Xiamen.Overrides);
        Assert.Equal(0, Count(second, "饕餮计划"));
        Assert.Equal(1, Count(second, "麒麟工程"));
    }

    /// <summary>Two nodes, each with its own index, and writers committing new versions of one plan and new plans while
    /// both search: afterwards each node answers exactly as a scan of the store does.</summary>
    [Theory, SqliteStore, PostgresStore]
    public async Task Every_node_applies_every_change_made_while_it_searches(string kind)
    {
        using var store = TestStore.Create(kind);
        using var nodes = new Samples.TempDir();
        var a = LuceneIndex.At(Path.Combine(nodes.Path, "a"));
        var b = LuceneIndex.At(Path.Combine(nodes.Path, "b"));
        var ingestor = new PlanIngestor(store.Db);
        ingestor.IngestBytes(Variant("版本零。"), "v0.txt", Xiamen.Overrides);
        Assert.Equal(1, Count(store.Db, "版本零", a));

        using var stop = new CancellationTokenSource();
        var readers = new[] { a, b }.Select(index => Task.Run(() =>
        {
            while (!stop.IsCancellationRequested) Count(store.Db, "版本", index);
        })).ToList();
        var writers = Enumerable.Range(1, 6).Select(i => Task.Run(() =>
            ingestor.IngestBytes(Variant($"版本{Numerals[i]}：修订号{i}。"), $"v{i}.txt", Xiamen.Overrides))).ToList();
        await Task.WhenAll(writers);
        await stop.CancelAsync();
        await Task.WhenAll(readers);

        string current;
        using (var c = store.Db.Connect())
            current = c.ExecuteScalar<string>("SELECT v.source_file FROM plans p JOIN plan_versions v ON v.id = p.current_version_id")!;
        int last = int.Parse(current[1..^4]);
        foreach (var index in new[] { a, b })
        {
            Assert.Equal(1, Count(store.Db, "版本" + Numerals[last], index));
            Assert.Equal(0, Count(store.Db, "版本零", index));
            Assert.Equal(1, Count(store.Db, "修订号", index)); // one current version, not one per version seen
        }
    }

    private const string Numerals = "零一二三四五六";
}
#endif
