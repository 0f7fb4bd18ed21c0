namespace Lantu.Core.Model;

/// <summary>A 名词解释 entry with the places it says it is used (第一章第四节) and the lines where the term occurs.</summary>
public sealed class GlossaryEntry
{
    public required string Term { get; init; }
    public required string Definition { get; init; }
    public int LineStart { get; init; }
    public int LineEnd { get; init; }
    /// <summary>Places as printed in the entry, e.g. "第一章第四节".</summary>
    public List<string> Places { get; } = new();
    /// <summary>Line numbers in the body where the term occurs.</summary>
    public List<int> ReferenceLines { get; } = new();
}
