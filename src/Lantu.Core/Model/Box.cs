namespace Lantu.Core.Model;

/// <summary>A 专栏 (box): a framed list of key projects, fields, or an indicator table.</summary>
public sealed class Box
{
    /// <summary>The printed number, e.g. "3" for 专栏 3 (empty when unnumbered).</summary>
    public required string Number { get; init; }
    public required string Title { get; init; }
    /// <summary>"projects" when its items name projects or measures, "table" when it holds a table.</summary>
    public required string Kind { get; init; }
    public int LineStart { get; init; }
    public int LineEnd { get; init; }
    public List<BoxItem> Items { get; } = new();
}

/// <summary>One entry of a box: in project boxes the name is the leading phrase (嘉庚创新实验室).</summary>
public sealed record BoxItem(string Name, string Text, int LineStart, int LineEnd);
