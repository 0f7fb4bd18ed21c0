using Lantu.Core.Model;

namespace Lantu.Core.Reading;

/// <summary>
/// A table as a browser gives it when its text is copied or scraped from a page whose cells hold paragraphs (Word's
/// HTML puts a &lt;p&gt; in every cell): the plain cells of a row stay joined by tabs, but a cell with paragraphs
/// comes out on lines of its own — after a line holding only the tab (<c>innerText</c>, what scripts and scrapers
/// take) or without any tab (the clipboard of select-all and copy). Rows are then half tabbed, half one cell per
/// line, which neither reading suits. Where a run of short lines shows that mix, every cell is put on a line of its
/// own with one blank line after it — the layout of a page whose cells are all paragraphs, which the one-cell-per-line
/// table reader places by what each cell looks like. Text without the mix is returned as it is.
/// </summary>
public static class CopiedTableText
{
    /// <summary>Longest cell of a table run: table cells are short, a prose paragraph ends the run.</summary>
    private const int MaxCellLength = 60;

    /// <summary>How far from a mixed line the run may reach (a table's header and rows, its caption and notes).</summary>
    private const int MaxRunLines = 600;

    /// <summary>Longest rest of a cell broken by a &lt;br&gt; (年均 / 增长, 累计提高 / 3个百分点).</summary>
    private const int MaxBrokenTail = 8;

    public static SourceDocument Convert(SourceDocument doc)
    {
        var lines = doc.Lines;
        var mixed = Enumerable.Range(0, lines.Count).Where(i => IsMixed(lines, i)).ToList();
        if (mixed.Count == 0) return doc;

        var runs = new List<(int From, int To)>();
        foreach (int i in mixed)
        {
            if (runs.Count > 0 && i <= runs[^1].To) continue;
            int from = i, to = i;
            while (from > 0 && i - from < MaxRunLines && IsTableLine(lines[from - 1])) from--;
            while (to + 1 < lines.Count && to - i < MaxRunLines && IsTableLine(lines[to + 1])) to++;
            runs.Add((from, to));
        }

        var output = new List<string>(lines.Count);
        int next = 0;
        foreach (var (from, to) in runs)
        {
            output.AddRange(lines.Skip(next).Take(from - next));
            if (output.Count > 0 && output[^1].Trim().Length > 0) output.Add("");
            var run = lines.Skip(from).Take(to - from + 1).ToList();
            if (run.Any(IsTabSeparator))
            {
                // The table alone: from its first cell (just before the first tab) to its last (after the last tab, up
                // to the row's end); a caption above and notes below are paragraphs, left as they are.
                int first = run.FindIndex(l => l.Contains('\t'));
                if (Trim(run[first]).StartsWith('\t')) first = Math.Max(0, run.FindLastIndex(first, l => !IsBlank(l) && !l.Contains('\t')));
                int last = run.FindLastIndex(l => l.Contains('\t'));
                // Only a tab at the end of the last tabbed line leaves a cell to follow on the next lines.
                for (int blanks = 0, k = Trim(run[last]).EndsWith('\t') ? last + 1 : run.Count; k < run.Count; k++)
                {
                    if (IsBlank(run[k])) { if (++blanks >= 2) break; continue; }
                    blanks = 0;
                    last = k;
                }
                output.AddRange(run.Take(first));
                if (output.Count > 0 && output[^1].Trim().Length > 0) output.Add("");
                AddCells(output, SeparatedCells(run.Skip(first).Take(last - first + 1).ToList()));
                output.AddRange(run.Skip(last + 1));
            }
            else AddCells(output, run.SelectMany(l => l.Split('\t')));
            next = to + 1;
        }
        output.AddRange(lines.Skip(next));
        return new SourceDocument(doc.FileName, doc.Format, doc.Encoding, output);
    }

    private static void AddCells(List<string> output, IEnumerable<string> cells)
    {
        foreach (var cell in cells.Select(Trim).Where(c => c.Length > 0))
        {
            output.Add(cell);
            output.Add("");
        }
    }

