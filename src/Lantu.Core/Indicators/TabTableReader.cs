using System.Text.RegularExpressions;
using Lantu.Core.Normalization;
using Lantu.Core.Text;

namespace Lantu.Core.Indicators;

/// <summary>
/// Reads tables whose cells are delimited: tab-separated rows (.docx, HTML/Word extraction) and one-cell-per-line
/// Word output (rows separated by blank lines, a line without a tab continuing the cell above).
/// </summary>
public static partial class TabTableReader
{
    private sealed record CellRow(List<string> Cells, int LineStart, int LineEnd);

    public static (TableSchema Schema, List<RawRow> Rows) Read(NormalizedDocument doc, TableRegion region)
    {
        var rows = region.Shape == TableShape.CellPerLine ? CellPerLineRows(doc, region) : TabRows(doc, region);
        var header = new List<CellRow>();
        int k = 0;
        for (; k < rows.Count; k++)
        {
            var r = rows[k];
            if (r.Cells.All(c => c.Length == 0)) continue;
            if (!IsHeaderRow(r.Cells)) break;
            header.Add(r);
        }
        if (header.Count == 0) return (new TableSchema { Columns = [], Kind = region.Review ? TableKind.Review : TableKind.Target }, new());
        var headerRows = header.Take(2).Select(h => (IReadOnlyList<string>)h.Cells).ToList();
        // A header row with all empty cells (a Word artifact) is skipped above; keep second row aligned.
        var schema = HeaderReader.FromRows(headerRows, region.Review, out var spans, region.PlanStart);
        var result = new List<RawRow>();
        CategoryCell? category = null;
        bool pageBreak = false;
        for (; k < rows.Count; k++)
        {
            var r = rows[k];
            if (r.Cells.All(c => c.Length == 0)) continue;
            if (IsHeaderRow(r.Cells)) { pageBreak = true; continue; }
            var row = ToRow(schema, spans, r, ref category);
            row.AfterPageBreak = pageBreak;
            pageBreak = false;
            result.Add(row);
        }
        return (schema, result);
    }

    private static bool IsHeaderRow(List<string> cells)
    {
        var nonEmpty = cells.Where(c => c.Length > 0).ToList();
        if (nonEmpty.Count == 0) return false;
        return nonEmpty.All(HeaderReader.LooksLikeHeader) && !nonEmpty.Any(c => SeqCell().IsMatch(c));
    }

    private static List<CellRow> TabRows(NormalizedDocument doc, TableRegion region)
    {
        var rows = new List<CellRow>();
        for (int j = region.HeaderStart; j <= region.BodyEnd; j++)
        {
            var raw = TableLocator.Raw(doc, j);
            if (!raw.Contains('\t')) continue;
            rows.Add(new CellRow(raw.Split('\t').Select(Clean).ToList(), j, j));
        }
        return rows;
    }

    private static List<CellRow> CellPerLineRows(NormalizedDocument doc, TableRegion region)
    {
        var rows = new List<CellRow>();
        List<string>? cells = null;
        int start = 0, last = 0;
        void Flush()
        {
            if (cells is { Count: > 0 }) rows.Add(new CellRow(cells.Select(Clean).ToList(), start, last));
            cells = null;
        }
        for (int j = region.HeaderStart; j <= region.BodyEnd; j++)
        {
            var raw = TableLocator.Raw(doc, j);
            if (raw.Trim().Length == 0 && !raw.Contains('\t')) { Flush(); continue; }
            if (raw.StartsWith('\t'))
            {
                if (cells is null) { cells = new(); start = j; }
                foreach (var part in raw[1..].Split('\t')) cells.Add(part.Trim());
                last = j;
            }
            else if (cells is { Count: > 0 })
            {
                cells[^1] = CjkText.JoinWrapped(cells[^1], raw.Trim());
                last = j;
            }
        }
        Flush();
        return rows;
    }

    /// <summary>A cell without the spaces of wrapped Chinese text; a cell listing 其中 sub-items keeps the spaces
    /// between its paragraphs, which part the items (<see cref="SubItems"/>).</summary>
    private static string Clean(string cell)
    {
        var c = LineBreak().Replace(cell, " ").Replace('\u3000', ' ').Trim(); // a Markdown cell's <br> parts its lines
        return SubItems.Lists(c) ? Regex.Replace(c, @"\s+", " ") : CjkText.Compact(c);
    }

