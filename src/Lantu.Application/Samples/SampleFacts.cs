using Lantu.Core.Bulletins;
using Lantu.Core.Monitoring;
using Lantu.Storage;
using Lantu.Storage.Monitoring;

namespace Lantu.Application.Samples;

/// <summary>
/// The published figures of samples/monitoring/monitoring-facts.csv loaded into the bundled sample plans: each fact
/// matched to the plan's own indicator wording (<see cref="FactMatcher"/>) and stored as an observation that keeps its
/// source, grade and estimate flag. Idempotent: a year that already has a value is left as it is. Only the years the
/// file gives are stored — a missing year stays missing.
/// </summary>
public sealed class SampleFacts(PlanReader plans, IndicatorReader indicators, ObservationStore store)
{
    public const string Reporter = "公报数据（样例）";

    /// <summary>A plan's outcome: the facts stored now, and every fact of its region that matches none of its
    /// indicators, with the reason.</summary>
    public sealed record PlanFacts(long PlanId, string Title, int Stored, IReadOnlyList<FactMatch> Matched, IReadOnlyList<FactMatch> Unmatched);

    public static string FilePath => Path.Combine(Path.GetDirectoryName(SampleCorpus.Directory)!, "monitoring", "monitoring-facts.csv");

    public static IReadOnlyList<MonitoringFact> Facts() => File.Exists(FilePath) ? MonitoringFacts.Load(FilePath) : [];

    /// <summary>Loads the facts into the bundled sample plans (a plan of the user's own is never touched).</summary>
    public IReadOnlyList<PlanFacts> Load()
    {
        var facts = Facts();
        if (facts.Count == 0) return [];
        var samples = SampleCorpus.Entries().Select(e => Path.GetFileName(e.File)).ToHashSet();
        var result = new List<PlanFacts>();
        foreach (var plan in plans.List().Where(p => samples.Contains(p.SourceFile)))
        {
            var matches = Match(plan.VersionId, plan.Region, facts);
            if (matches.Count == 0) continue;
            var fresh = matches.Where(m => m.Matched && !store.Has(plan.Id, m.Indicator!.Key, m.Fact.Year))
                .Select(m => new ObservationInput(m.Indicator!.Key, m.Fact.Year, m.Value!.Value, m.SourceText,
                    m.Reason == "名称相同" ? null : $"公报表述：{m.Fact.Indicator}（{m.Fact.Value}{m.Fact.Unit}）")
                { Grade = m.Fact.Grade.ToString(), Estimate = m.Fact.Estimate })
                .ToList();
            if (fresh.Count > 0) store.RecordAll(plan.Id, fresh, Reporter);
            result.Add(new PlanFacts(plan.Id, plan.Title, fresh.Count, matches.Where(m => m.Matched).ToList(), matches.Where(m => !m.Matched).ToList()));
        }
        return result;
    }

    /// <summary>The plan's region's facts matched to its monitored indicators (without storing anything).</summary>
    public IReadOnlyList<FactMatch> Match(long versionId, string? region, IReadOnlyList<MonitoringFact> facts)
    {
        if (region is null || !facts.Any(f => FactMatcher.SameRegion(f.Region, region))) return [];
        var monitored = indicators.Monitored(versionId).Select(i => new PlanIndicator(i.Key, i.Name, i.Unit)).ToList();
        return FactMatcher.Match(facts, region, monitored);
    }

    /// <summary>Whether the plan's source file is one of the bundled samples'.</summary>
    public static bool IsSample(string sourceFile) => SampleCorpus.Entries().Any(e => Path.GetFileName(e.File) == sourceFile);
}
