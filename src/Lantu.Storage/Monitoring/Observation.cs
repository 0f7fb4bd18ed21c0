namespace Lantu.Storage.Monitoring;

/// <summary>One reported value; corrections are later revisions of the same (indicator, year, quarter).</summary>
public sealed class Observation
{
    public long Id { get; init; }
    public long PlanId { get; init; }
    public required string IndicatorKey { get; init; }
    public int Year { get; init; }
    public int Quarter { get; init; }
    public int Revision { get; init; }
    public double Value { get; init; }
    public string? Source { get; init; }
    public string? Note { get; init; }
    public required string ReportedBy { get; init; }
    public required string ReportedAt { get; init; }
    /// <summary>The reviewer who approved it, when it came through the submission workflow; null for direct entry.</summary>
    public string? ApprovedBy { get; init; }
}

/// <summary>A value to record.</summary>
public sealed record ObservationInput(string IndicatorKey, int Year, double Value, string? Source = null, string? Note = null, int Quarter = 0);
