using System.Text.RegularExpressions;
using Lantu.Core.Normalization;

namespace Lantu.Core.Indicators.CellLines;

/// <summary>
/// Reads a table copied from a web page (<see cref="TableShape.CellLines"/>): the header's labels give the
/// columns, the body's cells are placed by what they look like (<see cref="CellRowPlacer"/>), and rows lacking
/// their merged cells continue the category, sequence number and parent of the rows above.
/// </summary>
public static partial class CellLinesTableReader
{
    public static (TableSchema Schema, List<RawRow> Rows) Read(NormalizedDocument doc, TableRegion region)
    {
        var labels = CellLinesHeader.Labels(doc, region.HeaderStart, region.HeaderEnd);
        // One line: the labels are whole cells, so FromFlat must not join a line-initial label to the one above.
        var schema = HeaderReader.FromFlat([string.Join(" ", labels)], region.Review, region.PlanStart);
        var cells = CellStream.Read(doc, region.HeaderEnd + 1, region.BodyEnd);
        var placed = new CellRowPlacer(schema).Place(cells);
        var rows = new List<RawRow>();
        CategoryCell? category = null;
        bool groupHasParent = false;
        foreach (var p in placed)
        {
            if (p.Category is not null) category = new CategoryCell { Text = CellText.StripEnum(p.Category) };
            var row = ToRow(schema, p, category);
            if (row.Seq is not null) groupHasParent = row.SubName is not null;
            else if (groupHasParent && p.Category is null && row.SubName is null && row.Name.Length > 0)
            {
                // A sub-indicator whose parent (and sequence number) is a merged cell above.
                row.SubName = row.Name;
                row.Name = "";
            }
            row.ContinuesGroup = row.Seq is null && (row.Name.Length == 0 || row.SubName is not null);
            rows.Add(row);
        }
        return (schema, rows);
    }

    private static RawRow ToRow(TableSchema schema, PlacedRow p, CategoryCell? category)
    {
        var values = schema.ValueColumns;
        var row = new RawRow { Values = new string?[values.Count], Category = category, LineStart = p.LineStart, LineEnd = p.LineEnd };
        string? seq = p.Seq, name = p.Name;
        if (seq is null && name is not null && SeqPrefix().Match(name) is { Success: true } m)
        {
            seq = m.Groups[1].Value;
            name = name[m.Length..].Trim();
        }
        row.Seq = seq is null ? null : SeqDigits().Match(seq).Value;
        row.Name = name ?? "";
        row.SubName = p.SubName;
        for (int c = 0; c < schema.Columns.Count; c++)
        {
            var text = p.Cells[c];
            if (text.Length == 0) continue;
            var col = schema.Columns[c];
            switch (col.Role)
            {
                case ColumnRole.Unit: row.Unit = text; break;
                case ColumnRole.Attribute: row.Attribute = text; break;
                case ColumnRole.Note: row.Notes.Add(text); break;
                default:
                    int v = values.ToList().FindIndex(x => ReferenceEquals(x, col));
                    if (v >= 0) row.Values[v] = text;
                    break;
            }
        }
        row.Notes.AddRange(p.Notes);
        return row;
    }

    [GeneratedRegex(@"^(\d{1,3})[\.．、。]\s*")]
    private static partial Regex SeqPrefix();
    [GeneratedRegex(@"\d{1,3}")]
    private static partial Regex SeqDigits();
}
