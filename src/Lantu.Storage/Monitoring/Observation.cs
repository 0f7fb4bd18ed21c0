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
    /// <summary>The validation warning the value was stored with (see Lantu.Application.Monitoring.ObservationValidator), or null.</summary>
    public string? Flag { get; init; }
    public required string ReportedBy { get; init; }
    public required string ReportedAt { get; init; }
    /// <summary>The reviewer who approved it, when it came through the submission workflow; null for direct entry.</summary>
    public string? ApprovedBy { get; init; }
}

/// <summary>A value to record. <see cref="Quarter"/> 0 is the whole year, 1–4 a quarter (the value published for the
/// year to the end of that quarter). <see cref="Flag"/> is a validation warning the value is stored with.</summary>
public sealed record ObservationInput(string IndicatorKey, int Year, double Value, string? Source = null, string? Note = null, int Quarter = 0, string? Flag = null);
