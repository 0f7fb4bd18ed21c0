using System.Globalization;

namespace Lantu.Core.Monitoring;

/// <summary>The categories of China's national mid-term evaluation (中期评估) of a five-year plan.</summary>
public enum MidTermCategory { AheadAchieved, Faster, AsExpected, Lagging, NotAssessable }

public static class MidTermCategoryText
{
    public static string Label(this MidTermCategory c) => c switch
    {
        MidTermCategory.AheadAchieved => "提前实现",
        MidTermCategory.Faster => "快于预期",
        MidTermCategory.AsExpected => "基本符合预期",
        MidTermCategory.Lagging => "滞后",
        _ => "无法评估",
    };

    public static string Code(this MidTermCategory c) => c switch
    {
        MidTermCategory.AheadAchieved => "ahead_achieved",
        MidTermCategory.Faster => "faster",
        MidTermCategory.AsExpected => "as_expected",
        MidTermCategory.Lagging => "lagging",
        _ => "not_assessable",
    };
}

/// <summary>
/// Sorts an indicator into the categories the national mid-term evaluation reports use. On the 序时进度 path
/// (<see cref="Evaluator"/>): the target already reached → 提前实现; progress ratio (change achieved ÷ change planned
/// by the year) ≥ 1.10 → 快于预期; ≥ 0.90 (≥ 1.00 for 约束性 indicators, judged strictly) → 基本符合预期; below → 滞后.
/// A yearly range: above its top → 快于预期, inside → 基本符合预期, below → 滞后. A bound: met → 基本符合预期, not met → 滞后.
/// </summary>
public static class MidTermAssessment
{
    public const double FasterRatio = 1.10, AsExpectedRatio = 0.90, BindingAsExpectedRatio = 1.00;

    public static (MidTermCategory Category, MethodResult Result) Evaluate(TargetSpec t, IReadOnlyDictionary<int, double> observations, int year)
    {
        var e = Evaluator.Evaluate(t, observations, year);
        var figures = MethodFigures.Of(t, e);
        (MidTermCategory, MethodResult) Result(MidTermCategory c, string reason, MethodFigures? f = null) =>
            (c, new MethodResult(EvaluationMethod.MidTerm, year, c.Code(), c.Label(), reason, f ?? figures, e.WillMeetTarget));

        if (e.Status == ProgressStatus.NotAssessable) return Result(MidTermCategory.NotAssessable, e.Reason);
        switch (t.Form)
        {
            case TargetForm.Range:
                return e.Status switch
                {
                    ProgressStatus.Achieved when t.Desired == Desired.Higher => Result(MidTermCategory.Faster, e.Reason),
                    ProgressStatus.OnTrack => Result(MidTermCategory.AsExpected, e.Reason),
                    _ => Result(MidTermCategory.Lagging, e.Reason),
                };
            case TargetForm.Bound:
                return e.Status is ProgressStatus.Achieved or ProgressStatus.OnTrack
                    ? Result(MidTermCategory.AsExpected, e.Reason)
                    : Result(MidTermCategory.Lagging, e.Reason);
        }
        if (e.Status == ProgressStatus.Achieved) return Result(MidTermCategory.AheadAchieved, e.Reason);
        if (e.Value is not double value || e.Expected is not double expected || figures.Base is not double start)
            return Result(MidTermCategory.NotAssessable, e.Reason);
        double planned = expected - start;
        double ratio = planned == 0 ? (value == start ? 1 : (value - start) * (t.Desired == Desired.Lower ? -1 : 1) > 0 ? double.PositiveInfinity : 0)
            : (value - start) / planned;
        string head = $"{year}年实际{ProgressMeasure.F(value)}，序时进度{ProgressMeasure.F(expected)}，基期{ProgressMeasure.F(start)}：" +
                      $"进度比({ProgressMeasure.F(value)} − {ProgressMeasure.F(start)}) ÷ ({ProgressMeasure.F(expected)} − {ProgressMeasure.F(start)}) = " +
                      (double.IsInfinity(ratio) ? "∞" : ratio.ToString("0.000", CultureInfo.InvariantCulture));
        var withRatio = figures with { Ratio = double.IsInfinity(ratio) ? null : ratio };
        double floor = t.Binding ? BindingAsExpectedRatio : AsExpectedRatio;
        if (ratio >= FasterRatio) return Result(MidTermCategory.Faster, head, withRatio);
        if (ratio >= floor) return Result(MidTermCategory.AsExpected, head, withRatio);
        return Result(MidTermCategory.Lagging, head + (t.Binding ? "（约束性指标，低于序时进度即为滞后）" : ""), withRatio);
    }
}

/// <summary>One indicator's mid-term category, for the summary.</summary>
public sealed record MidTermItem(string Key, string Name, bool Binding, MidTermCategory Category, MethodResult Result);

/// <summary>What a 中期评估 report states up front: how many indicators fall in each category, and the binding
/// (约束性) indicators listed apart with their categories, as the national mid-term evaluation does.</summary>
public sealed record MidTermSummary(IReadOnlyDictionary<MidTermCategory, int> Counts, IReadOnlyList<MidTermItem> Binding, int Total)
{
    public static MidTermSummary Of(IReadOnlyList<MidTermItem> items) => new(
        Enum.GetValues<MidTermCategory>().ToDictionary(c => c, c => items.Count(i => i.Category == c)),
        items.Where(i => i.Binding).ToList(),
        items.Count);

    /// <summary>共17项指标：提前实现2项，快于预期3项，基本符合预期6项，滞后2项，无法评估4项；约束性指标5项，其中滞后1项（…）。</summary>
    public string Text()
    {
        var parts = string.Join("，", Enum.GetValues<MidTermCategory>().Select(c => $"{c.Label()}{Counts[c]}项"));
        var lagging = Binding.Where(b => b.Category == MidTermCategory.Lagging).Select(b => b.Name).ToList();
        return $"共{Total}项指标：{parts}；约束性指标{Binding.Count}项，其中滞后{lagging.Count}项" +
               (lagging.Count > 0 ? $"（{string.Join("、", lagging)}）" : "") + "。";
    }
}
