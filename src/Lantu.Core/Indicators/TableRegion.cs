namespace Lantu.Core.Indicators;

/// <summary>How a table's rows are laid out in the text.</summary>
public enum TableShape
{
    /// <summary>One line per row, cells separated by tabs (.docx tables, HTML/Word extraction).</summary>
    Tabbed,
    /// <summary>One cell per line, each prefixed by a tab, rows separated by blank lines (Word text export).</summary>
    CellPerLine,
    /// <summary>PDF text: cells separated by spaces and wrapped over several lines.</summary>
    Flat,
    /// <summary>Text copied from a web page: one cell per line without tabs, covered cells of merged cells not
    /// printed, rows told apart by what their cells look like.</summary>
    CellLines,
}

/// <summary>Where an indicator table is: its title, header and body lines (1-based, inclusive).</summary>
public sealed record TableRegion(string Title, int TitleLine, int HeaderStart, int HeaderEnd, int BodyEnd, TableShape Shape, bool Review)
{
    /// <summary>The first year of the plan the table belongs to, when the document shows that the table's years all
    /// precede it (<see cref="ReviewByYears"/>): a year column without a word such as 目标 then holds a value reached.</summary>
    public int? PlanStart { get; init; }
}

/// <summary>A logical row as read from the text, before merged cells and parents are resolved.</summary>
public sealed class RawRow
{
    /// <summary>The category cell (shared object: a category split by a page break is completed in place).</summary>
    public CategoryCell? Category { get; set; }
    public string? Seq { get; set; }
    public string Name { get; set; } = "";
    /// <summary>Text of a second name column (sub-indicator), when the table has one.</summary>
    public string? SubName { get; set; }
    /// <summary>Flat rows: the name as two cells on one line (城镇化率 户籍人口城镇化率), resolved when sub-rows follow.</summary>
    public string[]? NameParts { get; set; }
    public string? Unit { get; set; }
    /// <summary>One slot per <see cref="TableSchema.ValueColumns"/>.</summary>
    public required string?[] Values { get; init; }
    public string? Attribute { get; set; }
    public List<string> Notes { get; } = new();
    public int LineStart { get; set; }
    public int LineEnd { get; set; }
    /// <summary>True when the row follows a header repeated after a page break.</summary>
    public bool AfterPageBreak { get; set; }
    /// <summary>Tabbed rows: the seq and name cells were empty (the row continues a merged cell above).</summary>
    public bool ContinuesGroup { get; set; }
    /// <summary>The row is the parent of 其中 sub-items split from its cell (<see cref="SubItems"/>): its empty value
    /// cells are its own, not merged cells shared with the row above.</summary>
    public bool HasSubRows { get; set; }
    public bool HasValues => Values.Any(v => !string.IsNullOrEmpty(v));
}

/// <summary>A category cell; rows covered by the same merged cell share one instance.</summary>
public sealed class CategoryCell
{
    public string Text { get; set; } = "";
}
