using System.Text.RegularExpressions;
using Lantu.Core.Model;

namespace Lantu.Core.Structure;

/// <summary>
/// Builds the heading tree from paragraphs by numbering rank (篇 > 章 > 节 > 一、 > （一） > 1. > (1) > ①).
/// Boxes and tables become leaf nodes under the current heading. When a 节 or 章 restarts its numbering under the
/// same parent (第四节 after 第四节), the parent's heading was lost in extraction: an inferred parent is inserted
/// so the tree stays sensible.
/// </summary>
public sealed class OutlineBuilder
{
    private readonly List<OutlineNode> _roots = new();
    private readonly List<OutlineNode> _stack = new();
    private readonly Dictionary<OutlineNode, OutlineNode?> _parents = new();
    private readonly Dictionary<OutlineNode, List<string>> _text = new();
    private OutlineNode? _leaf; // the current table node collecting rows

    public static List<OutlineNode> Build(IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<BoxParser.Span> boxes)
    {
        var builder = new OutlineBuilder();
        var boxAt = boxes.ToDictionary(b => b.FirstParagraph);
        for (int i = 0; i < paragraphs.Count; i++)
        {
            if (boxAt.TryGetValue(i, out var span))
            {
                builder.AddBox(span, paragraphs);
                i = span.LastParagraph;
                continue;
            }
            builder.Add(paragraphs[i]);
        }
        builder.Finish();
        return builder._roots;
    }

    private void Add(Paragraph p)
    {
        var h = HeadingRecognizer.Recognize(p.Text);
        if (h is null || h.Style == NumberingStyle.Box)
        {
            AppendText(_leaf ?? _stack.LastOrDefault(), p);
            return;
        }
        var node = new OutlineNode
        {
            Kind = h.Style, Number = Text.CjkText.WithoutWhiteSpace(h.Number), Ordinal = h.Ordinal, Title = h.Title,
            LineStart = p.LineStart, LineEnd = p.LineEnd,
        };
        if (h.Style == NumberingStyle.Table)
        {
            _leaf = node;
            Attach(node, _stack.LastOrDefault());
            return;
        }
        _leaf = null;
        int rank = NumberingStyle.Rank(h.Style);
        while (_stack.Count > 0 && Closes(_stack[^1].Kind, h.Style)) _stack.RemoveAt(_stack.Count - 1);
        InferMissingParent(node);
        Attach(node, _stack.LastOrDefault());
        _stack.Add(node);
    }

    private void AddBox(BoxParser.Span span, IReadOnlyList<Paragraph> paragraphs)
    {
        _leaf = null;
        var node = new OutlineNode
        {
            Kind = NumberingStyle.Box, Number = "专栏" + span.Box.Number, Ordinal = int.TryParse(span.Box.Number, out var n) ? n : 0,
            Title = span.Box.Title, LineStart = span.Box.LineStart, LineEnd = span.Box.LineEnd,
        };
        Attach(node, _stack.LastOrDefault());
        for (int i = span.FirstParagraph + 1; i <= span.LastParagraph; i++) AppendText(node, paragraphs[i]);
    }

    /// <summary>Whether a new heading of <paramref name="style"/> closes the open node of <paramref name="open"/> style.
    /// A preface is closed by any real heading; an appendix by another appendix, 篇 or 章.</summary>
    private static bool Closes(string open, string style) => open switch
    {
        NumberingStyle.Preface => NumberingStyle.Rank(style) <= NumberingStyle.Rank(NumberingStyle.CnParen),
        NumberingStyle.Appendix => style is NumberingStyle.Appendix or NumberingStyle.Part or NumberingStyle.Chapter or NumberingStyle.Preface,
        _ => NumberingStyle.Rank(open) >= NumberingStyle.Rank(style),
    };

    private void InferMissingParent(OutlineNode node)
    {
        if (node.Kind is not (NumberingStyle.Section or NumberingStyle.Chapter)) return;
        var parent = _stack.LastOrDefault();
        if (parent is null || parent.Inferred || parent.Kind is NumberingStyle.Preface or NumberingStyle.Appendix) return;
        var lastSibling = parent.Children.LastOrDefault(c => c.Kind == node.Kind);
        if (lastSibling is null || node.Ordinal > lastSibling.Ordinal) return;
        var inferred = new OutlineNode
        {
            Kind = parent.Kind, Ordinal = parent.Ordinal + 1, Number = Renumber(parent, parent.Ordinal + 1),
            Title = "（标题缺失）", LineStart = node.LineStart, LineEnd = node.LineEnd, Inferred = true,
        };
        _stack.RemoveAt(_stack.Count - 1);
        Attach(inferred, _stack.LastOrDefault());
        _stack.Add(inferred);
    }

    private static string Renumber(OutlineNode like, int ordinal)
    {
        var suffix = like.Kind switch { NumberingStyle.Chapter => "章", NumberingStyle.Part => "篇", _ => "节" };
        return "第" + ToChinese(ordinal) + suffix;
    }

    private static string ToChinese(int n)
    {
        const string d = "零一二三四五六七八九";
        if (n < 10) return d[n].ToString();
        if (n < 20) return "十" + (n % 10 == 0 ? "" : d[n % 10].ToString());
        return d[n / 10] + "十" + (n % 10 == 0 ? "" : d[n % 10].ToString());
    }

    private void Attach(OutlineNode node, OutlineNode? parent)
    {
        _parents[node] = parent;
        if (parent is null) _roots.Add(node); else parent.Children.Add(node);
    }

    private void AppendText(OutlineNode? node, Paragraph p)
    {
        if (node is null) return; // preamble before the first heading stays in the paragraph list only
        if (!_text.TryGetValue(node, out var list)) _text[node] = list = new List<string>();
        list.Add(p.Text);
        for (var n = node; n is not null; n = _parents.GetValueOrDefault(n))
            n.LineEnd = Math.Max(n.LineEnd, p.LineEnd);
    }

    private void Finish()
    {
        foreach (var (node, list) in _text) node.Text = string.Join('\n', list);
        foreach (var root in _roots) Extend(root);
    }

    private static int Extend(OutlineNode node)
    {
        foreach (var child in node.Children) node.LineEnd = Math.Max(node.LineEnd, Extend(child));
        return node.LineEnd;
    }
}
