namespace Lantu.Storage.Monitoring;

/// <summary>One indicator's standing in a year (the JSON contract of `progress --json`).</summary>
public sealed class ProgressRow
{
    public int Indicator { get; init; }
    public required string Name { get; init; }
    public string? Category { get; init; }
    public string? Unit { get; init; }
    public string? Attribute { get; init; }
    /// <summary>The target as printed.</summary>
    public string? Target { get; init; }
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
    public int LineStart { get; init; }
}
