using System.Text.RegularExpressions;
using Lantu.Core.Normalization;

namespace Lantu.Core.Indicators.CellLines;

/// <summary>
/// The header of a table copied from a web page: one header cell per line (blank lines between them allowed), a
/// cell broken over two lines (指标 / 属性, 2025年目标 / 值) joined back. Found when at least three lines in a row
/// each hold at most one header label.
/// </summary>
public static class CellLinesHeader
{
    private const int MinCells = 3;
    private const int MaxCellLength = 16;

    /// <summary>The last line of the header starting at <paramref name="start"/>, or null when the lines there are
    /// not one header cell each.</summary>
    public static int? FindEnd(NormalizedDocument doc, int start)
    {
        int n = doc.CleanLines.Count, cells = 0, labels = 0, end = -1;
        for (int j = start; j <= n; j++)
        {
            var line = PipedCells.Strip(doc.CleanLine(j));
            var c = HeaderReader.Compact(line);
            if (c.Length == 0) continue;
            if (line.Contains('\t') || !IsHeaderCell(line)) break;
            cells++;
            labels += HeaderReader.Tokens(c).Count;
            end = j;
        }
        return cells >= MinCells && labels >= MinCells ? end : null;
    }

    /// <summary>A line holding one header label (年均增长/[累计] counts as one), or a fragment of one
    /// (属性, 值, /[累计], 长（%）).</summary>
    private static bool IsHeaderCell(string line)
    {
        var c = HeaderReader.WithoutGloss(line);
        if (c.Length > MaxCellLength) return false;
        var tokens = HeaderReader.Tokens(c);
        if (tokens.Count > 1) return tokens.Count == 2 && tokens.All(t => t.Kind == LabelKind.Growth);
        if (tokens.Count == 1) return HeaderReader.LooksLikeHeader(c);
        if (c[0] is '/' or '[' or '（' or '(') return true;
        return c.Length <= 4 && !FlatTableReader.IsValueLike(c) && !CellKinds.IsNameLike(c);
    }

    /// <summary>The header labels, one per header cell, with broken cells joined: a line continues the cell above
    /// when the two together read as one label that the line alone is not (2025年目标 + 值, 年均增长 + /[累计]) or when
    /// it holds no label; 指标 + 属性 is joined into 指标属性 when another cell names the indicator column.</summary>
    public static List<string> Labels(NormalizedDocument doc, int start, int end)
    {
        var labels = new List<string>();
        bool blankAfterCells = BlankAfterEachCell(doc, start, end);
        bool blankBefore = false;
        for (int j = start; j <= end; j++)
        {
            var line = doc.CleanLine(j);
            var c = HeaderReader.WithoutGloss(PipedCells.Strip(line));
            if (c.Length == 0) { blankBefore = line.Trim().Length == 0; continue; }
            bool continues = labels.Count > 0 && (blankAfterCells ? !blankBefore : IsOneLabel(labels[^1] + c) && (!IsOneLabel(c) || YearQualified(labels[^1], c))
                || HeaderReader.Tokens(c).Count == 0
                || c[0] is '/' or '（' or '(' or '[' or '〔' or '【');
            if (continues) labels[^1] += c; else labels.Add(c);
            blankBefore = false;
        }
        for (int i = 0; i + 1 < labels.Count; i++)
        {
            if (!(HeaderReader.Tokens(labels[i]) is [(LabelKind.Name, _)] && HeaderReader.Tokens(labels[i + 1]) is [(LabelKind.Attribute, _)])) continue;
            if (!IsOneLabel(labels[i] + labels[i + 1])) continue;
            bool otherName = labels.Where((l, k) => k != i && HeaderReader.Tokens(l).Any(t => t.Kind == LabelKind.Name)).Any();
            if (!otherName) continue;
            labels[i] += labels[i + 1];
            labels.RemoveAt(i + 1);
        }
        return labels;
    }

    /// <summary>A blank line after each header cell, so lines without one between them are one cell wrapped
    /// (2015 / 基期值, 年均增速 / 〔累计〕): at least two blank lines, and no run of more than two lines without one.</summary>
    private static bool BlankAfterEachCell(NormalizedDocument doc, int start, int end)
    {
        int blanks = 0, run = 0, longest = 0;
        for (int j = start; j <= end; j++)
        {
            if (doc.CleanLine(j).Trim().Length == 0) { blanks++; run = 0; continue; }
            longest = Math.Max(longest, ++run);
        }
        return blanks >= 2 && longest <= 2;
    }

    /// <summary>A bare year and the value word under it in the same cell (2015 / 基期值, 2020年 / 目标值); a word that
    /// heads a column of its own (2015年 | 规划目标) stays apart.</summary>
    private static bool YearQualified(string above, string line) =>
        Regex.IsMatch(above, @"^(?:19|20)\d{2}年?$") && Regex.IsMatch(line, "^(?:基期值|基数|现状值|目标值|预期值|预计值|实际值|完成值)$");

    private static bool IsOneLabel(string s) =>
        HeaderReader.LabelToken().Match(s) is { Success: true } m && m.Index == 0 && m.Length == s.Length;
}
