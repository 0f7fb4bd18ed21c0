using System.Globalization;
using Lantu.Core.Indicators;

namespace Lantu.Core.Monitoring;

/// <summary>The five categories of the progress measure.</summary>
public enum ProgressCategory { TargetAchieved, OnTrack, NeedsAcceleration, Limited, Deterioration, NotAssessable }

public static class ProgressCategoryText
{
    public static string Label(this ProgressCategory c) => c switch
    {
        ProgressCategory.TargetAchieved => "已实现目标",
        ProgressCategory.OnTrack => "进展良好",
        ProgressCategory.NeedsAcceleration => "需加快",
        ProgressCategory.Limited => "进展有限",
        ProgressCategory.Deterioration => "倒退",
        _ => "无法评估",
    };

    public static string Code(this ProgressCategory c) => c switch
    {
        ProgressCategory.TargetAchieved => "target_achieved",
        ProgressCategory.OnTrack => "on_track",
        ProgressCategory.NeedsAcceleration => "needs_acceleration",
        ProgressCategory.Limited => "limited_progress",
        ProgressCategory.Deterioration => "deterioration",
        _ => "not_assessable",
    };
}

/// <summary>
/// The progress measure of Statistics Canada, built into Open SDG: the compound annual growth rate observed from the
/// base year to the latest year with a value, CAGRₐ = (yₜ / y₀)^(1/(t − t₀)) − 1, against the rate required to reach
/// the target on time, CAGRᵣ = (y_T / y₀)^(1/(T − t₀)) − 1; R = CAGRₐ / CAGRᵣ: target reached → 已实现目标, R ≥ 0.95
/// 进展良好, 0.60 ≤ R &lt; 0.95 需加快, 0 ≤ R &lt; 0.60 进展有限, R &lt; 0 倒退. Without a numeric target, d × CAGRₐ
/// (d = +1 when higher is better, −1 when lower is) against 1.5% and 0.5% a year. Totals over the period (五年累计)
/// compare the average yearly amount achieved with the one required. Rates that are themselves yearly growth figures
/// (地区生产总值增长 7–7.5%) have no compound growth and are left to the other methods.
/// </summary>
public static class ProgressMeasure
{
    public const double OnTrackRatio = 0.95, AccelerationRatio = 0.60;
    /// <summary>Growth thresholds without a target, as fractions (1.5% and 0.5% a year).</summary>
    public const double OnTrackGrowth = 0.015, AccelerationGrowth = 0.005;

    /// <param name="indicatorName">Gives the desired direction when the target has no figure (DirectionRules), and
    /// tells a growth-rate indicator apart.</param>
    public static (ProgressCategory Category, MethodResult Result) Evaluate(TargetSpec t, IReadOnlyDictionary<int, double> observations,
        int year, string? indicatorName = null)
    {
        var latest = observations.Where(o => o.Key <= year && o.Key > t.BaseYear).OrderBy(o => o.Key).LastOrDefault();
        var figures = new MethodFigures { Base = t.BaseValue, BaseYear = t.BaseYear, TargetYear = t.TargetYear, Target = TargetLevel(t) };
        (ProgressCategory, MethodResult) Result(ProgressCategory c, string reason, MethodFigures f) =>
            (c, new MethodResult(EvaluationMethod.ProgressMeasure, year, c.Code(), c.Label(), reason, f));

        if (latest.Key == 0) return Result(ProgressCategory.NotAssessable, $"{t.BaseYear + 1}–{year}年没有数据", figures);
        figures = figures with { Current = latest.Value, CurrentYear = latest.Key };
        bool growthRate = indicatorName is not null && IsGrowthRate(indicatorName);
        if (t.Form == TargetForm.Range || growthRate)
            return Result(ProgressCategory.NotAssessable, "指标本身是年度增速，没有复合增长率可比，按序时进度或中期评估分类逐年判断", figures);

        int elapsed = latest.Key - t.BaseYear;
        if (t.Form == TargetForm.CumulativeTotal)
            return Totals(t, observations, latest.Key, figures, Result);
        if (t.Form == TargetForm.CumulativeChange)
        {
            // The cumulative change achieved (5.0 of 12 by 2022): average yearly change achieved against required.
            double observedChange = latest.Value / elapsed, requiredChange = t.Value!.Value / t.Span;
            return ByRatio(latest.Value >= t.Value, observedChange / requiredChange, figures with
            {
                Base = 0, Target = t.Value, ObservedRate = observedChange, RequiredRate = requiredChange, Ratio = observedChange / requiredChange,
            }, $"累计变化{F(latest.Value)}，年均{F(observedChange)}，需年均{F(requiredChange)}", Result);
        }
        // Without a base value in the plan (厦门 研发经费投入强度 “—”), the earliest observed year is the base, as the
        // measure does for series that start after the base year.
        double? start = t.BaseValue;
        int startYear = t.BaseYear;
        string note = "";
        if (start is null && t.Form is TargetForm.Level or TargetForm.Bound or TargetForm.Unassessable
            && observations.Where(o => o.Key <= year).OrderBy(o => o.Key).First() is var first && first.Key < latest.Key)
        {
            (start, startYear) = (first.Value, first.Key);
            note = $"规划表中没有基期值，以最早的观测值（{first.Key}年{F(first.Value)}）为基期；";
            figures = figures with { Base = start, BaseYear = startYear };
        }
        if (start is not double b)
            return Result(ProgressCategory.NotAssessable, "规划表中没有基期值，且只有一年数据，无法计算复合增长率", figures);
        if (b <= 0 || latest.Value <= 0)
            return Result(ProgressCategory.NotAssessable, "基期值或当前值不是正数，无法计算复合增长率", figures);
        elapsed = latest.Key - startYear;
        double observed = Math.Pow(latest.Value / b, 1.0 / elapsed) - 1;
        figures = figures with { ObservedRate = observed * 100 };

        double? target = TargetLevel(t);
        if (t.Form == TargetForm.Unassessable || target is null)
            return WithoutTarget(t, indicatorName, observed, figures, Result);

        bool lower = t.Desired == Desired.Lower;
        bool reached = lower ? latest.Value <= target : latest.Value >= target;
        double required = Math.Pow(target.Value / b, 1.0 / Math.Max(1, t.TargetYear - startYear)) - 1;
        figures = figures with { RequiredRate = required * 100 };
        string head = note + $"基期{startYear}年{F(b)}，{latest.Key}年{F(latest.Value)}，目标{t.TargetYear}年{F(target.Value)}；" +
                      $"实际年均增长{Pct(observed)}，需年均增长{Pct(required)}";
        if (reached) return Result(ProgressCategory.TargetAchieved, head + "：已达到目标", figures);
        // The base already met a bound it has since left (森林覆盖率 41.72, >40, now below 40): moving the wrong way.
        bool wrongSide = lower ? required > 0 : required < 0;
        if (required == 0 || wrongSide)
            return Result(ProgressCategory.Deterioration, head + "：基期已达到目标，现已偏离", figures);
        double ratio = observed / required;
        return ByRatio(false, ratio, figures with { Ratio = ratio }, head, Result);
    }

