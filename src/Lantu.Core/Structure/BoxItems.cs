using Lantu.Core.Model;

namespace Lantu.Core.Structure;

/// <summary>
/// The items of a project box, in the three shapes plans use: one paragraph per item named by its lead phrase
/// (嘉庚创新实验室。布局…); a short numbered title line followed by its description (01 新一代人工智能 / 前沿基础理论…);
/// and table rows (序号 | 项目 | 建设内容) where the first text cell names the item.
/// </summary>
public static class BoxItems
{
    private const int TitleMax = 30;

    public static List<BoxItem> From(IReadOnlyList<Paragraph> paragraphs)
    {
        var body = JoinWrapped(paragraphs.Where(p => !BoxItemRules.IsFigureCaption(p.Text) && !BoxItemRules.IsListLabel(p.Text)).ToList());
        var items = new List<BoxItem>();
        for (int i = 0; i < body.Count; i++)
        {
            var p = body[i];
            if (BoxItemRules.ListedProjects(p.Text) is { } listed)
            {
                items.AddRange(listed.Select(name => new BoxItem(name, p.Text, p.LineStart, p.LineEnd)));
                continue;
            }
            if (p.Text.Contains('\t'))
            {
                if (Row(p) is { } row) items.Add(row);
                continue;
            }
            if (IsTitle(p.Text) && i + 1 < body.Count && !IsTitle(body[i + 1].Text) && !body[i + 1].Text.Contains('\t'))
            {
                var next = body[++i];
                items.Add(new BoxItem(BoxParser.StripMarker(p.Text).Trim(), p.Text + "\n" + next.Text, p.LineStart, next.LineEnd));
                continue;
            }
            var name = BoxParser.ItemName(p.Text);
            if (BoxItemRules.IsNotAProject(name, p.Text)) continue;
            items.Add(new BoxItem(name, p.Text, p.LineStart, p.LineEnd));
        }
        return items;
    }

    /// <summary>Paragraphs cut by a line or page break (…长乐区、福清市 / 等地打造…) joined back.</summary>
    private static List<Paragraph> JoinWrapped(List<Paragraph> body)
    {
        var joined = new List<Paragraph>();
        foreach (var p in body)
        {
            if (joined.Count > 0 && !p.Text.Contains('\t') && !joined[^1].Text.Contains('\t') && BoxItemRules.ContinuesPrevious(joined[^1].Text, p.Text))
                joined[^1] = new Paragraph(joined[^1].LineStart, p.LineEnd, joined[^1].Text + p.Text.Trim());
            else joined.Add(p);
        }
        return joined;
    }

    /// <summary>A table row: numbering cells dropped, the first short cell names the item. A header row
    /// (序号 | 项目名称 | 建设内容) yields nothing.</summary>
    private static BoxItem? Row(Paragraph p)
    {
        var cells = p.Text.Split('\t').Select(c => c.Trim()).Where(c => c.Length > 0).ToList();
        while (cells.Count > 1 && BoxParser.StripMarker(cells[0] + " ").Trim().Length == 0) cells.RemoveAt(0);
        if (cells.Count == 0 || IsHeaderRow(cells)) return null;
        var name = cells[0].Length <= TitleMax ? BoxParser.StripMarker(cells[0]) : BoxParser.ItemName(cells[0]);
        return new BoxItem(name, string.Join(" ", cells), p.LineStart, p.LineEnd);
    }

    private static bool IsHeaderRow(List<string> cells) =>
        cells.All(c => c.Length <= 8) && cells.Any(c => c is "序号" or "项目名称" or "名称" or "项目" or "建设内容" or "主要内容" or "重点任务");

    /// <summary>A short line that names what follows: no sentence punctuation, at most 30 characters.</summary>
    private static bool IsTitle(string text)
    {
        var t = BoxParser.StripMarker(text).Trim();
        return t.Length is > 0 and <= TitleMax && t.IndexOfAny(['。', '，', '；', '：', ':', ',', '、']) < 0;
    }
}
