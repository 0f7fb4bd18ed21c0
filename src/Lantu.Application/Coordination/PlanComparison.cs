using Lantu.Storage;
using Lantu.Storage.Monitoring;

namespace Lantu.Application.Coordination;

/// <summary>One row of a plan-against-plan comparison: an indicator of A, of B, or of both when they match.</summary>
public sealed record PlanPairRow(IndicatorSide? A, IndicatorSide? B, double Confidence, string Reason);

/// <summary>One plan's side of a matched row (the fields of <c>compare --json</c> that belong to one plan).</summary>
public sealed record IndicatorSide(int Indicator, string Name, string? Unit, string? Base, string? Target, string? Growth, string? Attribute, int LineStart)
{
    public static IndicatorSide Of(IndicatorRecord r) => new(r.Id, r.Name, r.Unit, r.Base, r.Target, r.Growth, r.Attribute, r.LineStart);
}

/// <summary>
/// One plan against another: each target-table indicator of A with the indicator of B that means the same (the
/// matcher of <see cref="CoordinationService"/>: synonym list, planners' confirmations and rejections), then B's
/// indicators that A lacks. Each indicator of B is used once, so two wordings in A cannot claim the same row of B.
/// </summary>
public sealed class PlanComparison(PlanReader reader, IndicatorReader indicators, CoordinationService coordination)
{
    public IReadOnlyList<PlanPairRow> Compare(long planA, long planB)
    {
        var (a, b) = (Targets(reader.Detail(planA).VersionId), Targets(reader.Detail(planB).VersionId));
        var matcher = coordination.Matcher();
        var rejected = coordination.Rejected();
        var used = new HashSet<int>();
        var result = new List<PlanPairRow>();
        foreach (var x in a)
        {
            var best = b.Where(y => !used.Contains(y.Id) && !rejected.Contains((x.Name, y.Name)))
                .Select(y => (Row: y, Match: matcher.Match(x.Name, y.Name)))
                .Where(m => m.Match.Same).OrderByDescending(m => m.Match.Confidence).FirstOrDefault();
            if (best.Row is null) { result.Add(new PlanPairRow(IndicatorSide.Of(x), null, 0, "")); continue; }
            used.Add(best.Row.Id);
            result.Add(new PlanPairRow(IndicatorSide.Of(x), IndicatorSide.Of(best.Row), best.Match.Confidence, best.Match.Reason));
        }
        result.AddRange(b.Where(y => !used.Contains(y.Id)).Select(y => new PlanPairRow(null, IndicatorSide.Of(y), 0, "")));
        return result;
    }

    private List<IndicatorRecord> Targets(long versionId) => indicators.Monitored(versionId).ToList();
}
