namespace Lantu.Application.Coordination;

/// <summary>One plan's version of an indicator in a comparison (the JSON contract of `compare --json`).</summary>
public sealed record ComparedIndicator
{
    public long Plan { get; init; }
    public required string Title { get; init; }
    public string? Region { get; init; }
    public int Indicator { get; init; }
    public required string Name { get; init; }
    public string? Unit { get; init; }
    public string? Base { get; init; }
    public string? Target { get; init; }
    public string? Growth { get; init; }
    public string? Attribute { get; init; }
    public required string TableKind { get; init; }
    /// <summary>"table" or "text" (a target stated in prose).</summary>
    public required string Source { get; init; }
    public int LineStart { get; init; }
    public double Confidence { get; init; }
    public required string Reason { get; init; }
    /// <summary>Status in the latest year with a value, or null without data.</summary>
    public string? Status { get; init; }
    public int? StatusYear { get; init; }
}

/// <summary>Where one side of a finding stands: plan, line and text.</summary>
public sealed record FindingSide(long Plan, string Title, int Indicator, string Name, int Line, string Text);

/// <summary>A coordination finding (the JSON contract of `check --json`), with both sources side by side.</summary>
public sealed record Finding(string Severity, string Kind, string Message, FindingSide Child, FindingSide? Parent);
