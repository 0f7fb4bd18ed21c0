namespace Lantu.Core.Model;

/// <summary>Everything extracted from one plan document.</summary>
public sealed class StructuredPlan
{
    public required SourceDocument Source { get; init; }
    public required PlanMetadata Metadata { get; init; }
    /// <summary>Paragraphs in reading order, with table-of-contents lines removed.</summary>
    public required IReadOnlyList<Paragraph> Paragraphs { get; init; }
    /// <summary>Top-level outline nodes (章, or 一、 where a plan has no 章).</summary>
    public required IReadOnlyList<OutlineNode> Outline { get; init; }
    public required IReadOnlyList<Box> Boxes { get; init; }
    public required IReadOnlyList<GlossaryEntry> Glossary { get; init; }
    /// <summary>Indicator table rows and targets stated in prose (filled by <see cref="PlanParser"/> once the
    /// structure is known, since prose targets are placed under their headings).</summary>
    public IReadOnlyList<Indicators.IndicatorRow> Indicators { get; internal set; } = [];

    public IEnumerable<OutlineNode> AllNodes() => Outline.SelectMany(n => n.SelfAndDescendants());
}
