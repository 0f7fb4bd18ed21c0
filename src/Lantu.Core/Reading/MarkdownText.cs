using System.Text.RegularExpressions;
using Lantu.Core.Model;

namespace Lantu.Core.Reading;

/// <summary>
/// A plan kept as Markdown (an export of a wiki or an AI tool's conversion): pipe tables become the tab-separated
/// rows the Word reader writes, between empty lines, and heading marks (##), emphasis (**…**), bullets and link
/// targets are dropped so headings read as printed. Recognised from the text itself: a pipe table (a header row
/// followed by a |---| delimiter row) or at least two # headings. Any other text is returned as it is.
/// </summary>
public static partial class MarkdownText
{
    public static SourceDocument Convert(SourceDocument doc)
    {
        var lines = doc.Lines;
        bool hasTable = Enumerable.Range(1, Math.Max(0, lines.Count - 1)).Any(i => IsDelimiterRow(lines[i]) && lines[i - 1].Contains('|'));
        if (!hasTable && lines.Count(l => AtxHeading().IsMatch(l)) < 2) return doc;

        var output = new List<string>(lines.Count + 8);
        for (int i = 0; i < lines.Count; i++)
        {
            if (i + 1 < lines.Count && lines[i].Contains('|') && IsDelimiterRow(lines[i + 1]))
            {
                if (output.Count > 0 && output[^1].Length > 0) output.Add("");
                output.Add(string.Join('\t', Cells(lines[i])));
                for (i += 2; i < lines.Count && lines[i].Contains('|') && lines[i].Trim().Length > 0; i++)
                    output.Add(string.Join('\t', Cells(lines[i])));
                output.Add("");
                i--;
                continue;
            }
            output.Add(Inline(lines[i]));
        }
        return new SourceDocument(doc.FileName, "markdown", doc.Encoding, output);
    }

    private static bool IsDelimiterRow(string line) => line.Contains('-') && DelimiterRow().IsMatch(line);

    /// <summary>The cells of a table row: split on pipes that are not escaped (\|), outer pipes dropped.</summary>
    private static IEnumerable<string> Cells(string row)
    {
        var t = row.Trim();
        if (t.StartsWith('|')) t = t[1..];
        if (t.EndsWith('|') && !t.EndsWith("\\|")) t = t[..^1];
        return UnescapedPipe().Split(t).Select(c => Inline(c).Trim());
    }

    private static string Inline(string line)
    {
        line = AtxHeading().Replace(line, "");
        line = Bullet().Replace(line, "");
        line = Link().Replace(line, "$1");
        line = Emphasis().Replace(line, "$2");
        return Escaped().Replace(line, "$1");
    }

    [GeneratedRegex(@"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")] private static partial Regex DelimiterRow();
    [GeneratedRegex(@"(?<!\\)\|")] private static partial Regex UnescapedPipe();
    [GeneratedRegex(@"^\s{0,3}#{1,6}\s+")] private static partial Regex AtxHeading();
    [GeneratedRegex(@"^\s{0,3}[-*+]\s+(?=\S)")] private static partial Regex Bullet();
    [GeneratedRegex(@"\[([^\]]+)\]\([^)]*\)")] private static partial Regex Link();
    [GeneratedRegex(@"(\*\*|__)(.+?)\1")] private static partial Regex Emphasis();
    [GeneratedRegex(@"\\([!-/:-@\[-`{-~])")] private static partial Regex Escaped();
}
