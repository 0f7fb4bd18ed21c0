namespace Lantu.Core.Reading.Pdf;

/// <summary>One row of a table rebuilt from text positions, and whether its first line opened a page.</summary>
internal sealed record PdfRow(string[] Cells, bool PageStart);

/// <summary>
/// A table without drawn rules (三线表, or no rules at all) that runs on over a page break, as
/// <see cref="PdfBorderedTables"/> does for bordered ones: the header the office suite repeats at the top of the new
/// page is left out, and a row the break cut in two is put together again. The cut row's rest is the new page's first
/// row when it has no text in a column every other row fills (its number, its unit, its figures) and text only where
/// the row above has some (the name that was still wrapping).
/// </summary>
internal static class PdfPageBreaks
{
    public static List<PdfRow> Join(List<PdfRow> rows)
    {
        if (rows.Count < 3 || !rows.Skip(1).Any(r => r.PageStart)) return rows;
        var header = rows[0].Cells;
        var filled = AlwaysFilled(rows);
        var joined = new List<PdfRow> { rows[0] };
        bool pageTop = false;
        for (int i = 1; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.PageStart) pageTop = true;
            if (row.PageStart && row.Cells.SequenceEqual(header)) continue;
            if (pageTop && joined.Count > 1 && IsRowTail(row.Cells, joined[^1].Cells, filled))
            {
                var above = joined[^1];
                joined[^1] = above with { Cells = above.Cells.Zip(row.Cells, PdfCellText.JoinWrapped).ToArray() };
                pageTop = false;
                continue;
            }
            pageTop = false;
            joined.Add(row);
        }
        return joined;
    }

    /// <summary>Columns that every body row (all but the header) has text in.</summary>
    private static bool[] AlwaysFilled(List<PdfRow> rows)
    {
        int width = rows[0].Cells.Length;
        var filled = new bool[width];
        for (int c = 0; c < width; c++)
            filled[c] = rows.Skip(1).Count(r => c < r.Cells.Length && r.Cells[c].Length > 0) >= (rows.Count - 1) * 0.8;
        return filled;
    }

    private static bool IsRowTail(string[] row, string[] above, bool[] filled) =>
        row.Length == above.Length && row.Any(t => t.Length > 0)
        && row.Select((t, c) => t.Length == 0 || above[c].Length > 0).All(ok => ok)
        && row.Select((t, c) => filled[c] && t.Length == 0).Any(missing => missing);
}
