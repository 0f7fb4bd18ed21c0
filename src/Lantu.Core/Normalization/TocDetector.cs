using System.Text.RegularExpressions;

namespace Lantu.Core.Normalization;

/// <summary>
/// Finds table-of-contents lines: entries with dotted leaders and a page number ("第一节 发展基础.....7"), and
/// every entry in the block under a 目录 header, where some entries only end with a tab and the page number.
/// These lines must not become the outline.
/// </summary>
public static partial class TocDetector
{
    public static HashSet<int> Find(IReadOnlyList<string> cleanLines)
    {
        var toc = new HashSet<int>();
        bool inBlock = false;
        int misses = 0;
        for (int i = 0; i < cleanLines.Count; i++)
        {
            var line = cleanLines[i];
            if (line.Length == 0) continue;
            if (TocHeader().IsMatch(line)) { toc.Add(i + 1); inBlock = true; misses = 0; continue; }
            if (Leader().IsMatch(line) || (inBlock && TrailingPage().IsMatch(line)))
            {
                toc.Add(i + 1);
                misses = 0;
                continue;
            }
            // Inside the block a wrapped entry title may precede its page number; tolerate one such line.
            if (inBlock && ++misses > 1) inBlock = false;
            else if (inBlock && i + 1 < cleanLines.Count && TrailingPage().IsMatch(NextNonEmpty(cleanLines, i + 1))) toc.Add(i + 1);
            else inBlock = false;
        }
        return toc;
    }

    private static string NextNonEmpty(IReadOnlyList<string> lines, int from)
    {
        for (int j = from; j < lines.Count; j++) if (lines[j].Length > 0) return lines[j];
        return "";
    }

    [GeneratedRegex(@"^(目\s*录|目\s*次|CONTENTS)$", RegexOptions.IgnoreCase)] private static partial Regex TocHeader();
    [GeneratedRegex(@"(\.{3,}|…{2,}|·{3,}|\.\s\.\s\.|－{3,}|-{4,})\s*\d{1,4}\s*$")] private static partial Regex Leader();
    [GeneratedRegex(@"(\t|\s{2,}|\.{2,}|…+)\s*\d{1,4}\s*$")] private static partial Regex TrailingPage();
}
