using System.Text.RegularExpressions;

namespace Lantu.Core.Reading.Pdf;

/// <summary>
/// Writes bordered tables into the document's lines as the Word reader does (an empty line, one tab-separated line
/// per row, an empty line), and joins a table that runs on to the next page into one: the part on the next page
/// has the same column borders (or some of them, or more) and nothing but a page number stands between the two parts. A header the office
/// suite repeats on the new page is left out, and a row the page break cut in two is put together again.
/// The table's column borders are the union of its parts' (see <see cref="PdfColumns"/>).
/// </summary>
internal sealed partial class PdfBorderedTables
{
    private List<double>? columns;             // the table's column borders: the union over its parts
    private readonly List<string[]> rows = []; // its rows so far, spread over those borders
    private int headerRows;                    // the first part's rows: the header a later page may repeat
    private bool[] lastRowOpen = [];           // per column, whether the last row's cell was still wrapping
    private bool pageBroke;                    // a page began since the last part
    private readonly List<string> heldBack = []; // page numbers after the last part, dropped if the table goes on

    /// <summary>A table was read and no other text has come since.</summary>
    public bool IsOpen => columns is not null;

    /// <summary>The lines to write for <paramref name="line"/> (a table, or whatever follows an open table), and
    /// whether the line was taken; a line not taken is written by the caller as usual. A table is written whole
    /// when it ends, since a later page may show a column border its first page left out.</summary>
    public (List<string> Lines, bool Taken) Take(PdfLine line, bool documentStart)
    {
        var output = new List<string>();
        if (line.PageStart && !documentStart) pageBroke = true;
        if (line.Table is { } table)
        {
            if (columns is not null && pageBroke && PdfColumns.Fit(columns, table.Columns)) Continue(table);
            else
            {
                Close(output);
                columns = [.. table.Columns];
                rows.AddRange(table.Rows);
                headerRows = rows.Count;
                lastRowOpen = [.. table.LastRowOpen];
            }
            pageBroke = false;
            return (output, true);
        }
        if (IsOpen && PageNumber().IsMatch(line.Text)) { heldBack.Add(line.Text); return (output, true); }
        Close(output);
        return (output, false);
    }

    /// <summary>Writes what is still held when the document ends.</summary>
    public List<string> Finish()
    {
        var output = new List<string>();
        Close(output);
        return output;
    }

    private void Continue(PdfTable table)
    {
        heldBack.Clear();
        var union = PdfColumns.Union(columns!, table.Columns);
        if (union.Count != columns!.Count)
        {
            for (int r = 0; r < rows.Count; r++) rows[r] = PdfColumns.Widen(rows[r], columns, union, "", repeat: false);
            lastRowOpen = PdfColumns.Widen(lastRowOpen, columns, union, false, repeat: true);
            columns = union;
        }
        var part = table.Rows.Select(row => PdfColumns.Widen(row, table.Columns, columns, "", repeat: false)).ToList();
        // The header the office suite repeats at the top of each page.
        int repeated = 0;
        while (repeated < part.Count && repeated < headerRows && part[repeated].SequenceEqual(rows[repeated])) repeated++;
        part.RemoveRange(0, repeated);
        // A row cut by the page break goes on in the first row of the new page.
        if (repeated == 0 && part.Count > 0 && rows.Count > 0 && IsRowTail(part[0], lastRowOpen))
        {
            rows[^1] = rows[^1].Zip(part[0], PdfCellText.JoinWrapped).ToArray();
            part.RemoveAt(0);
        }
        // A browser cuts a row between two paragraphs of its cells: the rest fills only cells the row above has text
        // in and leaves empty one that every other row fills (the attribute centred on the first page's part).
        else if (repeated == 0 && part.Count > 0 && rows.Count > 1 && IsParagraphTail(part[0], rows[^1], AlwaysFilled(rows.Skip(1).Concat(part.Skip(1)).ToList())))
        {
            var open = lastRowOpen;
            rows[^1] = rows[^1].Select((above, c) => above.Length == 0 || part[0][c].Length == 0 ? above + part[0][c]
                : c < open.Length && open[c] ? PdfCellText.JoinWrapped(above, part[0][c]) : above + " " + part[0][c]).ToArray();
            part.RemoveAt(0);
        }
        rows.AddRange(part);
        lastRowOpen = table.LastRowOpen.Count == table.Columns.Count - 1
            ? PdfColumns.Widen(table.LastRowOpen, table.Columns, columns, false, repeat: true)
            : [];
    }

    private void Close(List<string> output)
    {
        if (!IsOpen) return;
        output.Add("");
        output.AddRange(rows.Select(row => string.Join('\t', row)));
        output.Add("");
        output.AddRange(heldBack);
        heldBack.Clear();
        rows.Clear();
        columns = null;
        lastRowOpen = [];
        pageBroke = false;
    }

    /// <summary>The rest of a row the page break cut: text only in columns whose cell above was still wrapping when
    /// the page ended (a new row has text where the row above had finished: its number, its unit, its figures).</summary>
    private static bool IsRowTail(string[] row, IReadOnlyList<bool> open) =>
        open.Count == row.Length && row.Any(text => text.Length > 0)
        && row.Select((text, c) => text.Length == 0 || open[c]).All(ok => ok);

    /// <summary>The rest of a row cut between paragraphs: text only under text, starting in the row's first cell (a
    /// row under a cell spanning rows, 城市 / 农村, starts further right), and empty in a column every other row fills
    /// where the row above has text (its cell, centred over the whole row, was printed on the first page).</summary>
    private static bool IsParagraphTail(string[] row, string[] above, bool[] filled) =>
        row.Length == above.Length && row.Length == filled.Length && row.Any(text => text.Length > 0)
        && Array.FindIndex(row, text => text.Length > 0) == Array.FindIndex(above, text => text.Length > 0)
        && row.Select((text, c) => text.Length == 0 || above[c].Length > 0).All(ok => ok)
        && row.Select((text, c) => filled[c] && text.Length == 0 && above[c].Length > 0).Any(missing => missing);

    /// <summary>Columns that nearly every body row has text in (a category row or a note may leave some empty).</summary>
    private static bool[] AlwaysFilled(List<string[]> body)
    {
        int width = body.Count > 0 ? body[0].Length : 0;
        var filled = new bool[width];
        for (int c = 0; body.Count >= 3 && c < width; c++)
            filled[c] = body.Count(r => c < r.Length && r[c].Length > 0) >= body.Count * 0.8;
        return filled;
    }

    /// <summary>A page number printed in the footer or header: 3, - 3 -, 第3页, 第 3 页 共 10 页.</summary>
    [GeneratedRegex(@"^[\s\-—–·]*(第\s*)?\d{1,4}(\s*页)?(\s*共\s*\d{1,4}\s*页)?[\s\-—–·]*$")]
    private static partial Regex PageNumber();
}
