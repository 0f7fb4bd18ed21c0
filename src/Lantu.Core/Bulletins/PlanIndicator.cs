namespace Lantu.Core.Bulletins;

/// <summary>A plan's indicator as the bulletin reader and the fact matcher need it: its key (the plan's identifier for
/// it, e.g. <see cref="Indicators.IndicatorKey.Of"/>), its printed name and its unit.</summary>
public sealed record PlanIndicator(string Key, string Name, string? Unit)
{
    /// <summary>The indicators of a parsed plan: the target-table rows first, then targets stated in prose whose name
    /// no table row has (the same indicator is monitored once).</summary>
    public static IReadOnlyList<PlanIndicator> Of(IEnumerable<Indicators.IndicatorRow> rows)
    {
        var list = rows.Where(r => r.TableKind == "target").OrderBy(r => r.Source == "table" ? 0 : 1).ToList();
        var seen = new HashSet<string>();
        var result = new List<PlanIndicator>();
        foreach (var r in list)
            if (seen.Add(IndicatorWording.Clean(r.Name)))
                result.Add(new PlanIndicator(Indicators.IndicatorKey.Of(r), r.Name, r.Unit));
        return result;
    }
}
