#if !LANTU_POSTGRES
using System.Diagnostics;
using System.Text;
using Dapper;
using Lantu.Storage;
using Lantu.Tests.Storage;

namespace Lantu.Tests.Security;

/// <summary>Issue 17: kill -9 of `lantu ingest` at different moments leaves the SQLite database whole (integrity check)
/// with all or nothing of the document.</summary>
[Collection("lockout")]
public sealed class KillDuringIngestTests
{
    /// <summary>A plan-like text big enough that its ingest takes a moment (a sample plan, its sections repeated).</summary>
    private static string BigPlan(string dir)
    {
        var sample = File.ReadAllText(Directory.GetFiles(Samples.PlansDir, "*.txt").Order().First());
        var text = new StringBuilder(sample);
        for (var i = 0; i < 30; i++) text.Append('\n').Append(sample.Replace("纲要", $"纲要（附{i}）"));
        var path = Path.Combine(dir, "big-plan.txt");
        File.WriteAllText(path, text.ToString());
        return path;
    }

    private static (long Plans, long Lines) Counts(string db)
    {
        using var c = LantuDatabase.Open(db).Connect();
        Assert.Equal("ok", c.ExecuteScalar<string>("PRAGMA integrity_check"));
        return (c.ExecuteScalar<long>("SELECT COUNT(*) FROM plans"), c.ExecuteScalar<long>("SELECT COUNT(*) FROM source_lines"));
    }

    [Fact]
    public void Killing_an_ingest_leaves_the_database_whole_with_all_or_nothing_of_the_document()
    {
        using var store = TestDatabase.WithSamples();
        var dir = Path.GetDirectoryName(store.Location)!;
        var file = BigPlan(dir);
        var before = Counts(store.Location);

        // A clean ingest into a copy gives what "all" of the document is.
        var reference = Path.Combine(dir, "reference.db");
        File.Copy(store.Location, reference);
        Assert.Equal(0, Cli.CliRunner.Process(reference, "ingest", file).ExitCode);
        var all = Counts(reference);
        Assert.Equal(before.Plans + 1, all.Plans);

        var outcomes = new List<string>();
        foreach (var delay in new[] { 300, 700, 1200, 1800, 2600, 3500 })
        {
            var db = Path.Combine(dir, $"kill-{delay}.db");
            File.Copy(store.Location, db);
            var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "lantu.dll"), "ingest", file, "--db", db }) psi.ArgumentList.Add(a);
            psi.Environment["LANTU_DB"] = "";
            using var p = Process.Start(psi)!;
            Thread.Sleep(delay);
            if (!p.HasExited) Process.Start("kill", ["-9", p.Id.ToString()])!.WaitForExit();
            p.WaitForExit();
            var after = Counts(db);
            Assert.True(after == before || after == all, $"killed after {delay} ms: {after}, expected {before} or {all}");
            outcomes.Add(after == before ? "nothing" : "all");
        }
        File.AppendAllText(Path.Combine(Samples.Output, "security-kill.txt"), $"{DateTime.UtcNow:u} kill -9 of lantu ingest: {string.Join(", ", outcomes)}\n");
    }
}
#endif
