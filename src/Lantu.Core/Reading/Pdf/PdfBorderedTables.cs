using System.Text.RegularExpressions;

namespace Lantu.Core.Reading.Pdf;

/// <summary>
/// Writes bordered tables into the document's lines as the Word reader does (an empty line, one tab-separated line
/// per row, an empty line), and joins a table that runs on to the next page into one: the part on the next page
/// has the same column borders and nothing but a page number stands between the two parts. A header the office
/// suite repeats on the new page is left out, and a row the page break cut in two is put together again.
/// Rows are held back by one, since the first row of the next page may still belong to the last one.
/// </summary>
internal sealed partial class PdfBorderedTables
{
    private PdfTable? first;       // the first part of the table being written
    private PdfTable? last;        // its last part
    private string[]? pendingRow;  // the last row read, held until it is known whether the page break cut it
    private bool pageBroke;        // a page began since the last part
    private readonly List<string> heldBack = []; // page numbers after the last part, dropped if the table goes on

    /// <summary>A table was read and no other text has come since.</summary>
    public bool IsOpen => last is not null;

    /// <summary>The lines to write for <paramref name="line"/> (a table, or whatever follows an open table), and
    /// whether the line was taken; a line not taken is written by the caller as usual.</summary>
    public (List<string> Lines, bool Taken) Take(PdfLine line, bool documentStart)
    {
        var output = new List<string>();
        if (line.PageStart && !documentStart) pageBroke = true;
        if (line.Table is { } table)
        {
            if (last is not null && pageBroke && last.SameColumns(table)) Continue(table, output);
            else
            {
                Close(output);
                output.Add("");
                first = table;
                foreach (var row in table.Rows) Add(row, output);
            }
            last = table;
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

    private void Continue(PdfTable table, List<string> output)
    {
        heldBack.Clear();
        var rows = table.Rows.ToList();
        // The header the office suite repeats at the top of each page.
        int repeated = 0;
        while (repeated < rows.Count && repeated < first!.Rows.Count && rows[repeated].SequenceEqual(first.Rows[repeated])) repeated++;
        rows.RemoveRange(0, repeated);
        // A row cut by the page break goes on in the first row of the new page.
        if (repeated == 0 && rows.Count > 0 && pendingRow is not null && IsRowTail(rows[0], last!.LastRowOpen))
        {
            pendingRow = pendingRow.Zip(rows[0], PdfCellText.JoinWrapped).ToArray();
            rows.RemoveAt(0);
        }
        foreach (var row in rows) Add(row, output);
    }

    private void Add(string[] row, List<string> output)
    {
        if (pendingRow is not null) output.Add(string.Join('\t', pendingRow));
        pendingRow = row;
    }

    private void Close(List<string> output)
    {
        if (!IsOpen) return;
        if (pendingRow is not null) output.Add(string.Join('\t', pendingRow));
        output.Add("");
        output.AddRange(heldBack);
        heldBack.Clear();
        first = last = null;
        pendingRow = null;
        pageBroke = false;
    }

    /// <summary>The rest of a row the page break cut: text only in columns whose cell above was still wrapping when
    /// the page ended (a new row has text where the row above had finished: its number, its unit, its figures).</summary>
    private static bool IsRowTail(string[] row, IReadOnlyList<bool> open) =>
        open.Count == row.Length && row.Any(text => text.Length > 0)
        && row.Select((text, c) => text.Length == 0 || open[c]).All(ok => ok);

    /// <summary>A page number printed in the footer or header: 3, - 3 -, 第3页, 第 3 页 共 10 页.</summary>
    [GeneratedRegex(@"^[\s\-—–·]*(第\s*)?\d{1,4}(\s*页)?(\s*共\s*\d{1,4}\s*页)?[\s\-—–·]*$")]
    private static partial Regex PageNumber();
}
