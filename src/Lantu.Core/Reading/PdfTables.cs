using Lantu.Core.Reading.Pdf;
using Lantu.Core.Text;

namespace Lantu.Core.Reading;

/// <summary>
/// Rebuilds tables from a PDF page's lines. A table cell whose text wraps prints as several lines, each holding
/// fragments of several cells (国内生产总 | 2.3 | … / 值（GDP）增 | 间、各年度视). The columns are the x-ranges
/// of the table's fullest lines; each fragment goes to the column it overlaps; a printed line starts a new row
/// when it is as full as the row's first line, when it puts text into a column whose cell had already ended or
/// whose text above left room for the new text's first unbreakable piece (so it did not wrap), or when it stands
/// apart by more than
/// the table's line pitch. Each row comes out as one tab-separated line. A table with drawn borders comes already
/// read from its grid (<see cref="PdfGrid"/>) and is written by <see cref="PdfBorderedTables"/>; this is for the rest.
/// </summary>
internal static class PdfTables
{
    public static IEnumerable<string> Compose(IReadOnlyList<PdfLine> lines)
    {
        var bordered = new PdfBorderedTables();
        for (int i = 0; i < lines.Count;)
        {
            if (lines[i].Table is not null || bordered.IsOpen)
            {
                // A bordered table, its continuation over the next page, or the first line after it.
                var (written, taken) = bordered.Take(lines[i], i == 0);
                foreach (var text in written) yield return text;
                if (taken) { i++; continue; }
            }
            // A page break is an empty line, except inside a table that runs on to the next page.
            if (lines[i].PageStart && i > 0) yield return "";
            if (lines[i].Segments.Count < 3) { yield return lines[i++].Text; continue; }
            int end = BlockEnd(lines, i, out var columns);
            foreach (var row in PdfPageBreaks.Join(Rows(lines, i, end, columns).ToList())) yield return string.Join('\t', row.Cells);
            i = end;
        }
        foreach (var text in bordered.Finish()) yield return text;
    }

    /// <summary>The end (exclusive) of the table starting at <paramref name="start"/>, and its columns.</summary>
    private static int BlockEnd(IReadOnlyList<PdfLine> lines, int start, out List<(double Left, double Right)> columns)
    {
        int end = start + 1;
        double pitch = lines[start].Height * 3;
        List<(double Left, double Right)>? cols = null; // only lines of several pieces change the columns
        while (end < lines.Count)
        {
            var line = lines[end];
            if (line.Table is not null) break;
            if (!line.PageStart && lines[end - 1].Bottom - line.Bottom > pitch) break; // a gap of a few lines: past the table
            if (line.Segments.Count >= 2 && !line.PageStart) { end++; cols = null; continue; }
            // A single piece, or the top of a new page: the table goes on only where every piece falls into its columns.
            cols ??= Columns(lines, start, end);
            if (cols.Count < 3 || !line.Segments.All(s => ColumnOf(s, cols, strict: true) >= 0)) break;
            end++;
        }
        columns = Columns(lines, start, end);
        return end;
    }

    /// <summary>Columns: x-ranges of the segments of the block's fullest lines, overlapping ranges merged.</summary>
    private static List<(double Left, double Right)> Columns(IReadOnlyList<PdfLine> lines, int start, int end)
    {
        int most = 0;
        for (int i = start; i < end; i++) most = Math.Max(most, lines[i].Segments.Count);
        var ranges = new List<(double Left, double Right)>();
        for (int i = start; i < end; i++)
            if (lines[i].Segments.Count >= Math.Max(3, most - 1))
                ranges.AddRange(lines[i].Segments.Select(s => (s.Left, s.Right)));
        ranges.Sort();
        var merged = new List<(double Left, double Right)>();
        foreach (var r in ranges)
        {
            if (merged.Count > 0 && r.Left <= merged[^1].Right) merged[^1] = (merged[^1].Left, Math.Max(merged[^1].Right, r.Right));
            else merged.Add(r);
        }
        return merged;
    }