    private static (ProgressCategory, MethodResult) ByRatio(bool reached, double ratio, MethodFigures figures, string head,
        Func<ProgressCategory, string, MethodFigures, (ProgressCategory, MethodResult)> result)
    {
        if (reached) return result(ProgressCategory.TargetAchieved, head + "：已达到目标", figures);
        var category = ratio >= OnTrackRatio ? ProgressCategory.OnTrack
            : ratio >= AccelerationRatio ? ProgressCategory.NeedsAcceleration
            : ratio >= 0 ? ProgressCategory.Limited : ProgressCategory.Deterioration;
        return result(category, $"{head}；比值R = {ratio.ToString("0.000", CultureInfo.InvariantCulture)}", figures);
    }

    private static (ProgressCategory, MethodResult) Totals(TargetSpec t, IReadOnlyDictionary<int, double> observations, int last,
        MethodFigures figures, Func<ProgressCategory, string, MethodFigures, (ProgressCategory, MethodResult)> result)
    {
        var missing = Enumerable.Range(t.BaseYear + 1, last - t.BaseYear).Where(y => !observations.ContainsKey(y)).ToList();
        if (missing.Count > 0) return result(ProgressCategory.NotAssessable, $"缺少{string.Join("、", missing)}年数据，无法累计", figures);
        double sum = Enumerable.Range(t.BaseYear + 1, last - t.BaseYear).Sum(y => observations[y]);
        double perYear = sum / (last - t.BaseYear), required = t.Value!.Value / t.Span, ratio = perYear / required;
        return ByRatio(sum >= t.Value, ratio, figures with
        {
            Base = 0, Current = sum, Target = t.Value, ObservedRate = perYear, RequiredRate = required, Ratio = ratio,
        }, $"{t.BaseYear + 1}–{last}年累计{F(sum)}，年均{F(perYear)}，需年均{F(required)}（目标{F(t.Value.Value)}）", result);
    }

    private static (ProgressCategory, MethodResult) WithoutTarget(TargetSpec t, string? name, double observed, MethodFigures figures,
        Func<ProgressCategory, string, MethodFigures, (ProgressCategory, MethodResult)> result)
    {
        var direction = t.Form == TargetForm.Unassessable && name is not null
            ? DirectionRules.NameDirection(name) == Direction.Lower ? Desired.Lower : Desired.Higher
            : t.Desired;
        if (direction == Desired.Within) return result(ProgressCategory.NotAssessable, "目标为区间，无目标值时无法判断方向", figures);
        double d = direction == Desired.Lower ? -1 : 1, growth = d * observed;
        var category = growth >= OnTrackGrowth ? ProgressCategory.OnTrack
            : growth >= AccelerationGrowth ? ProgressCategory.NeedsAcceleration
            : growth >= 0 ? ProgressCategory.Limited : ProgressCategory.Deterioration;
        return result(category, $"无数值目标：{figures.BaseYear}年{F(figures.Base)}至{figures.CurrentYear}年{F(figures.Current)}，" +
            $"{(d < 0 ? "越低越好，" : "")}按期望方向的年均变化{Pct(growth)}（对照1.5%、0.5%）", figures);
    }

    /// <summary>The level the target stands for: the target value, the end of a compound path, a bound.</summary>
    private static double? TargetLevel(TargetSpec t) => t.Form switch
    {
        TargetForm.Level or TargetForm.Bound => t.Value,
        TargetForm.AnnualGrowth => ExpectedPath.End(t),
        TargetForm.CumulativeTotal or TargetForm.CumulativeChange => t.Value,
        _ => null,
    };

    private static bool IsGrowthRate(string name) => name.TrimEnd().EndsWith("增长") || name.EndsWith("增长率") || name.EndsWith("增速");

    internal static string Pct(double fraction) => (fraction * 100).ToString("0.00", CultureInfo.InvariantCulture) + "%";
    internal static string F(double? v) => v is double d ? Math.Round(d, 4).ToString("0.####", CultureInfo.InvariantCulture) : "—";
}
