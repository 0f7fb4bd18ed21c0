namespace Lantu.Storage.Monitoring;

/// <summary>An indicator as stored for a plan version (the JSON contract of `indicators --json`, plus id and key).</summary>
public sealed class IndicatorRecord
{
    /// <summary>The indicator's number within the plan's current version (its seq).</summary>
    public int Id { get; init; }
    /// <summary>Identifies the same indicator across versions of the plan; observations are keyed by it.</summary>
    public required string Key { get; init; }
    public string? Category { get; init; }
    public string? Seq { get; init; }
    public required string Name { get; init; }
    public string? Parent { get; init; }
    public string? Unit { get; init; }
    public string? Base { get; init; }
    public string? Target { get; init; }
    public string? Growth { get; init; }
    public string? Actual { get; init; }
    public string? Attribute { get; init; }
    public string? Note { get; init; }
    public string? Table { get; init; }
    public required string TableKind { get; init; }
    public required string Source { get; init; }
    public int LineStart { get; init; }
    public int LineEnd { get; init; }
    public int? BaseYear { get; init; }
    public int? TargetYear { get; init; }
    public int? LinkedLine { get; init; }
    /// <summary>The typed target as JSON (see Lantu.Core.Indicators.ParsedTarget).</summary>
    public string? Parsed { get; init; }

    public bool Binding => Attribute?.Contains("约束") == true;
}