    /// <summary>The column a segment overlaps most; strict: the segment must lie within one column (give or take) and
    /// touch no other.</summary>
    private static int ColumnOf(PdfSegment s, List<(double Left, double Right)> columns, bool strict = false)
    {
        int best = -1;
        double bestOverlap = 0;
        for (int c = 0; c < columns.Count; c++)
        {
            double overlap = Math.Min(s.Right, columns[c].Right) - Math.Max(s.Left, columns[c].Left);
            if (overlap > bestOverlap) { best = c; bestOverlap = overlap; }
        }
        if (best < 0)
        {
            // Outside every column (a right-aligned figure, a label wider than its header): the nearest one.
            if (strict) return -1;
            double nearest = double.MaxValue;
            for (int c = 0; c < columns.Count; c++)
            {
                double gap = Math.Max(columns[c].Left - s.Right, s.Left - columns[c].Right);
                if (gap < nearest) { nearest = gap; best = c; }
            }
            return best;
        }
        if (strict)
        {
            double width = s.Right - s.Left;
            double slack = Math.Max(2, (columns[best].Right - columns[best].Left) * 0.25);
            if (s.Left < columns[best].Left - slack || s.Right > columns[best].Right + slack || bestOverlap < width * 0.6) return -1;
            // Reaching into a neighbouring column's text (a note or heading under the table, starting at its left
            // edge) is no cell.
            for (int c = 0; c < columns.Count; c++)
                if (c != best && Math.Min(s.Right, columns[c].Right) - Math.Max(s.Left, columns[c].Left) > 1) return -1;
        }
        return best;
    }

    /// <summary>How much of a fragment a line break cannot split off: one Chinese character, or the run of figures,
    /// Latin letters and the punctuation between them up to the first Chinese character or space ("（%）", "GDP",
    /// "12.5", "5、PM10、SO2、NO2、O3": an office suite breaks such a run only where nothing else fits), measured as
    /// its share of the fragment's width.</summary>
    private static double FirstUnitWidth(PdfSegment s, double charWidth)
    {
        var t = s.Text;
        if (t.Length == 0 || CjkText.IsCjk(t[0])) return charWidth * 0.9;
        int run = 0;
        while (run < t.Length && !CjkText.IsCjk(t[run]) && t[run] != ' ') run++;
        static double Units(string text) => text.Sum(c => c > 0x2000 ? 2.0 : 1.0);
        return (s.Right - s.Left) * Units(t[..run]) / Units(t);
    }

    private static IEnumerable<PdfRow> Rows(IReadOnlyList<PdfLine> lines, int start, int end, List<(double Left, double Right)> columns)
    {
        // The pitch of wrapped lines inside a cell: the smallest baseline distance in the table.
        double pitch = double.MaxValue;
        for (int i = start + 1; i < end; i++)
            if (!lines[i].PageStart) pitch = Math.Min(pitch, lines[i - 1].Bottom - lines[i].Bottom);
        // Every piece placed once; each column's extent is what its text actually covers, not only its header's.
        var placements = new List<(int Column, PdfSegment Segment)>[end - start];
        var extent = columns.ToList();
        for (int i = start; i < end; i++)
        {
            placements[i - start] = [];
            foreach (var s in lines[i].Segments)
            {
                int c = ColumnOf(s, columns);
                if (c < 0) continue;
                placements[i - start].Add((c, s));
                extent[c] = (Math.Min(extent[c].Left, s.Left), Math.Max(extent[c].Right, s.Right));
            }
        }
        string[]? row = null;
        bool rowAtPageStart = false;
        HashSet<int> first = [];
        var previousRight = new Dictionary<int, double>(); // column → right edge of its fragment on the line above
        var spaceAbove = new HashSet<int>();                // columns whose fragment on the line above ended with a space
        for (int i = start; i < end; i++)
        {
            var line = lines[i];
            var placed = placements[i - start];
            var cols = placed.Select(p => p.Column).ToHashSet();
            bool apart = i > start && !line.PageStart && lines[i - 1].Bottom - line.Bottom > pitch * 1.3;
            bool full = cols.Count >= 2 && first.IsSubsetOf(cols);
            bool reopened = row is not null && cols.Any(c => row[c].Length > 0 && !previousRight.ContainsKey(c));
            // Text wraps only when the line above left no room for its first unbreakable piece; otherwise the
            // same column's next text belongs to the next row.
            bool afterShort = placed.Any(p => previousRight.TryGetValue(p.Column, out var right)
                && right + FirstUnitWidth(p.Segment, line.Height) + line.Height * 0.6 <= extent[p.Column].Right);
            if (row is null || full || reopened || apart || afterShort)
            {
                if (row is not null) yield return new PdfRow(row, rowAtPageStart);
                row = new string[columns.Count];
                Array.Fill(row, "");
                rowAtPageStart = line.PageStart;
                first = cols;
            }
            foreach (var (c, segment) in placed)
                row[c] = spaceAbove.Contains(c) && row[c].Length > 0 ? row[c] + " " + segment.Text : CjkText.JoinWrapped(row[c], segment.Text);
            previousRight = placed.GroupBy(p => p.Column).ToDictionary(g => g.Key, g => g.Max(p => p.Segment.Right));
            spaceAbove = placed.GroupBy(p => p.Column).Where(g => g.MaxBy(p => p.Segment.Right)!.Segment.EndsWithSpace).Select(g => g.Key).ToHashSet();
        }
        if (row is not null) yield return new PdfRow(row, rowAtPageStart);
    }
}
