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

    public IEnumerable<OutlineNode> AllNodes() => Outline.SelectMany(n => n.SelfAndDescendants());
}