    private static RawRow ToRow(TableSchema schema, IReadOnlyList<int> spans, CellRow r, ref CategoryCell? category)
    {
        var cols = schema.Columns;
        var cells = Align(schema, spans, r.Cells);
        var values = schema.ValueColumns;
        var row = new RawRow { Values = new string?[values.Count], LineStart = r.LineStart, LineEnd = r.LineEnd };
        string? seq = null, name = null, sub = null;
        for (int i = 0; i < cols.Count; i++)
        {
            var text = i < cells.Count ? cells[i] : "";
            if (text.Length == 0) continue;
            switch (cols[i].Role)
            {
                case ColumnRole.Category:
                    category = new CategoryCell { Text = CellText.StripEnum(text) };
                    break;
                case ColumnRole.Seq: seq = text; break;
                case ColumnRole.Name: name = text; break;
                case ColumnRole.SubName: sub = text; break;
                case ColumnRole.Unit: row.Unit = text; break;
                case ColumnRole.Attribute: row.Attribute = text; break;
                case ColumnRole.Note: row.Notes.Add(text); break;
                default:
                    int v = IndexOf(values, cols[i]);
                    if (v >= 0) row.Values[v] = text;
                    break;
            }
        }
        for (int i = cols.Count; i < cells.Count; i++) if (cells[i].Length > 0) row.Notes.Add(cells[i]);
        if (seq is null && name is not null && SeqPrefix().Match(name) is { Success: true } m)
        {
            seq = m.Groups[1].Value;
            name = name[m.Length..].Trim();
        }
        row.Category = category;
        row.Seq = seq is null ? null : SeqCell().Match(seq) is { Success: true } sm ? sm.Groups[1].Value : seq;
        row.Name = name ?? "";
        row.SubName = sub;
        row.ContinuesGroup = seq is null && (name is null || sub is not null);
        return row;
    }

    private static int IndexOf(IReadOnlyList<TableColumn> values, TableColumn c)
    {
        for (int i = 0; i < values.Count; i++) if (ReferenceEquals(values[i], c)) return i;
        return -1;
    }

    /// <summary>Aligns a row with fewer cells than columns: the missing cells are the covered cells of a spanning
    /// value cell; a cell left alone under a target/growth pair goes to growth when it reads as growth.</summary>
    private static List<string> Align(TableSchema schema, IReadOnlyList<int> spans, List<string> cells)
    {
        var cols = schema.Columns;
        int d = cols.Count - cells.Count;
        if (d <= 0) return cells;
        int g0 = -1, g1 = -1;
        for (int i = 0; i < spans.Count; i++)
        {
            if (spans[i] <= 0) continue;
            if (g0 < 0) { g0 = i; g1 = i; }
            else if (spans[i] == spans[g0]) g1 = i;
        }
        if (g0 < 0 || g1 - g0 + 1 <= d) return cells.Concat(Enumerable.Repeat("", d)).ToList();
        var result = new List<string>(cells.Take(g0));
        int mid = g1 - g0 + 1 - d;
        var middle = cells.Skip(g0).Take(mid).ToList();
        var tail = cells.Skip(g0 + mid).ToList();
        var groupCols = cols.Skip(g0).Take(g1 - g0 + 1).ToList();
        var slots = Enumerable.Repeat("", groupCols.Count).ToList();
        if (middle.Count == 1 && groupCols.Count == 2)
        {
            int unitCol = cols.ToList().FindIndex(c => c.Role == ColumnRole.Unit);
            int nameCol = cols.ToList().FindIndex(c => c.Role == ColumnRole.Name);
            string unit = unitCol >= 0 && unitCol < cells.Count ? cells[unitCol] : nameCol >= 0 && nameCol < cells.Count ? Units.SplitNameUnit(cells[nameCol]).Unit ?? "" : "";
            int growthIdx = groupCols.FindIndex(c => c.Role == ColumnRole.Growth);
            bool growthLike = growthIdx >= 0 && CellText.LooksLikeGrowth(middle[0], unit);
            slots[growthLike ? growthIdx : (growthIdx == 0 ? 1 : 0)] = middle[0];
        }
        else for (int i = 0; i < middle.Count; i++) slots[i] = middle[i];
        result.AddRange(slots);
        result.AddRange(tail);
        return result;
    }

    [GeneratedRegex(@"^(\d{1,3})[\.．、]?$")]
    private static partial Regex SeqCell();
    [GeneratedRegex(@"<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreak();
    [GeneratedRegex(@"^(\d{1,3})[\.．、]\s*")]
    private static partial Regex SeqPrefix();
}
