using System.Text.RegularExpressions;
using Lantu.Core.Normalization;
using Lantu.Core.Text;

namespace Lantu.Core.Indicators.CellLines;

/// <summary>
/// A copy that prints a lone "|" line after every cell and a longer run of bars ("||", "|||", "||||") where a row
/// ends; the lines of a multi-line cell follow one another without a bar. The bars are rules, not empty cells: a cell
/// is the lines between two bar lines, and a run of two or more bars starts the next row.
/// A forum copy prints the bar before the cell instead (<c>| 76.7</c> on each line, a lone bar closing the row's last
/// cell): a leading bar is a bar line of its own, and a cell without one after a bar line starts the next row.
/// </summary>
public static partial class BarSeparatedCells
{
    /// <summary>Most cells of the range are followed by a bar line of their own (and none closes with " |").</summary>
    public static bool Applies(NormalizedDocument doc, int first, int last)
    {
        int contents = 0, barred = 0, led = 0;
        bool afterBar = false;
        for (int j = first; j <= last; j++)
        {
            var t = doc.CleanLine(j).Trim();
            if (t.Length == 0) continue;
            if (Bars().IsMatch(t)) { afterBar = true; continue; }
            if (t.EndsWith('|')) return false;
            contents++;
            if (LeadingBar(t) || afterBar) led++;
            afterBar = false;
            if (j < last && Bars().IsMatch(doc.CleanLine(j + 1).Trim())) barred++;
        }
        return contents > 0 && (barred * 10 >= contents * 6 || (led * 10 >= contents * 8 && LeadingBars(doc, first, last) * 10 >= contents * 4));
    }

    public static List<StreamCell> Read(NormalizedDocument doc, int first, int last, Func<string, string> clean)
    {
        var cells = new List<StreamCell>();
        var parts = new List<string>();
        int cellLine = 0, bars = 0;
        bool rowStart = false;
        void Flush()
        {
            if (parts.Count == 0) return;
            cells.Add(new StreamCell(Join(parts), cellLine, rowStart));
            parts.Clear();
        }
        bool leading = LeadingBars(doc, first, last) > 0;
        for (int j = first; j <= last; j++)
        {
            var t = doc.CleanLine(j).Trim();
            if (t.Length == 0) continue;
            if (Bars().IsMatch(t)) { Flush(); bars += t.Length; continue; }
            bool led = LeadingBar(t);
            if (led) { Flush(); t = t.TrimStart('|').TrimStart(); }
            if (parts.Count == 0) { cellLine = j; rowStart = bars >= 2 || (leading && bars == 1 && !led); bars = 0; }
            parts.Add(clean(t));
        }
        Flush();
        return cells;
    }

    /// <summary>The lines of one cell: a wrapped name is joined back (最低生活保障 / 人数(万人)); figures and 其中 items
    /// keep a space between them, which parts them again (<see cref="SubItems"/>).</summary>
    private static string Join(List<string> parts)
    {
        var text = parts[0];
        for (int i = 1; i < parts.Count; i++)
        {
            bool apart = FlatTableReader.IsValueLike(parts[i]) || SubItems.Lists(text) || parts[i].StartsWith("其中", StringComparison.Ordinal);
            text = apart ? text + " " + parts[i] : CjkText.JoinWrapped(text, parts[i]);
        }
        return text;
    }

    private static bool LeadingBar(string t) => t.Length > 1 && t[0] == '|' && t[1] != '|';

    private static int LeadingBars(NormalizedDocument doc, int first, int last) =>
        Enumerable.Range(first, Math.Max(0, last - first + 1)).Count(j => LeadingBar(doc.CleanLine(j).Trim()));

    [GeneratedRegex(@"^\|+$")]
    private static partial Regex Bars();
}
