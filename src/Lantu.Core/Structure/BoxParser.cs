using System.Text.RegularExpressions;
using Lantu.Core.Model;

namespace Lantu.Core.Structure;

/// <summary>
/// Finds 专栏 boxes. A box runs from its caption to the next heading at 一、/（一） level or above, the next box or
/// table caption, or a note (注：) that closes it. Project boxes yield one item per paragraph, named by the
/// paragraph's leading phrase (嘉庚创新实验室。布局…); boxes that hold a table yield no items (the table belongs
/// to indicator extraction).
/// </summary>
public static partial class BoxParser
{
    public sealed record Span(Box Box, int FirstParagraph, int LastParagraph);

    public static List<Span> Parse(IReadOnlyList<Paragraph> paragraphs)
    {
        var spans = new List<Span>();
        for (int i = 0; i < paragraphs.Count; i++)
        {
            var caption = HeadingRecognizer.Recognize(paragraphs[i].Text);
            if (caption?.Style != NumberingStyle.Box) continue;
            int j = i + 1;
            string title = caption.Title;
            if (title.Length == 0 && j < paragraphs.Count && IsTitleLike(paragraphs[j].Text)) title = paragraphs[j++].Text;
            int bodyStart = j;
            while (j < paragraphs.Count && !ClosesBox(paragraphs[j].Text) && !BoxItemRules.IsFigureCaption(paragraphs[j].Text)
                   && !(j > bodyStart && FrameEnds(paragraphs, bodyStart, j)))
                if (IsNote(paragraphs[j++].Text)) break; // a note belongs to the box and ends it
            int last = j - 1;
            var body = paragraphs.Skip(bodyStart).Take(last - bodyStart + 1).ToList();
            bool table = IsTableBody(body, title);
            var box = new Box
            {
                Number = caption.Number, Title = title, Kind = table ? "table" : "projects",
                LineStart = paragraphs[i].LineStart, LineEnd = paragraphs[Math.Max(last, i)].LineEnd,
            };
            if (!table) box.Items.AddRange(ItemsOf(title, body.Where(p => !IsNote(p.Text) && !BoxItemRules.IsFigureCaption(p.Text)).ToList()));
            spans.Add(new Span(box, i, Math.Max(last, i)));
            i = Math.Max(last, i);
        }
        return spans;
    }

    /// <summary>The box's items; a box whose text names nothing of its own (one paragraph describing the work) is
    /// one item named by the box's title.</summary>
    private static List<BoxItem> ItemsOf(string title, List<Paragraph> body)
    {
        var items = BoxItems.From(body);
        if (items.Count > 0 || body.Count == 0 || title.Length == 0) return items;
        return [new BoxItem(title, string.Join("\n", body.Select(p => p.Text)), body[0].LineStart, body[^1].LineEnd)];
    }

    private static bool ClosesBox(string text)
    {
        var h = HeadingRecognizer.Recognize(text);
        return h is not null && NumberingStyle.ClosesBlock(h.Style);
    }

    /// <summary>Two or more blank lines after a box whose paragraphs follow each other without blank lines: the end
    /// of the box's frame in Word text output, where the box is a one-cell table and the body text resumes after it.
    /// (In PDF text, blank lines between paragraphs and page breaks are common inside a box, so they end nothing.)</summary>
    private static bool FrameEnds(IReadOnlyList<Paragraph> paragraphs, int bodyStart, int next)
    {
        for (int k = bodyStart + 1; k < next; k++)
            if (paragraphs[k].LineStart - paragraphs[k - 1].LineEnd > 1) return false;
        return paragraphs[next].LineStart - paragraphs[next - 1].LineEnd > BlankLinesEndingFrame;
    }

    private const int BlankLinesEndingFrame = 2;

    private static bool IsTitleLike(string text) =>
        text.Length <= 50 && !text.Contains('\t') && !text.Contains('。') && HeadingRecognizer.MatchShape(text) is null;

    private static bool IsNote(string text) => NoteRx().IsMatch(text);

    /// <summary>Tables show as tab-separated rows, or as many tiny paragraphs (one cell per line, or flattened rows of figures).</summary>
    private static bool IsTableBody(List<Paragraph> body, string title)
    {
        if (body.Count == 0) return false;
        var tabbed = body.Where(p => p.Text.Contains('\t')).ToList();
        // Tabbed rows are an indicator table when the title or the first row says so; otherwise a table of
        // projects (序号 | 项目 | 建设内容), whose rows are the box's items.
        if (tabbed.Count * 3 >= body.Count)
            return IndicatorTitle().IsMatch(title) || Indicators.HeaderReader.Tokens(tabbed[0].Text) is var t
                && t.Any(k => k.Kind == Indicators.LabelKind.Name) && t.Any(k => k.Kind is Indicators.LabelKind.Value or Indicators.LabelKind.Growth or Indicators.LabelKind.Attribute);
        int cells = body.Count(p => p.Text.Length <= 8 || FigureRow().IsMatch(p.Text));
        if (IndicatorTitle().IsMatch(title) && cells * 3 >= body.Count) return true;
        return body.Count >= 6 && cells * 2 >= body.Count;
    }

    /// <summary>The leading phrase before the first 。 or ：, without list markers; else the first clause.</summary>
    public static string ItemName(string text)
    {
        var t = Marker().Replace(text, "");
        int stop = t.IndexOfAny(['。', '：', ':']);
        if (stop > 0 && stop <= 40 && !t[..stop].Contains('，')) return t[..stop];
        int comma = t.IndexOfAny(['，', '；', '。']);
        if (comma > 0 && comma <= 40) return t[..comma];
        return t.Length <= 40 ? t : t[..40];
    }

    [GeneratedRegex(@"^(注|备注|说明)\s*[：:\d（(]")] private static partial Regex NoteRx();
    [GeneratedRegex(@"指标|目标|完成情况|路径图|一览表")] private static partial Regex IndicatorTitle();
    [GeneratedRegex(@"\d(?:\.\d+)?%?\s+\S*\d|^\S{1,12}\s+(?:%|亿元|万元|万人|个|件|岁|年|万吨|\S{0,3}/\S{1,3})\s")] private static partial Regex FigureRow();
    [GeneratedRegex(@"^(——|—|●|•|·|■|◆|▲|\d{1,2}\s*[.．、]|0\d[\s\u3000]+|[1-9]\d?[\s\u3000]+(?![个大项条座家所处批万亿千百多余年])|[（(]\d{1,2}[）)]|[①-⑳])\s*")] private static partial Regex Marker();

    /// <summary>The text without a leading list marker (01, 1., （1）, ①, ——, ●).</summary>
    public static string StripMarker(string text) => Marker().Replace(text, "");
}
