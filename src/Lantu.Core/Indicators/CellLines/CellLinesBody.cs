using System.Text.RegularExpressions;
using Lantu.Core.Normalization;

namespace Lantu.Core.Indicators.CellLines;

/// <summary>Where the body of a cell-per-line table ends: at a note, a heading, another caption, or a line of
/// prose (a sentence, or longer than any cell).</summary>
public static partial class CellLinesBody
{
    private const int MaxCellLength = 40;

    public static TableRegion Region(NormalizedDocument doc, int caption, int headerStart, int headerEnd, string title, bool review)
    {
        int n = doc.CleanLines.Count, end = headerEnd;
        for (int j = headerEnd + 1; j <= n; j++)
        {
            var line = doc.CleanLine(j).Trim();
            if (line.Length == 0) continue;
            if (EndsTable(line)) break;
            end = j;
        }
        return new TableRegion(title, caption, headerStart, headerEnd, end, TableShape.CellLines, review);
    }

    private static bool EndsTable(string line)
    {
        if (TableLocator.IsNote(line) || line.Contains('\t') || PageChrome().IsMatch(line)) return true;
        if (EnumeratedCategory().IsMatch(line)) return false; // 一、经济发展: a category cell, not a heading
        if (NumberedGroup().IsMatch(line)) return false; // 1。空气质量: a numbered group cell (。 for the dot), not a sentence
        if (TableLocator.EndsTable(line, double.MaxValue)) return true;
        var c = HeaderReader.Compact(line);
        if (c.Contains('。')) return true;
        return c.Length > MaxCellLength && !SubItems.Lists(line); // a name cell listing 其中 items is long, not prose
    }

    /// <summary>A site's footer or navigation line after the table: links set apart by bars (版权所有 | 联系我们), or a
    /// copyright or registration notice.</summary>
    [GeneratedRegex(@"\S\s+\|\s+\S|版权所有|Copyright|©|ICP备")]
    private static partial Regex PageChrome();
    [GeneratedRegex(@"^\d{1,2}[。.．]\s*[\u4e00-\u9fff]\S{0,11}$")]
    private static partial Regex NumberedGroup();
    [GeneratedRegex(@"^[一二三四五六七八九十]+、\S{1,10}$")]
    private static partial Regex EnumeratedCategory();
}
