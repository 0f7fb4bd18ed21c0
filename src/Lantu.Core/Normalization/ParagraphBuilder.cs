using Lantu.Core.Model;
using Lantu.Core.Structure;
using Lantu.Core.Text;

namespace Lantu.Core.Normalization;

/// <summary>
/// Rebuilds paragraphs. In wrapped text a paragraph ends where a line ends short of the wrap width, or where the
/// next line starts a heading, box or numbered item. Unwrapped text keeps one paragraph per line.
/// Table rows (tab-separated) are always paragraphs of their own.
/// </summary>
public static class ParagraphBuilder
{
    public static List<Paragraph> Build(IReadOnlyList<string> cleanLines, IReadOnlySet<int> skip, LayoutProfile layout)
    {
        var result = new List<Paragraph>();
        int start = 0, end = 0;
        string text = "";
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
            bool startsBlock = HeadingRecognizer.MatchShape(line) is not null || line.StartsWith("——") || line.StartsWith("注");
            if (open && canContinue && !tableRow && !startsBlock)
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
            // A heading goes on only when it fills the line (a long title wrapped by the PDF).
            canContinue = !tableRow && (startsBlock ? layout.IsFull(line) : layout.MayContinue(line));
        }
        Flush();
        return result;
    }
}
