using System.Text.RegularExpressions;
using Lantu.Core.Text;

namespace Lantu.Core.Structure;

/// <summary>
/// A title page sets a long title over two or three lines (重庆市渝中区国民经济和社会发展 / 第十四个五年规划和二〇三五年远景目标纲要);
/// the line that ends the title is joined with the fragments above it. A fragment is short and has no sentence
/// punctuation, brackets or book-title marks, and is not the issuing body, a date or a document number.
/// </summary>
public static partial class TitleLines
{
    /// <summary>How many lines above the title's last line may belong to it.</summary>
    private const int MaxFragments = 3;

    /// <param name="startsTitle">Whether a line can begin a title by itself (it names its region or the nation):
    /// such a line is whole and takes no fragments.</param>
    public static string JoinBroken(IReadOnlyList<string> head, int last, Func<string, bool> startsTitle)
    {
        var title = head[last];
        if (startsTitle(title)) return title;
        int first = last;
        for (int i = last - 1; i >= 0 && last - i <= MaxFragments && IsFragment(head[i]) && title.Length + head[i].Length <= 80; i--)
            (title, first) = (CjkText.JoinWrapped(head[i], title), i);
        // Spaces a PDF's line layout left around the figures of a broken title (和2035 年) are not the title's.
        return first == last ? title : SpaceBesideCjk().Replace(title, "");
    }

    private static bool IsFragment(string line) =>
        line.Length is >= 2 and <= 40 && !NotAFragment().IsMatch(line) && !line.EndsWith("规划") && !line.EndsWith("纲要");

    [GeneratedRegex(@"[，。、：；！？,.:;!?()（）《》\[\]【】|｜〔〕]|^\d{4}\s*年(?:\s*\d{1,2}\s*月)?|(?:人民政府|办公厅|办公室|委员会|管委会|人民代表大会|文件|局|厅)$|^第[一二三四五六七八九十百\d]+[篇章节]")]
    private static partial Regex NotAFragment();

    [GeneratedRegex(@"(?<=[\u4e00-\u9fa5〇])\s+|\s+(?=[\u4e00-\u9fa5〇])")]
    private static partial Regex SpaceBesideCjk();
}
