using Lantu.Core.Normalization;
using Lantu.Core.Text;

namespace Lantu.Core.Indicators.Shapes;

/// <summary>
/// Tables whose cells line up in rows (tabs, one cell per line, cells of a web page): a second name column holds
/// sub-indicators of the name cell merged beside them, and a row with empty number and name cells continues the
/// merged cells above. After reading, category rows, 其中 sub-items and spanning names that group their sub-rows are split out.
/// </summary>
public abstract class GridShape : TableShapeReader
{
    public sealed override bool CellsFormGrid => true;

    public sealed override (TableSchema Schema, List<RawRow> Rows) Read(NormalizedDocument doc, TableRegion region)
    {
        var (schema, rows) = ReadCells(doc, region);
        return (schema, SpanningNames.Apply(SubItems.Apply(CategoryRows.Apply(rows)), schema.Has(ColumnRole.Unit)));
    }

    /// <summary>The header and rows as the cells give them.</summary>
    protected abstract (TableSchema Schema, List<RawRow> Rows) ReadCells(NormalizedDocument doc, TableRegion region);

    internal sealed override (string Name, bool ParentOnly) PlaceInGroup(RowGroup group, IReadOnlyList<RawRow> raws, int index, IndicatorRow row)
    {
        var r = raws[index];
        string name = r.Name;
        if (r.SubName is not null)
        {
            if (r.Seq is null && r.Name.Length > 0 && r.AfterPageBreak && group.Parent is not null)
            {
                // A parent cell split by a page break: complete it on every row it covers.
                var full = CjkText.JoinWrapped(group.Parent, r.Name);
                foreach (var covered in group.Rows) if (covered.Parent == group.Parent) covered.Parent = full;
                group.Parent = full;
            }
            else if (r.Name.Length > 0) group.Parent = r.Name;
            name = r.SubName;
            row.Parent = group.Parent;
        }
        else if (r.ContinuesGroup && group.Parent is not null && r.Name.Length == 0) row.Parent = group.Parent;
        if (r.Seq is not null) group.Start(r.Seq, r.SubName is null ? null : group.Parent);
        row.Seq = r.Seq ?? (r.ContinuesGroup ? group.Seq : null);
        return (name, r.HasSubRows);
    }
}

/// <summary>Text copied from a web page: one cell per line without tabs, rows told apart by what their cells look like.</summary>
public sealed class CellLinesShape : GridShape
{
    public override TableShape Shape => TableShape.CellLines;

    /// <summary>A header of one label per line.</summary>
    public override TableRegion? TryLocate(NormalizedDocument doc, TableStart start, TableLocatorOptions options)
    {
        if (CellLines.CellLinesHeader.FindEnd(doc, start.HeaderStart) is not int headerEnd) return null;
        var header = string.Join(" ", Enumerable.Range(start.HeaderStart, headerEnd - start.HeaderStart + 1).Select(doc.CleanLine));
        return CellLines.CellLinesBody.Region(doc, start.CaptionLine, start.HeaderStart, headerEnd, start.Title, TableLocator.IsReview(start.Title, header));
    }

    protected override (TableSchema Schema, List<RawRow> Rows) ReadCells(NormalizedDocument doc, TableRegion region) => CellLines.CellLinesTableReader.Read(doc, region);
}
