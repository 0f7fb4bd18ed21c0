namespace Lantu.Core.Indicators.CellLines;

/// <summary>A row being built from a cell stream: the cells placed so far, by column.</summary>
public sealed class PlacedRow(int columns)
{
    public string? Category { get; set; }
    public string? Seq { get; set; }
    public string? Name { get; set; }
    /// <summary>A second name cell after the name: the name is then the parent of this sub-indicator.</summary>
    public string? SubName { get; set; }
    /// <summary>The text of each column of the schema, by column index ("" where nothing was placed).</summary>
    public string[] Cells { get; } = Enumerable.Repeat("", columns).ToArray();
    public List<string> Notes { get; } = new();
    /// <summary>The figures of a row whose name lists 其中 sub-items, in print order, shared out over the value
    /// columns when the row ends.</summary>
    public List<string> Figures { get; } = new();
    public bool ListsSubItems => Name is not null && SubItems.Lists(Name);
    /// <summary>The column of the last cell placed after the name; -1 before the name.</summary>
    public int Position { get; set; } = -1;
    public bool HasName => Name is not null;
    public int LineStart { get; set; }
    public int LineEnd { get; set; }
}
