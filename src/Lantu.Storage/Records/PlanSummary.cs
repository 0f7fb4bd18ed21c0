namespace Lantu.Storage.Records;

/// <summary>One row of the plan catalogue (the JSON contract of `plans --json`).</summary>
public sealed class PlanSummary
{
    public long Id { get; init; }
    public required string Title { get; init; }
    public string? Region { get; init; }
    public string? Level { get; init; }
    public string? Kind { get; init; }
    public string? Subject { get; init; }
    public int? PeriodStart { get; init; }
    public int? PeriodEnd { get; init; }
    public int? HorizonYear { get; init; }
    public required string SourceFile { get; init; }
    public int Version { get; init; }
    public long VersionId { get; init; }
    public int Headings { get; init; }
    public int Boxes { get; init; }
    public int Glossary { get; init; }
}