    /// <summary>The cells of a run whose paragraph cells are set off by lines holding only their tab (innerText): a tab
    /// or a blank line ends a cell (or a paragraph of one), lines broken by a &lt;br&gt; are joined.</summary>
    private static List<string> SeparatedCells(List<string> run)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        int blanks = 0;
        string? previous = null;
        void End() { cells.Add(cell.ToString()); cell.Clear(); }
        foreach (var line in run)
        {
            if (IsBlank(line)) { blanks++; continue; }
            var parts = line.Split('\t');
            // A blank line ends a cell's paragraph (each is a line of its own, as a copy gives it: sub-items such as
            // 其中：… stay apart), as does a line that opens with a plain cell and a tab (a new row); a line straight
            // after another goes on with it (a <br> inside the cell).
            bool afterWholeRow = previous is not null && previous.Contains('\t') && !Trim(previous).EndsWith('\t')
                && Trim(line).Length > MaxBrokenTail; // a note or a heading under a row of plain cells, not the rest of its last cell
            if (cell.Length > 0 && (blanks >= 1 || afterWholeRow || parts.Length > 1 && Trim(parts[0]).Length > 0)) End();
            blanks = 0;
            previous = line;
            cell.Append(Trim(parts[0]));
            for (int k = 1; k < parts.Length; k++)
            {
                End();
                cell.Append(Trim(parts[k]));
            }
        }
        End();
        return cells;
    }

    private static string Trim(string cell) => cell.Trim(' ', '\u3000', '\u00A0');

    /// <summary>A line holding only a tab (and perhaps the plain cell after it): innerText's mark between cells.</summary>
    private static bool IsTabSeparator(string line)
    {
        var trimmed = Trim(line);
        return trimmed.StartsWith('\t') && trimmed.LastIndexOf('\t') == 0 && trimmed.Length <= MaxCellLength;
    }

    /// <summary>A line that shows the mix: a tab alone on a line between blank lines (with at most the cell after it)
    /// or between two untabbed cells, or a tabbed row ending in a tab and followed at once by an untabbed short line,
    /// its next cell.</summary>
    private static bool IsMixed(IReadOnlyList<string> lines, int i)
    {
        var line = lines[i];
        if (!line.Contains('\t')) return false;
        var trimmed = Trim(line);
        bool hasPrev = i > 0, hasNext = i + 1 < lines.Count;
        if (IsTabSeparator(line) && hasPrev && hasNext)
        {
            // Between blank lines: the bare tab itself, or a tab before a plain cell near one (Word's text export prints a
            // one-cell table — a box's title — as a lone tabbed line between blank lines too).
            if (IsBlank(lines[i - 1]) && IsBlank(lines[i + 1]) && (trimmed == "\t" || BareTabNear(lines, i))) return true;
            // A bare tab between two untabbed cells (cells holding a <div> rather than paragraphs). Word's one-cell-per-line
            // export never has it: its cells each start with a tab, so a neighbour of an empty cell is tabbed.
            if (trimmed == "\t" && IsCell(lines[i - 1]) && IsCell(lines[i + 1])) return true;
        }
        return trimmed.EndsWith('\t') && trimmed.Length > 1 && hasNext && IsCell(lines[i + 1]) && IsTableLine(line);
    }

    private static bool BareTabNear(IReadOnlyList<string> lines, int i)
    {
        for (int j = Math.Max(1, i - 8); j < Math.Min(lines.Count - 1, i + 9); j++)
            if (j != i && Trim(lines[j]) == "\t" && IsBlank(lines[j - 1]) && IsBlank(lines[j + 1])) return true;
        return false;
    }

    private static bool IsCell(string line) => !line.Contains('\t') && !IsBlank(line) && line.Trim().Length <= MaxCellLength;

    private static bool IsTableLine(string line) =>
        IsBlank(line) || line.Split('\t').All(c => c.Trim().Length <= MaxCellLength);

    private static bool IsBlank(string line) => line.Trim(' ', '\u3000', '\u00A0', '\t').Length == 0 && !line.Contains('\t');
}
