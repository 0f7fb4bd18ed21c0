namespace Lantu.Core.Monitoring;

/// <summary>
/// The figures a judgement was computed from, so that a reader can redo it: base and current values with their
/// years, the target, and — depending on the method — the expected value, the observed and required annual rates (in
/// percent), their ratio, the forecast.
/// </summary>
public sealed record MethodFigures
{
    public double? Base { get; init; }
    public int BaseYear { get; init; }
    public double? Current { get; init; }
    public int? CurrentYear { get; init; }
    public double? Target { get; init; }
    public int TargetYear { get; init; }
    /// <summary>序时进度 value for the year.</summary>
    public double? Expected { get; init; }
    /// <summary>Observed compound annual growth rate (or average yearly amount for totals), percent.</summary>
    public double? ObservedRate { get; init; }
    /// <summary>The rate needed to reach the target on time, percent.</summary>
    public double? RequiredRate { get; init; }
    /// <summary>Observed ÷ required rate (progress measure) or achieved ÷ planned change (mid-term).</summary>
    public double? Ratio { get; init; }
    public double? Forecast { get; init; }

    /// <summary>The figures of a 序时进度 evaluation: totals and changes start from 0; a range's target is its minimum.</summary>
    public static MethodFigures Of(TargetSpec t, Evaluation e) => new()
    {
        Base = t.Form is TargetForm.CumulativeTotal or TargetForm.CumulativeChange ? 0 : t.BaseValue, BaseYear = t.BaseYear,
        Current = e.Value, CurrentYear = e.Value is null ? null : e.Year, Expected = e.Expected,
        Target = t.Form == TargetForm.Range ? t.Min : ExpectedPath.End(t) ?? t.Value, TargetYear = t.TargetYear, Forecast = e.Forecast,
    };
}

/// <summary>One indicator judged by one method in one year: the status (a code for machines, a label for people),
/// why, the figures, and whether the target will be met where the method says.</summary>
public sealed record MethodResult(
    EvaluationMethod Method,
    int Year,
    string Code,
    string Label,
    string Reason,
    MethodFigures Figures,
    bool? WillMeetTarget = null);
