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
    /// <summary>Grade of the publication the value comes from: A official, B news reporting an official figure, C a
    /// secondary copy; null when not graded (a department's own report).</summary>
    public string? Grade { get; init; }
    /// <summary>The publication gives the value as a preliminary estimate (预计数), not the final figure.</summary>
    public bool Estimate { get; init; }
}

/// <summary>A value to record. <see cref="Quarter"/> 0 is the whole year, 1–4 a quarter (the value published for the
/// year to the end of that quarter). <see cref="Flag"/> is a validation warning the value is stored with; <see cref="Grade"/>
/// and <see cref="Estimate"/> describe a published figure (see <see cref="Observation"/>).</summary>
public sealed record ObservationInput(string IndicatorKey, int Year, double Value, string? Source = null, string? Note = null, int Quarter = 0, string? Flag = null)
{
    public string? Grade { get; init; }
    public bool Estimate { get; init; }
}

/// <summary>A current annual value with what a reader must know about it: an estimate (预计数) or final, the grade
/// of its source (C: a secondary copy), and the source.</summary>
public sealed record ObservedValue(double Value, bool Estimate, string? Grade, string? Source);
