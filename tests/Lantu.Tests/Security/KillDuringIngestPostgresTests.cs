#if LANTU_POSTGRES
using System.Text;
using Dapper;
using Lantu.Tests.Cli;

namespace Lantu.Tests.Security;

/// <summary>Issue 17, the PostgreSQL twin of KillDuringIngestTests: kill -9 of `lantu ingest` at different moments
/// leaves the database with all of the document (a new version holding every source line) or none of it (the server
/// rolls back the killed client's transaction). One database; each run ingests a text of its own.</summary>
[Collection("lockout")]
public sealed class KillDuringIngestPostgresTests
{
    /// <summary>A sample plan, its sections repeated (about 9 MB), marked <paramref name="run"/> on its first line (same line count every run).</summary>
    private static string BigPlan(string dir, int run)
    {
        var sample = File.ReadAllText(Directory.GetFiles(Samples.PlansDir, "*.txt").Order().First());
        var text = new StringBuilder(sample.Insert(sample.IndexOf('\n'), $"（中断测试第{run}稿）"));
        for (var i = 0; i < 30; i++) text.Append('\n').Append(sample.Replace("纲要", $"纲要（附{i}）"));
        var path = Path.Combine(dir, $"big-plan-{run}.txt");
        File.WriteAllText(path, text.ToString());
        return path;
    }

    /// <summary>The number of plan versions, and the source lines of the newest.</summary>
    private static (long Versions, long NewestLines) Counts(string db)
    {
        using var c = DatabaseFingerprint.Connect(db);
        return (c.ExecuteScalar<long>("SELECT COUNT(*) FROM plan_versions"),
            c.ExecuteScalar<long>("SELECT COUNT(*) FROM source_lines WHERE version_id = (SELECT MAX(id) FROM plan_versions)"));
    }

    [Fact]
    public void Killing_an_ingest_leaves_all_or_nothing_of_the_document()
    {
        using var store = TestDatabase.WithSamples();
        using var dir = new Samples.TempDir();
        var start = Counts(store.Location);
        var clean = System.Diagnostics.Stopwatch.StartNew();
        Assert.Equal(0, CliRunner.Process(store.Location, "ingest", BigPlan(dir.Path, 0)).ExitCode);
        clean.Stop();
        var (versions, lines) = Counts(store.Location);
        Assert.Equal(start.Versions + 1, versions);

        var outcomes = new List<string>();
        var run = 0;
        // Kills spread over the time a clean ingest took (0.1 to 1.2 of it, process start included).
        foreach (var share in new[] { 0.1, 0.3, 0.5, 0.7, 0.9, 1.2 })
        {
            var delay = (int)(clean.ElapsedMilliseconds * share);
            var file = BigPlan(dir.Path, ++run);
            var before = Counts(store.Location);
            KillDuringImportTests.KillAfter(delay, store.Location, "ingest", file);
            var after = Counts(store.Location);
            Assert.True(after == before || after == (before.Versions + 1, lines), $"killed after {delay} ms: {after}, expected {before} or {(before.Versions + 1, lines)}");
            outcomes.Add(after == before ? "nothing" : "all");
        }
        File.AppendAllText(Path.Combine(Samples.Output, "security-kill.txt"), $"{DateTime.UtcNow:u} kill -9 of lantu ingest (postgres, a clean ingest took {clean.ElapsedMilliseconds} ms): {string.Join(", ", outcomes)}\n");
    }
}
#endif
