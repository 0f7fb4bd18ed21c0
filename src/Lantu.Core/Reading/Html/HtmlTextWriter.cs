using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Lantu.Core.Text;

namespace Lantu.Core.Reading.Html;

/// <summary>
/// Writes an article's elements as the lines the plan parser reads, in reading order: one line per heading,
/// paragraph or list item (a &lt;br&gt; breaks the line), and each data table as the Word reader writes it — an
/// empty line, one tab-separated line per row (<see cref="HtmlTableGrid"/>), an empty line. A table used for page
/// layout (one column, tables inside it, or page-long cells) is read as the blocks it holds.
/// </summary>
public sealed partial class HtmlTextWriter
{
    private static readonly HashSet<string> Blocks =
    [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "section", "article", "main",
        "header", "blockquote", "pre", "center", "form", "address", "figure", "figcaption", "hr", "tr", "td", "th",
        "thead", "tbody", "tfoot", "caption", "fieldset", "details", "summary",
    ];

    /// <summary>A cell longer than this is a page column, not a table cell.</summary>
    private const int LayoutCellChars = 1500;

    private readonly List<string> _lines = new();
    private readonly StringBuilder _inline = new();
    /// <summary>Writing a table cell: a bracketed phrase there is data ([20], [确保完成国家要求]), not a page link.</summary>
    private bool _inCell;
    private int _preformatted;

    public static List<string> Write(IElement root, string? title)
    {
        var writer = new HtmlTextWriter();
        if (title is not null) writer._lines.Add(title);
        writer.Walk(root);
        writer.Flush();
        return writer._lines;
    }

    private void Walk(INode node)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text when _preformatted > 0: Preformatted(text.Data); break;
                case IText text: _inline.Append(text.Data); break;
                case IElement { LocalName: "br" }: Flush(); break;
                case IElement { LocalName: "table" } table: Table(table); break;
                case IElement { LocalName: "img" or "script" or "style" }: break;
                case IElement { LocalName: "li" } item when item.ParentElement?.LocalName == "ol":
                    Flush();
                    _inline.Append(item.ParentElement.Children.Where(c => c.LocalName == "li").ToList().IndexOf(item) + 1).Append(". ");
                    Walk(item);
                    Flush();
                    break;
                case IElement { LocalName: "pre" } pre:
                    Flush();
                    _preformatted++;
                    Walk(pre);
                    _preformatted--;
                    Flush();
                    break;
                case IElement block when Blocks.Contains(block.LocalName):
                    Flush();
                    Walk(block);
                    Flush();
                    break;
                case IElement inline: Walk(inline); break;
            }
        }
    }

    /// <summary>Inside &lt;pre&gt; (LibreOffice saves a text file as one) a source line break is a line break.</summary>
    private void Preformatted(string data)
    {
        var parts = data.Split('\n');
        for (int i = 0; i < parts.Length; i++)
        {
            if (i > 0) Flush();
            _inline.Append(parts[i]);
        }
    }

    private void Table(IElement table)
    {
        Flush();
        var grid = HtmlTableGrid.Read(table, CellText);
        if (IsLayout(table, grid))
        {
            Walk(table);
            Flush();
            return;
        }
        // A <caption> is the table's title, printed above it.
        if (table.Children.FirstOrDefault(c => c.LocalName == "caption") is { } caption && CellText(caption) is { Length: > 0 } title)
            _lines.Add(title);
        _lines.Add("");
        foreach (var row in grid) _lines.Add(string.Join('\t', row));
        _lines.Add("");
    }

    private static bool IsLayout(IElement table, List<List<string>> grid) =>
        grid.Count == 0 || grid.Max(r => r.Count) <= 1 || table.QuerySelector("table") is not null
        || grid.Any(r => r.Any(c => c.Length > LayoutCellChars));

    /// <summary>A cell's lines joined as wrapped lines are (Chinese directly, Latin words with a space): a &lt;br&gt;
    /// only wraps the one value. A cell made of several paragraphs joins them with a space, as the Word reader joins
    /// a cell's paragraphs: they may be items of a list (34.52% / 77.34% beside 其中:小学 / 初中).</summary>
    private static string CellText(IElement cell)
    {
        var blocks = cell.Children.Where(c => Blocks.Contains(c.LocalName)).ToList();
        if (blocks.Count > 1 && cell.ChildNodes.All(n => n is IElement e ? blocks.Contains(e) : n.TextContent.Trim().Length == 0))
            return string.Join(" ", blocks.Select(CellText).Where(t => t.Length > 0));
        var writer = new HtmlTextWriter { _inCell = true };
        writer.Walk(cell);
        writer.Flush();
        return writer._lines.Aggregate("", CjkText.JoinWrapped).Replace('\t', ' ');
    }

    private void Flush()
    {
        var line = Normalize(_inline.ToString());
        _inline.Clear();
        if (line.Length > 0 && (_inCell || !PageChrome().IsMatch(line))) _lines.Add(line);
    }

    /// <summary>HTML white space collapses to one space; a source line break between two Chinese characters
    /// disappears (as browsers render it); indentation with full-width or no-break spaces is dropped.</summary>
    public static string Normalize(string s)
    {
        s = BreakBetweenWide().Replace(s, "$1");
        s = Whitespace().Replace(s, " ");
        return s.Trim(' ', '\u3000');
    }

    [GeneratedRegex(@"([\u3000-\u9fff\uff00-\uffef])[ \t\u00A0]*[\r\n][\s\u00A0]*(?=[\u3000-\u9fff\uff00-\uffef])")]
    private static partial Regex BreakBetweenWide();

    [GeneratedRegex(@"[ \t\r\n\f\u00A0]+")]
    private static partial Regex Whitespace();

    /// <summary>Lines that are buttons of the page, not text of the plan: 【打印本页】【关闭窗口】, 字体：大 中 小, 分享到：…</summary>
    [GeneratedRegex(@"^(?:(?:【[^】]{1,8}】|\[[^\]]{1,8}\])\s*)+$|^(?:分享到|扫一扫|打印本页|关闭窗口|返回顶部|上一篇|下一篇|【?字体|字号[:：]\s*[大中小])")]
    private static partial Regex PageChrome();
}
