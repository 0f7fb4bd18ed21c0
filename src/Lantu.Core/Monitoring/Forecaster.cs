namespace Lantu.Core.Monitoring;

/// <summary>
/// Where the indicator ends up at the current pace, as the UN ESCAP SDG progress assessment does it: the compound
/// annual growth rate of the observed values (the base value counts as the first observation) carried forward to
/// the target year. Values that are not all positive, and cumulative changes, use the average yearly change instead.
/// </summary>
public static class Forecaster
{
    public static double? Forecast(TargetSpec t, IReadOnlyDictionary<int, double> observations, int year)
    {
        var points = observations.Where(o => o.Key <= year && o.Key > t.BaseYear).OrderBy(o => o.Key).ToList();
        if (t.Form == TargetForm.CumulativeTotal)
        {
            if (points.Count == 0) return null;
            double sum = points.Sum(p => p.Value), perYear = sum / points.Count;
            return sum + perYear * (t.TargetYear - points[^1].Key);
        }
        if (t.BaseValue is double b && t.Form != TargetForm.CumulativeChange) points.Insert(0, new(t.BaseYear, b));
        if (t.Form == TargetForm.CumulativeChange) points.Insert(0, new(t.BaseYear, 0));
        if (points.Count < 2) return null;
        var (first, last) = (points[0], points[^1]);
        int years = last.Key - first.Key, ahead = t.TargetYear - last.Key;
        if (years <= 0) return null;
        if (first.Value > 0 && last.Value > 0 && t.Form != TargetForm.CumulativeChange)
        {
            double cagr = Math.Pow(last.Value / first.Value, 1.0 / years) - 1;
            return last.Value * Math.Pow(1 + cagr, ahead);
        }
        return last.Value + (last.Value - first.Value) / years * ahead;
    }

    /// <summary>Whether a forecast value meets the target, or null when the target has no figure.</summary>
    public static bool? Meets(TargetSpec t, double? forecast)
    {
        if (forecast is not double f) return null;
        return t.Form switch
        {
            TargetForm.Range when t.Min is double min && t.Max is double max => t.Desired == Desired.Higher ? f >= min : f >= min && f <= max,
            TargetForm.Bound when t.Value is double bound => t.Desired == Desired.Lower ? f <= bound : f >= bound,
            _ when ExpectedPath.End(t) is double end => t.Desired == Desired.Lower ? f <= end : f >= end,
            _ => null,
        };
    }
}
