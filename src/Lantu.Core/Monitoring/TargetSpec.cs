namespace Lantu.Core.Monitoring;

/// <summary>How a target is judged (see docs/METHODOLOGY.md).</summary>
public enum TargetForm
{
    /// <summary>Reach a level by the target year (4.0, 3.0左右, 提高到21.6%): path from base to target.</summary>
    Level,
    /// <summary>Grow at an annual rate (年均增长7%) from the base value: a compound path.</summary>
    AnnualGrowth,
    /// <summary>Each year's value within a range (GDP growth 7-7.5%).</summary>
    Range,
    /// <summary>Each year's value on the right side of a bound (&gt;97.5, ≤0.035, 不低于10%).</summary>
    Bound,
    /// <summary>A five-year total ([60]): observed yearly amounts add up along a linear path.</summary>
    CumulativeTotal,
    /// <summary>A change over the period (累计下降12%, 累计提高3个百分点): the cumulative change achieved so far.</summary>
    CumulativeChange,
    /// <summary>Relative, delegated, textual or missing targets: no figure to judge against.</summary>
    Unassessable,
}

/// <summary>Desired direction of change.</summary>
public enum Desired { Higher, Lower, Within }

/// <summary>
/// A target in the terms the monitor judges it by, independent of how it was printed. Values are in the
/// indicator's own unit. <see cref="Value"/> is the target level, the annual rate (percent), the total or the change.
/// </summary>
public sealed record TargetSpec
{
    public required TargetForm Form { get; init; }
    public Desired Desired { get; init; } = Desired.Higher;
    /// <summary>约束性 indicators are judged strictly and reported first.</summary>
    public bool Binding { get; init; }
    public double? BaseValue { get; init; }
    public int BaseYear { get; init; } = 2020;
    public int TargetYear { get; init; } = 2025;
    public double? Value { get; init; }
    public double? Min { get; init; }
    public double? Max { get; init; }
    /// <summary>For Unassessable targets: why (shown with the status).</summary>
    public string? Reason { get; init; }
    /// <summary>The base-year cell as printed (says why there is no <see cref="BaseValue"/>: “—”, “>97.5”).</summary>
    public string? BasePrinted { get; init; }
    /// <summary>The target as printed, for reports.</summary>
    public string? Printed { get; init; }

    public int Span => Math.Max(1, TargetYear - BaseYear);
}
