using System.Globalization;

namespace Lantu.Core.Monitoring;

/// <summary>
/// Judges an indicator in a year against its target (docs/METHODOLOGY.md). Progress ratio = change achieved since
/// the base year ÷ change planned by that year on the expected path. On or above the path: 符合序时进度 (or
/// 已完成/超前 once the target itself is reached); below it: 滞后, and 严重滞后 when the ratio falls under the
/// tolerance (0.7 for 预期性 indicators, 0.9 for 约束性 ones, which are judged strictly).
/// </summary>
public static class Evaluator
{
    public const double Tolerance = 0.7, BindingTolerance = 0.9;

    public static Evaluation Evaluate(TargetSpec t, IReadOnlyDictionary<int, double> observations, int year)
    {
        var forecast = t.Form == TargetForm.Unassessable ? null : Forecaster.Forecast(t, observations, year);
        var meets = Forecaster.Meets(t, forecast);
        Evaluation Result(double? value, double? expected, ProgressStatus status, string reason) =>
            new(year, value, expected, status, reason, forecast, meets);

        if (t.Form == TargetForm.Unassessable)
            return Result(observations.GetValueOrDefault(year, double.NaN) is var v && double.IsNaN(v) ? null : v, null,
                ProgressStatus.NotAssessable, t.Reason ?? "目标没有可比较的数值");
        if (year < t.BaseYear)
            return Result(null, null, ProgressStatus.NotAssessable, $"{year}年早于规划基期{t.BaseYear}年");

        double tolerance = t.Binding ? BindingTolerance : Tolerance;
        switch (t.Form)
        {
            case TargetForm.CumulativeTotal:
            {
                var missing = Enumerable.Range(t.BaseYear + 1, Math.Max(0, year - t.BaseYear)).Where(y => !observations.ContainsKey(y)).ToList();
                if (missing.Count > 0) return Result(null, ExpectedPath.At(t, year), ProgressStatus.NotAssessable, $"缺少{string.Join("、", missing)}年数据，无法累计");
                double sum = Enumerable.Range(t.BaseYear + 1, year - t.BaseYear).Sum(y => observations[y]);
                return Path(t, year, sum, 0, tolerance, Result, "累计");
            }
            case TargetForm.Range:
            case TargetForm.Bound:
                if (!observations.TryGetValue(year, out var yearly)) return Result(null, ExpectedPath.At(t, year), ProgressStatus.NotAssessable, $"缺少{year}年数据");
                return t.Form == TargetForm.Range ? InRange(t, year, yearly, tolerance, Result) : AgainstBound(t, year, yearly, tolerance, Result);
            default:
                if (!observations.TryGetValue(year, out var value)) return Result(null, ExpectedPath.At(t, year), ProgressStatus.NotAssessable, $"缺少{year}年数据");
                double? start = t.Form == TargetForm.CumulativeChange ? 0 : t.BaseValue;
                if (start is null && t.Form == TargetForm.AnnualGrowth)
                    return Result(value, null, ProgressStatus.NotAssessable, $"目标为年均增长{F(t.Value)}%，规划表中没有基期值，无法计算复合增长的序时进度");
                if (start is null)
                {
                    var end = ExpectedPath.End(t) ?? t.Value;
                    bool reached = end is double e && (t.Desired == Desired.Lower ? value <= e : value >= e);
                    return reached
                        ? Result(value, null, ProgressStatus.Achieved, $"实际值{F(value)}已达到目标值{F(end)}")
                        : Result(value, null, ProgressStatus.NotAssessable,
                            (string.IsNullOrWhiteSpace(t.BasePrinted) || t.BasePrinted.Trim() is "—" or "-" or "--" or "\\" ? "规划表中没有基期值" : $"基期值“{t.BasePrinted}”不是确切数值")
                            + $"，无法计算序时进度（达到目标值{F(end)}即为完成）");
                }
                return Path(t, year, value, start.Value, tolerance, Result, "");
        }
    }

    private static Evaluation Path(TargetSpec t, int year, double value, double start, double tolerance,
        Func<double?, double?, ProgressStatus, string, Evaluation> result, string label)
    {
        double expected = ExpectedPath.At(t, year)!.Value, end = ExpectedPath.End(t)!.Value;
        double sign = t.Desired == Desired.Lower || (t.Desired == Desired.Within && end < start) ? -1 : 1;
        string head = $"{year}年{label}实际值{F(value)}，序时进度{F(expected)}，目标{F(end)}";
        if (sign * (value - end) >= 0 && year >= t.BaseYear)
            return result(value, expected, ProgressStatus.Achieved, head + "：已达到目标");
        if (sign * (value - expected) >= 0)
            return result(value, expected, ProgressStatus.OnTrack, head + "：不低于序时进度");
        double planned = expected - start, ratio = planned == 0 ? 0 : (value - start) / planned;
        var status = ratio >= tolerance ? ProgressStatus.Lagging : ProgressStatus.SeverelyLagging;
        return result(value, expected, status, $"{head}：进度比{ratio.ToString("0.00", CultureInfo.InvariantCulture)}" + (t.Binding ? "（约束性指标，从严）" : ""));
    }

    private static Evaluation InRange(TargetSpec t, int year, double value, double tolerance,
        Func<double?, double?, ProgressStatus, string, Evaluation> result)
    {
        double min = t.Min!.Value, max = t.Max!.Value;
        string head = $"{year}年实际值{F(value)}，目标区间{F(min)}–{F(max)}";
        if (value >= min && value <= max) return result(value, min, ProgressStatus.OnTrack, head + "：在区间内");
        if (value > max)
            return t.Desired == Desired.Higher
                ? result(value, min, ProgressStatus.Achieved, head + "：高于区间上限")
                : result(value, min, ProgressStatus.Lagging, head + "：超出区间上限");
        double ratio = min > 0 ? value / min : (value >= min ? 1 : 0);
        return result(value, min, ratio >= tolerance ? ProgressStatus.Lagging : ProgressStatus.SeverelyLagging, head + $"：低于下限，达到下限的{Percent(ratio)}");
    }

    private static Evaluation AgainstBound(TargetSpec t, int year, double value, double tolerance,
        Func<double?, double?, ProgressStatus, string, Evaluation> result)
    {
        double bound = t.Value!.Value;
        bool upper = t.Desired == Desired.Lower;
        string head = $"{year}年实际值{F(value)}，目标{(upper ? "不高于" : "不低于")}{F(bound)}";
        if (upper ? value <= bound : value >= bound)
            return result(value, bound, year >= t.TargetYear ? ProgressStatus.Achieved : ProgressStatus.OnTrack, head + "：符合");
        double ratio = upper ? (value > 0 ? bound / value : 0) : (bound > 0 ? value / bound : 0);
        return result(value, bound, ratio >= tolerance ? ProgressStatus.Lagging : ProgressStatus.SeverelyLagging, head + $"：未达到，达到目标的{Percent(ratio)}");
    }

    private static string Percent(double ratio) => (ratio * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    private static string F(double v) => Math.Round(v, 2).ToString("0.##", CultureInfo.InvariantCulture);
    private static string F(double? v) => v is double d ? F(d) : "—";
}
