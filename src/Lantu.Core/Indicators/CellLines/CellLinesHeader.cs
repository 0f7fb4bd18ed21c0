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
        for (int j = start; j <= end; j++)
        {
            var c = HeaderReader.WithoutGloss(PipedCells.Strip(doc.CleanLine(j)));
            if (c.Length == 0) continue;
            bool continues = labels.Count > 0 && (IsOneLabel(labels[^1] + c) && !IsOneLabel(c) || HeaderReader.Tokens(c).Count == 0
                || c[0] is '/' or '（' or '(' or '[' or '〔' or '【');
            if (continues) labels[^1] += c; else labels.Add(c);
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

    private static bool IsOneLabel(string s) =>
        HeaderReader.LabelToken().Match(s) is { Success: true } m && m.Index == 0 && m.Length == s.Length;
}
