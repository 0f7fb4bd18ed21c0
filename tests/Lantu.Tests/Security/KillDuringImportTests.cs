using System.Diagnostics;
using System.Globalization;
using Dapper;
using Lantu.Application.Exchange;
using Lantu.Tests.Cli;

namespace Lantu.Tests.Security;

/// <summary>
/// Issue 17: kill -9 of `lantu import` (a filled data-entry template) at different moments leaves the database whole —
/// on SQLite `PRAGMA integrity_check` says ok — holding all of the file's values or none of them. Runs on SQLite here and
/// on PostgreSQL in Lantu.Tests.Postgres (there a killed client's transaction is rolled back by the server).
/// </summary>
[Collection("lockout")]
public sealed class KillDuringImportTests
{
    private const long Plan = 2; // 泉州台商投资区: 40 monitored indicators

    /// <summary>Plan 2's template with every indicator given <paramref name="value"/> for every year and quarter the
    /// plan accepts, base year to last year (1,200 values); the number of values.</summary>
    private static int Filled(string db, string path, int value)
    {
        Assert.Equal(0, CliRunner.Lantu(db, "template", Plan.ToString(CultureInfo.InvariantCulture), "-o", path).ExitCode);
        var template = TemplateFile.Read(File.ReadAllBytes(path), path);
        // Every year the plan accepts (its base year to its last year: the template's years and the one before) and
        // every quarter of them.
        var years = template[0].Select(h => int.TryParse(h, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : 0).Where(y => y > 0).ToList();
        var accepted = Enumerable.Range(years.Min() - 1, years.Max() - years.Min() + 2).ToList();
        var periods = accepted.Select(y => y.ToString(CultureInfo.InvariantCulture))
            .Concat(accepted.SelectMany(y => Enumerable.Range(1, 4).Select(q => $"{y}Q{q}"))).ToList();
        List<string[]> rows = [[TemplateFile.IdColumn, TemplateFile.NameColumn, TemplateFile.UnitColumn, .. periods, TemplateFile.SourceColumn]];
        foreach (var r in template.Skip(1))
            rows.Add([r[0], r[1], r[2], .. periods.Select(_ => value.ToString(CultureInfo.InvariantCulture)), "中断测试"]);
        using (var file = File.Create(path)) TemplateFile.WriteCsv(rows, file);
        return (rows.Count - 1) * periods.Count;
    }

    /// <summary>The plan's observations, and how many hold <paramref name="value"/>; on SQLite after an integrity check.</summary>
    private static (long All, long WithValue) Observations(string db, int value)
    {
        using var c = DatabaseFingerprint.Connect(db);
        if (!TestDatabase.OnPostgres) Assert.Equal("ok", c.ExecuteScalar<string>("PRAGMA integrity_check"));
        return (c.ExecuteScalar<long>("SELECT COUNT(*) FROM observations WHERE plan_id = @Plan", new { Plan }),
            c.ExecuteScalar<long>("SELECT COUNT(*) FROM observations WHERE plan_id = @Plan AND value = @value", new { Plan, value = (double)value }));
    }

    [Fact]
    public void Killing_an_import_leaves_the_database_whole_with_all_or_none_of_the_values()
    {
        using var store = TestDatabase.WithSamples(monitoring: true);
        using var dir = new Samples.TempDir();
        var file = dir.File("filled.csv");

        // A clean import gives what "all" of a file is: one observation per value.
        var values = Filled(store.Location, file, 1);
        var start = Observations(store.Location, 1);
        var clean = Stopwatch.StartNew();
        Assert.Equal(0, CliRunner.Process(store.Location, "import", file, "--plan", Plan.ToString(CultureInfo.InvariantCulture)).ExitCode);
        clean.Stop();
        Assert.Equal((start.All + values, (long)values), Observations(store.Location, 1));

        var outcomes = new List<string>();
        var run = 1;
        // Kills spread over the time a clean import took (0.15 to 1.2 of it, process start included).
        foreach (var share in new[] { 0.15, 0.3, 0.5, 0.7, 0.9, 1.2 })
        {
            var delay = (int)(clean.ElapsedMilliseconds * share);
            run++; // each run's file has values of its own, so "all" and "none" can be told apart
            Assert.Equal(values, Filled(store.Location, file, run));
            var before = Observations(store.Location, run);
            KillAfter(delay, store.Location, "import", file, "--plan", Plan.ToString(CultureInfo.InvariantCulture));
            var after = Observations(store.Location, run);
            var all = (before.All + values, (long)values);
            Assert.True(after == before || after == all, $"killed after {delay} ms: {after}, expected {before} (none) or {all} (all)");
            outcomes.Add(after == before ? "none" : "all");
        }
        File.AppendAllText(Path.Combine(Samples.Output, "security-kill.txt"),
            $"{DateTime.UtcNow:u} kill -9 of lantu import ({TestDatabase.Kind}, {values} values, a clean import took {clean.ElapsedMilliseconds} ms): {string.Join(", ", outcomes)}\n");
    }

    /// <summary>Starts `lantu ARGS --db DB` as a process of its own and kills it with kill -9 after <paramref name="delay"/> ms
    /// (unless it has finished by then).</summary>
    internal static void KillAfter(int delay, string db, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "lantu.dll") }.Concat(args).Concat(["--db", db])) psi.ArgumentList.Add(a);
        psi.Environment["LANTU_DB"] = "";
        using var p = Process.Start(psi)!;
        Thread.Sleep(delay);
        if (!p.HasExited) Process.Start("kill", ["-9", p.Id.ToString(CultureInfo.InvariantCulture)])!.WaitForExit();
        p.WaitForExit();
    }
}
