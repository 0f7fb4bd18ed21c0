using System.Text.RegularExpressions;
using Lantu.Core.Text;

namespace Lantu.Core.Normalization;

/// <summary>
/// Whether the text was wrapped by PDF extraction (most lines about the same printed width, paragraphs broken
/// mid-sentence) and at what width. Word and HTML extractions put one paragraph on a line and are not wrapped.
/// </summary>
public sealed partial record LayoutProfile(bool Wrapped, double WrapWidth)
{
    /// <summary>A line at least this wide may continue on the next line. The first line of a paragraph is
    /// indented by two characters, so the slack must cover the indent.</summary>
    public double FullLineWidth => WrapWidth - 2.5;

    public bool IsFull(string line) => Wrapped && TextWidth.Of(line) >= FullLineWidth;

    /// <summary>
    /// Whether the paragraph may go on after this line: the line reaches the wrap width, or it stops mid-sentence
    /// at a width still typical of wrapped text (boxes and tables are set narrower than the body).
    /// A short line of separate figures is a table row and ends where it ends.
    /// </summary>
    public bool MayContinue(string line)
    {
        if (!Wrapped) return false;
        double width = TextWidth.Of(line);
        if (width >= FullLineWidth) return true;
        return width >= WrapWidth * 0.7 && !EndsSentence(line) && !Figures().IsMatch(line);
    }

    private static bool EndsSentence(string line)
    {
        var t = line.TrimEnd('”', '’', '"', '）', ')', '】', '」');
        return t.Length > 0 && "。！？；：!?;:".Contains(t[^1]);
    }

    [GeneratedRegex(@"\d(?:\.\d+)?%?\s+\S*\d")] private static partial Regex Figures();

    public static LayoutProfile Detect(IEnumerable<string> cleanLines)
    {
        var widths = cleanLines.Where(l => l.Length > 0 && !l.Contains('\t'))
            .Select(l => (int)Math.Round(TextWidth.Of(l))).Where(w => w >= 5).ToList();
        if (widths.Count < 20) return new LayoutProfile(false, 0);
        var mode = widths.GroupBy(w => w).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).First();
        int nearMode = widths.Count(w => Math.Abs(w - mode.Key) <= 2);
        var sorted = widths.OrderBy(w => w).ToList();
        int p90 = sorted[(int)(sorted.Count * 0.9)];
        bool wrapped = mode.Key is >= 15 and <= 80 && nearMode >= widths.Count * 0.35 && p90 <= mode.Key + 6;
        return new LayoutProfile(wrapped, wrapped ? mode.Key : 0);
    }
}
