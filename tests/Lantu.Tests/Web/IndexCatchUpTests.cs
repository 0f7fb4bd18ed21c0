using System.Diagnostics;
using Dapper;
using Lantu.Storage;
using Lantu.Storage.Search;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace Lantu.Tests.Web;

/// <summary>The search index is brought up to the change log without waiting for a search: by `lantu ingest` after a
/// load, and by <see cref="LuceneIndex.CatchUp"/> (what `lantu serve` runs in the background at start).</summary>
public sealed class IndexCatchUpTests
{
    /// <summary>The change-log position recorded in the index's last commit, or null when none is.</summary>
    private static long? IndexedSeq(LantuDatabase db)
    {
        var path = LuceneIndex.PathOf(db);
        if (!System.IO.Directory.Exists(path)) return null;
        using var directory = FSDirectory.Open(path);
        if (!DirectoryReader.IndexExists(directory)) return null;
        var data = DirectoryReader.ListCommits(directory)[^1].UserData;
        return data.TryGetValue("seq", out var seq) ? long.Parse(seq) : null;
    }

    private static long LastSeq(LantuDatabase db)
    {
        using var c = db.Connect();
        return c.ExecuteScalar<long>("SELECT COALESCE(MAX(seq), 0) FROM search_changes");
    }

    [Fact]
    public void Catch_up_indexes_every_logged_change_before_any_search()
    {
        // Ingested here rather than copied from the samples' template: a copy between stores leaves the change log out.
        using var store = TestDatabase.Fresh();
        var db = LantuDatabase.Open(store.Location);
        new PlanIngestor(db).IngestFile(Samples.Path004);
        Assert.True(LastSeq(db) > 0);
        Assert.NotEqual(LastSeq(db), IndexedSeq(db));
        LuceneIndex.For(db).CatchUp(db);
        Assert.Equal(LastSeq(db), IndexedSeq(db));
        var hits = new PlanSearch(db).Search(new SearchQuery("数字经济", null, null, null, 20));
        Assert.NotEmpty(hits);
    }

    [Fact]
    public async Task Lantu_ingest_leaves_the_index_current()
    {
        using var store = TestDatabase.Fresh();
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "lantu.dll"), "ingest", Samples.Path004, "--json", "--db", store.Location })
            psi.ArgumentList.Add(a);
        psi.Environment["LANTU_DB"] = "";
        using var p = Process.Start(psi)!;
        var output = await p.StandardOutput.ReadToEndAsync();
        await p.WaitForExitAsync();
        Assert.True(p.ExitCode == 0, output + await p.StandardError.ReadToEndAsync());
        var db = LantuDatabase.Open(store.Location);
        Assert.True(LastSeq(db) > 0);
        Assert.Equal(LastSeq(db), IndexedSeq(db));
    }
}
