using System.Text;
using Lantu.Core.Text;
using UglyToad.PdfPig.Content;

namespace Lantu.Core.Reading.Pdf;

/// <summary>
/// The text of one table cell from the letters printed inside it. Letters sharing a baseline make a line; a space
/// is kept where the PDF prints one (or leaves a gap of half a character), not where an office suite only widens
/// the gap between Chinese and a figure (到 1000 → 到1000). A line that ended with room left for the next line's
/// first unbreakable piece ended its paragraph (34.52% / 77.34%: two figures, kept apart by a space, as Word's
/// paragraphs are); otherwise the text wrapped at the cell's edge and the lines are joined (2020 / 年 → 2020年).
/// </summary>
internal static class PdfCellText
{
    /// <param name="width">The cell's width between its borders.</param>
    /// <param name="padding">How far text stands from a border.</param>
    /// <param name="pitch">The baseline distance of wrapped lines in the table; lines further apart are paragraphs
    /// (an office suite's space between paragraphs).</param>
    /// <param name="printsWrapSpaces">Some line of the table ends with the space it wrapped at (LibreOffice prints it).</param>
    /// <returns>The text, whether its last line filled the cell (so the text may go on past a page break), and how
    /// many lines it was printed on.</returns>
    public static (string Text, bool Full, int Lines) Compose(IEnumerable<Letter> letters, double width, double padding, double pitch, bool printsWrapSpaces)
    {
        var lines = Lines(letters);
        double room = width - 2 * padding;
        var text = "";
        for (int i = 0; i < lines.Count; i++)
        {
            if (i == 0) { text = lines[i].Text; continue; }
            var (above, next) = (lines[i - 1], lines[i]);
            if (IsParagraphGap(above, next, pitch) || EndedParagraph(above, next, room) || above.EndsWithSpace) text += " " + next.Text;
            // An office suite that prints the space a line wrapped at says by its absence that there was none.
            else text = printsWrapSpaces ? text + next.Text : JoinWrapped(text, next.Text);
        }
        // Full: one more character would not have fitted (give or take the rounding of glyph widths).
        bool full = lines.Count > 0 && lines[^1].Width + lines[^1].Size * 0.95 > room;
        return (text.Trim(), full, lines.Count);
    }

    /// <summary>Lines further apart than the table's wrapped lines, or two sizes apart: a browser's paragraphs keep a
    /// margin of a line between them (其中:小学 / 初中), even where no cell of the table wraps to show the pitch.</summary>
    private static bool IsParagraphGap(CellLine above, CellLine next, double pitch)
    {
        double d = above.Baseline - next.Baseline;
        return d > pitch * 1.25 || d > Math.Max(above.Size, next.Size) * 2.0;
    }

    /// <summary>Two pieces of one cell's text that a line (or page) break separated.</summary>
    public static string JoinWrapped(string above, string next) =>
        above.Length == 0 || next.Length == 0 ? above + next
        : SpaceLostAtWrap(above[^1], next[0]) ? above + " " + next : above + next;

    /// <summary>The distance between the baselines of consecutive lines of the same cell, the least of all cells
    /// (the pitch of text wrapped inside one paragraph), and whether any line but a cell's last ends with a space.</summary>
    public static (double Pitch, bool WrapSpaces) Survey(IEnumerable<IEnumerable<Letter>> cells)
    {
        double least = double.MaxValue;
        bool spaces = false;
        foreach (var cell in cells)
        {
            var lines = Lines(cell);
            spaces |= lines.SkipLast(1).Any(l => l.EndsWithSpace);
            for (int i = 1; i < lines.Count; i++)
            {
                double d = lines[i - 1].Baseline - lines[i].Baseline;
                if (d >= lines[i].Size * 0.8) least = Math.Min(least, d);
            }
        }
        return (least, spaces);
    }

    /// <summary>Latin text wraps at a space, which the line break swallows; but a word or figure wider than the cell
    /// is cut anywhere (848.0 / 4, PM2. / 5, 9.00 / %), and a bracket holds on to its text (15.6 / (统计口径变化)).</summary>
    private static bool SpaceLostAtWrap(char last, char first)
    {
        if (CjkText.IsCjk(last) || CjkText.IsCjk(first) || last > 0x2000 || first > 0x2000) return false;
        if ("([{<".Contains(last) || "([{%)]}>.,;:/".Contains(first) || last == '/') return false;
        return !(IsWordPart(last) && IsWordPart(first));
    }

