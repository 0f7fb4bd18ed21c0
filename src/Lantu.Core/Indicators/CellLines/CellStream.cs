using Lantu.Core.Normalization;
using Lantu.Core.Text;

namespace Lantu.Core.Indicators.CellLines;

/// <summary>A body cell: its text ("" for an empty cell), its line, and whether a blank line came before it in a
/// layout where blank lines separate rows.</summary>
public sealed record StreamCell(string Text, int Line, bool BlockStart);

/// <summary>
/// The body of a cell-per-line table as a sequence of cells. Browsers and scrapers print blank lines in three
/// ways, told apart by how many there are: after every cell (then an extra pair of blank lines is an empty cell),
/// between rows (then a blank line may also be an empty cell, decided when the row is placed), or only for empty
/// cells. A copy that prints a bar line after every cell is read by <see cref="BarSeparatedCells"/>.
/// </summary>
public static class CellStream
{
    public static List<StreamCell> Read(NormalizedDocument doc, int first, int last)
    {
        if (BarSeparatedCells.Applies(doc, first, last)) return BarSeparatedCells.Read(doc, first, last, Clean);
        // A cell printed as a bare bar (PipedCells) is an empty cell, not a blank line: it is kept as EmptyCell.
        var lines = Enumerable.Range(first, Math.Max(0, last - first + 1))
            .SelectMany(j => PipedCells.Split(doc.CleanLine(j)).Select(c => (Text: c is null ? EmptyCell : Clean(c), Line: j))).ToList();
        while (lines.Count > 0 && lines[0].Text.Length == 0) lines.RemoveAt(0);
        int cells = lines.Count(l => l.Text.Length > 0);
        var runs = BlankRuns(lines);
        var result = new List<StreamCell>();
        if (runs.Count * 10 >= cells * 6)
        {
            // A blank line after every cell; a longer run holds empty cells.
            foreach (var (text, line, blanksBefore) in WithBlanks(lines))
            {
                if (blanksBefore == 0 && result.Count > 0 && IsBrokenValue(result[^1].Text, text))
                {
                    result[^1] = result[^1] with { Text = result[^1].Text + text };
                    continue;
                }
                for (int e = 0; e < (blanksBefore - 1) / 2; e++) result.Add(new StreamCell("", line, false));
                result.Add(new StreamCell(text == EmptyCell ? "" : text, line, false));
            }
        }
        else if (runs.Count > 0 && cells >= runs.Count * 3)
        {
            foreach (var (text, line, blanksBefore) in WithBlanks(lines))
                result.Add(new StreamCell(text == EmptyCell ? "" : text, line, blanksBefore > 0));
        }
        else
        {
            foreach (var (text, line, blanksBefore) in WithBlanks(lines))
            {
                for (int e = 0; e < blanksBefore; e++) result.Add(new StreamCell("", line, false));
                result.Add(new StreamCell(text == EmptyCell ? "" : text, line, false));
            }
        }
        return result;
    }

    /// <summary>Where every cell is followed by a blank line, a line straight after a target phrase is the rest of that
    /// cell, broken by a &lt;br&gt; (累计提高 / 3个百分点, 与经济增长 / 基本同步) — not the next row, which opens with a
    /// number, a name or follows a 预期性/约束性 cell.</summary>
    private static bool IsBrokenValue(string previous, string next) =>
        next != EmptyCell && CellKinds.Of(previous) == CellKind.Value && !previous.Any(char.IsDigit)
        && CellKinds.Of(next) is CellKind.Value or CellKind.Text && !CellKinds.IsIndicatorName(next);

    private static List<int> BlankRuns(List<(string Text, int Line)> lines)
    {
        var runs = new List<int>();
        int run = 0;
        foreach (var l in lines)
        {
            if (l.Text.Length == 0) { run++; continue; }
            if (run > 0) runs.Add(run);
            run = 0;
        }
        return runs;
    }

    private static IEnumerable<(string Text, int Line, int BlanksBefore)> WithBlanks(List<(string Text, int Line)> lines)
    {
        int blanks = 0;
        foreach (var l in lines)
        {
            if (l.Text.Length == 0) { blanks++; continue; }
            yield return (l.Text, l.Line, blanks);
            blanks = 0;
        }
    }

    private const string EmptyCell = "\u0000";

    private static string Clean(string cell) => CjkText.Compact(cell.Replace('\u3000', ' ').Replace('\u00a0', ' ').Trim());
}
