using Lantu.Core.Normalization;

namespace Lantu.Core.Indicators.Shapes;

/// <summary>
/// One layout of table in the text (<see cref="TableShape"/>): how its header and rows are read, and how a row
/// finds its group — its sequence number and parent — and the merged cells it shares with the row above.
/// </summary>
public abstract class TableShapeReader
{
    public abstract TableShape Shape { get; }

    /// <summary>The class name, shown by <c>lantu indicators PLAN --table LINE</c>.</summary>
    public string Name => GetType().Name;

    /// <summary>The table of this shape whose header begins at <paramref name="start"/>, or null when the text there
    /// is not laid out this way. <see cref="TableLocator"/> asks the shapes in the order of <see cref="TableShapes.All"/>.</summary>
    public abstract TableRegion? TryLocate(NormalizedDocument doc, TableStart start, TableLocatorOptions options);

    /// <summary>The header read into a schema and the rows as the text splits them.</summary>
    public abstract (TableSchema Schema, List<RawRow> Rows) Read(NormalizedDocument doc, TableRegion region);

    /// <summary>True when the rows are a grid whose merged cells span rows of one group: the unit and a 完成情况 cell
    /// repeat within the group, and values are shared only with the group's rows. Flat text has no grid, so a row
    /// without values shares the values of any row above.</summary>
    public abstract bool CellsFormGrid { get; }

    /// <summary>Sets the row's sequence number and parent from the row group and returns its own name and whether it
    /// is only a parent (its empty value cells are its own, not the row above's).</summary>
    internal abstract (string Name, bool ParentOnly) PlaceInGroup(RowGroup group, IReadOnlyList<RawRow> raws, int index, IndicatorRow row);
}

/// <summary>Where a located table begins: its caption line (the line above the header for a bare header), the
/// first header line, and the caption as the table's title.</summary>
public sealed record TableStart(int CaptionLine, int HeaderStart, string Title);

/// <summary>The rows of a table under one sequence number, as the assembler walks them.</summary>
internal sealed class RowGroup
{
    /// <summary>The group's printed sequence number, repeated on its unnumbered rows.</summary>
    public string? Seq { get; set; }
    /// <summary>The parent indicator of the group's rows, if it has one.</summary>
    public string? Parent { get; set; }
    /// <summary>The rows assembled so far in the group (a parent completed after a page break is renamed on them).</summary>
    public List<IndicatorRow> Rows { get; } = [];

    public void Start(string? seq, string? parent)
    {
        Seq = seq;
        Parent = parent;
        Rows.Clear();
    }
}
