namespace Lantu.Core.Model;

/// <summary>One node of a plan's heading tree, with the lines it covers.</summary>
public sealed class OutlineNode
{
    /// <summary>The numbering style (see <see cref="Structure.NumberingStyle"/>): "chapter", "section", "cn-enum",
    /// "cn-paren", "arabic-dot", …, or "box", "table", "preface", "appendix".</summary>
    public required string Kind { get; init; }
    /// <summary>The number as printed: "第三章", "（一）", "1.", "专栏 3".</summary>
    public required string Number { get; init; }
    /// <summary>The number's ordinal value (3 for 第三章), 0 when it has none.</summary>
    public int Ordinal { get; init; }
    public required string Title { get; set; }
    public int LineStart { get; init; }
    public int LineEnd { get; set; }
    /// <summary>True when the heading was missing from the document and the node was inferred from its children.</summary>
    public bool Inferred { get; init; }
    /// <summary>The node's own body text (paragraphs before its first child), paragraphs separated by newlines.</summary>
    public string Text { get; set; } = "";
    public List<OutlineNode> Children { get; } = new();

    public IEnumerable<OutlineNode> SelfAndDescendants()
    {
        yield return this;
        foreach (var child in Children)
            foreach (var node in child.SelfAndDescendants())
                yield return node;
    }
}
