namespace Lantu.Core.Bulletins;

/// <summary>A plan's indicator as the bulletin reader and the fact matcher need it: its key (the plan's identifier for
/// it, e.g. <see cref="Indicators.IndicatorKey.Of"/>), its printed name and its unit.</summary>
public sealed record PlanIndicator(string Key, string Name, string? Unit)
{
    /// <summary>The indicators of a parsed plan: the target-table rows first, then targets stated in prose that name
    /// no indicator already listed (鲤城区's prose 生产总值 突破650亿元 is its table's 地区生产总值: monitored once).</summary>
    public static IReadOnlyList<PlanIndicator> Of(IEnumerable<Indicators.IndicatorRow> rows)
    {
        var list = rows.Where(r => r.TableKind == Indicators.TableKind.Target).OrderBy(r => r.Source == Indicators.RowSource.Table ? 0 : 1).ToList();
        var seen = new List<IndicatorSubject>();
        var result = new List<PlanIndicator>();
        foreach (var r in list)
        {
            var subject = IndicatorWording.SubjectOf(r.Name, r.Unit);
            if (seen.Any(s => s.Growth == subject.Growth && IndicatorWording.Same(s.Subject, subject.Subject))) continue;
            seen.Add(subject);
            result.Add(new PlanIndicator(Indicators.IndicatorKey.Of(r), r.Name, r.Unit));
        }
        return result;
    }
}
