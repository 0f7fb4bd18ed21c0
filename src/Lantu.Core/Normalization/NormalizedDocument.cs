using Lantu.Core.Model;

namespace Lantu.Core.Normalization;

/// <summary>
/// A document after normalization: cleaned lines (same numbering as the source, so every position maps back to
/// its original line), the table-of-contents lines, and paragraphs rebuilt from wrapped lines.
/// </summary>
public sealed class NormalizedDocument
{
    public required SourceDocument Source { get; init; }
    /// <summary>Cleaned text per source line; index 0 is line 1. Removed artifacts leave "".</summary>
    public required IReadOnlyList<string> CleanLines { get; init; }
    public required IReadOnlySet<int> TocLines { get; init; }
    public required LayoutProfile Layout { get; init; }
    public required IReadOnlyList<Paragraph> Paragraphs { get; init; }

    public string CleanLine(int number) => CleanLines[number - 1];
}
