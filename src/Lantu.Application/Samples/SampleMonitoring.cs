using System.Text.Json;
using Lantu.Application.Exchange;
using Lantu.Core.Model;
using Lantu.Storage;

namespace Lantu.Application.Samples;

/// <summary>The bundled sample monitoring data (samples/monitoring), imported once for the demo.</summary>
public sealed class SampleMonitoring(LantuSession session, ObservationImport import, SampleFacts sampleFacts)
{
    private sealed record Entry(string PlanFile, string File);

    public const string Reporter = "样例数据";

    /// <summary>Imports each file into the plan ingested from its plan file, unless that plan already has sample data,
    /// then the published figures (<see cref="SampleFacts"/>). Returns the number of values stored.</summary>
    public int Load() => Load(out _);

    /// <summary>As <see cref="Load()"/>, with each sample plan's matched and unmatched facts.</summary>
    public int Load(out IReadOnlyList<SampleFacts.PlanFacts> facts)
    {
        int tables = LoadTables();
        facts = sampleFacts.Load();
        return tables + facts.Sum(p => p.Stored);
    }

    /// <summary>The department-style sample tables of the manifest (000-xiamen.csv, 002-fuzhou.csv).</summary>
    private int LoadTables()
    {
        var dir = Path.Combine(Path.GetDirectoryName(SampleCorpus.Directory)!, "monitoring");
        var manifest = Path.Combine(dir, "manifest.json");
        if (!File.Exists(manifest)) return 0;
        var entries = JsonSerializer.Deserialize<List<Entry>>(File.ReadAllText(manifest), LantuJson.Options)!;
        int imported = 0;
        foreach (var e in entries)
        {
            var plan = session.QueryFirstOrDefault<(long PlanId, long VersionId)>(
                "SELECT p.id, p.current_version_id FROM plans p JOIN plan_versions v ON v.id = p.current_version_id WHERE v.source_file = @f",
                new { f = e.PlanFile });
            if (plan.PlanId == 0) continue;
            if (session.ExecuteScalar<long>("SELECT COUNT(*) FROM observations WHERE plan_id = @p AND reported_by = @r", new { p = plan.PlanId, r = Reporter }) > 0) continue;
            var path = Path.Combine(dir, e.File);
            imported += import.Import(plan.PlanId, plan.VersionId, File.ReadAllBytes(path), e.File, Reporter).Values;
        }
        return imported;
    }
}