    private const string Opening = "([{（【《「『“‘〔", Closing = ")]}）】》」』”’，。、；：？！,.;:!?%〕";

    private static bool MayBreak(char before, char after) =>
        (CjkText.IsCjk(before) || CjkText.IsCjk(after)) && !Opening.Contains(before) && !Closing.Contains(after);

    private static bool IsWordPart(char c) => char.IsLetterOrDigit(c) || c == '.';

    /// <summary>The line above had room for the next line's first piece (with the space or the widened gap an office
    /// suite puts between Chinese and Latin text), so its text ended there.</summary>
    private static bool EndedParagraph(CellLine above, CellLine next, double room)
    {
        double size = above.Size;
        bool aboveCjk = CjkText.IsCjk(above.Text[^1]), nextCjk = CjkText.IsCjk(next.Text[0]);
        double gap = aboveCjk && nextCjk ? 0 : aboveCjk != nextCjk ? size * 0.2 : size * 0.25;
        return above.Width + gap + next.FirstUnitWidth <= room - size * 0.05;
    }

    private static List<CellLine> Lines(IEnumerable<Letter> letters)
    {
        var lines = new List<List<Letter>>();
        foreach (var letter in letters.OrderByDescending(l => l.StartBaseLine.Y).ThenBy(l => l.StartBaseLine.X))
        {
            var line = lines.LastOrDefault();
            if (line is not null && line[0].StartBaseLine.Y - letter.StartBaseLine.Y <= Math.Max(1, Size(line[0]) * 0.4)) line.Add(letter);
            else lines.Add([letter]);
        }
        return lines.Select(l => CellLine.Of(l.OrderBy(x => x.StartBaseLine.X).ToList())).Where(l => l.Text.Length > 0).ToList();
    }

    internal static double Size(Letter l) => l.PointSize > 0 ? l.PointSize : Math.Max(1, l.BoundingBox.Height);

    private sealed record CellLine(string Text, double Left, double Right, double Size, double FirstUnitWidth, double Baseline)
    {
        /// <summary>The line ends with a space glyph: the space the text wrapped at.</summary>
        public bool EndsWithSpace { get; init; }

        public double Width => Right - Left;

        public static CellLine Of(List<Letter> letters)
        {
            var sb = new StringBuilder();
            bool space = false;
            double left = double.NaN, right = double.NaN, size = 0, firstUnitEnd = double.NaN, lastStart = double.NaN;
            foreach (var letter in letters)
            {
                if (string.IsNullOrWhiteSpace(letter.Value)) { space = true; continue; }
                double start = letter.StartBaseLine.X, end = Math.Max(letter.EndBaseLine.X, start);
                if (sb.Length > 0 && Math.Abs(start - lastStart) < 0.5 && letter.Value == sb[^1].ToString()) continue; // fake bold: the same glyph twice
                lastStart = start;
                size = Math.Max(size, PdfCellText.Size(letter));
                if (sb.Length > 0 && (space || start - right > PdfCellText.Size(letter) * 0.5)) sb.Append(' ');
                // The first piece a line break cannot split ends where a break may come: at a space, or next to a
                // Chinese character unless a bracket or punctuation holds the two together (（统, 率）, 值，).
                if (double.IsNaN(firstUnitEnd) && sb.Length > 0 && (sb[^1] == ' ' || MayBreak(sb[^1], letter.Value[0])))
                    firstUnitEnd = right;
                if (sb.Length == 0) left = start;
                sb.Append(letter.Value);
                right = end;
                space = false;
            }
            if (sb.Length == 0) return new CellLine("", 0, 0, 0, 0, 0);
            if (double.IsNaN(firstUnitEnd)) firstUnitEnd = right;
            return new CellLine(sb.ToString(), left, right, size, firstUnitEnd - left, letters[0].StartBaseLine.Y) { EndsWithSpace = space };
        }
    }
}
