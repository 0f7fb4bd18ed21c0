namespace Lantu.Application.Monitoring;

/// <summary>One indicator's standing in a year (the JSON contract of `progress --json`).</summary>
public sealed class ProgressRow
{
    public int Indicator { get; init; }
    public required string Name { get; init; }
    public string? Category { get; init; }
    public string? Unit { get; init; }
    public string? Attribute { get; init; }
    /// <summary>The target the year is judged by: as printed, or the text of the revision (规划调整) in force.</summary>
    public string? Target { get; init; }
    /// <summary>The target as printed in the plan (differs from <see cref="Target"/> once a revision applies).</summary>
    public string? OriginalTarget { get; init; }
    /// <summary>Which target was used, when the target has revisions: 按2023年调整后的目标评估（…）; else null.</summary>
    public string? TargetNote { get; init; }
    /// <summary>The valid-from date (yyyy-MM-dd) of the revision used, or null for the plan's own target.</summary>
    public string? TargetValidFrom { get; init; }
    public int Year { get; init; }
    public double? Value { get; init; }
    public double? Expected { get; init; }
    /// <summary>achieved, on_track, lagging, severely_lagging, not_assessable.</summary>
    public required string Status { get; init; }
    /// <summary>已完成/超前, 符合序时进度, 滞后, 严重滞后, 无法评估.</summary>
    public required string StatusLabel { get; init; }
    public double? Forecast { get; init; }
    public bool? WillMeetTarget { get; init; }
    public required string Reason { get; init; }
    /// <summary>The latest quarter of the year with a value (2024Q3), shown only: the evaluation is annual.</summary>
    public string? LatestQuarter { get; init; }
    /// <summary>That quarter's value (the year to the end of the quarter, as published).</summary>
    public double? QuarterValue { get; init; }
    public int LineStart { get; init; }
}
