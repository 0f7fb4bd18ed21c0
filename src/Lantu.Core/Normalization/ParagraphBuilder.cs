using System.Text.RegularExpressions;
using Lantu.Core.Model;
using Lantu.Core.Structure;
using Lantu.Core.Text;

namespace Lantu.Core.Normalization;

/// <summary>
/// Rebuilds paragraphs. In wrapped text a paragraph ends where a line ends short of the wrap width, or where the
/// next line starts a heading, box, numbered item or lead phrase (政务云优化升级工程。…). A heading goes on only
/// when it fills the line and the next line ends the title. Unwrapped text keeps one paragraph per line.
/// Table rows (tab-separated) are always paragraphs of their own.
/// </summary>
public static partial class ParagraphBuilder
{
    public static List<Paragraph> Build(IReadOnlyList<string> cleanLines, IReadOnlySet<int> skip, LayoutProfile layout)
    {
        var result = new List<Paragraph>();
        int start = 0, end = 0;
        string text = "", previous = "";
        bool open = false, canContinue = false;

        void Flush()
        {
            if (open) result.Add(new Paragraph(start, end, text));
            open = false;
        }

        for (int n = 1; n <= cleanLines.Count; n++)
        {
            var line = cleanLines[n - 1];
            if (line.Length == 0 || skip.Contains(n))
            {
                if (!layout.Wrapped) Flush(); // in wrapped text blank lines are just spacing
                continue;
            }
            bool tableRow = line.Contains('\t');
            bool heading = StartsBlock(line);
            bool leadPhrase = previous.EndsWith('。') && LeadPhrase().IsMatch(line);
            if (open && canContinue && !tableRow && !heading && !leadPhrase)
            {
                text = CjkText.JoinWrapped(text, line);
                end = n;
            }
            else
            {
                Flush();
                open = true;
                start = end = n;
                text = line;
            }
            canContinue = !tableRow && (heading
                ? layout.IsFull(line) && !layout.IsFull(NextLine(cleanLines, skip, n))
                : layout.MayContinue(line));
            previous = line;
        }
        Flush();
        return result;
    }

    private static bool StartsBlock(string line) =>
        HeadingRecognizer.MatchShape(line) is not null || line.StartsWith("——") || NoteStart().IsMatch(line);

    private static string NextLine(IReadOnlyList<string> lines, IReadOnlySet<int> skip, int n)
    {
        for (int i = n + 1; i <= lines.Count; i++)
            if (lines[i - 1].Length > 0 && !skip.Contains(i)) return lines[i - 1];
        return "";
    }

    /// <summary>A short phrase closed by 。 at the start of a line: the bold lead of a new measure or box item.</summary>
    [GeneratedRegex(@"^[^，。；：、,;:\s]{3,18}。")] private static partial Regex LeadPhrase();
    [GeneratedRegex(@"^(注|备注|资料来源)\s*[：:\d（(]")] private static partial Regex NoteStart();
}
