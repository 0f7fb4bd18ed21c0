using System.Text;
using System.Text.Encodings.Web;
using Lantu.Core.Model;
using Lantu.Storage.Records;
using Microsoft.AspNetCore.Html;

namespace Lantu.Web.Services;

/// <summary>
/// Everything the pages show of one plan version, built once and cached: versions never change after ingest.
/// Paragraph HTML is prepared here (escaped, glossary terms linked) so pages only copy it out.
/// </summary>
public sealed class PlanView
{
    public required PlanDetail Detail { get; init; }
    public required IReadOnlyList<OutlineRecord> Outline { get; init; }
    /// <summary>All outline nodes in document order with their depth (0 = 章).</summary>
    public required IReadOnlyList<(OutlineRecord Node, int Depth)> Nodes { get; init; }
    public required IReadOnlyList<BoxRecord> Boxes { get; init; }
    public required IReadOnlyList<GlossaryRecord> Glossary { get; init; }
    public required IReadOnlyList<Block> Blocks { get; init; }
    public int ParagraphCount { get; init; }
    public int LineCount { get; init; }

    public long Id => Detail.Id;
    public int Headings => Nodes.Count(n => n.Node.Kind is not ("box" or "table"));

    /// <summary>A piece of the reading view: a heading, a paragraph, or a box/table (its paragraphs inside).</summary>
    public sealed record Block(BlockKind Kind, int Depth, string Anchor, string Number, string Title, int LineStart, int LineEnd,
        IHtmlContent Html, int BoxIndex = 0, IReadOnlyList<Block>? Inner = null);

    public enum BlockKind { Heading, Paragraph, Box }

    /// <summary>The 1-based position of the box that starts on a line, or 0.</summary>
    public int BoxIndexAt(int line)
    {
        for (var i = 0; i < Boxes.Count; i++) if (Boxes[i].LineStart == line) return i + 1;
        return 0;
    }

    public static string GlossaryAnchor(int index) => $"g-{index + 1}";

    public static PlanView Build(PlanDetail detail, IReadOnlyList<OutlineRecord> outline, IReadOnlyList<BoxRecord> boxes,
        IReadOnlyList<GlossaryRecord> glossary, IReadOnlyList<Paragraph> paragraphs, int lineCount, HtmlEncoder encoder)
    {
        var nodes = new List<(OutlineRecord, int)>();
        void Walk(OutlineRecord n, int depth) { nodes.Add((n, depth)); foreach (var c in n.Children) Walk(c, depth + 1); }
        foreach (var n in outline) Walk(n, 0);
        nodes.Sort((a, b) => a.Item1.LineStart != b.Item1.LineStart ? a.Item1.LineStart.CompareTo(b.Item1.LineStart) : a.Item2.CompareTo(b.Item2));

        var linker = new GlossaryLinker(detail.Id, glossary, encoder);
        var boxIndex = boxes.Select((b, i) => (b.LineStart, i + 1)).GroupBy(b => b.LineStart).ToDictionary(g => g.Key, g => g.First().Item2);
        var blocks = new List<Block>();
        int p = 0, k = 0;
        // Merge outline nodes and paragraphs by line: a node's heading paragraph is the one starting on its line.
        while (p < paragraphs.Count || k < nodes.Count)
        {
            if (k < nodes.Count && (p >= paragraphs.Count || nodes[k].Item1.LineStart <= paragraphs[p].LineStart))
            {
                var (node, depth) = nodes[k++];
                if (node.Kind is "box" or "table")
                {
                    // A box gathers the paragraphs inside its span.
                    var inner = new List<Block>();
                    while (p < paragraphs.Count && paragraphs[p].LineStart <= node.LineEnd)
                    {
                        if (paragraphs[p].LineStart != node.LineStart) inner.Add(ParagraphBlock(paragraphs[p], depth, linker));
                        p++;
                    }
                    while (k < nodes.Count && nodes[k].Item1.LineStart <= node.LineEnd) k++; // nodes nested in a box render as its text
                    blocks.Add(new Block(BlockKind.Box, depth, $"s-{node.Seq}", node.Number, node.Title, node.LineStart, node.LineEnd,
                        new HtmlString(encoder.Encode(node.Title)), boxIndex.GetValueOrDefault(node.LineStart), inner));
                    continue;
                }
                blocks.Add(new Block(BlockKind.Heading, depth, $"s-{node.Seq}", node.Number, node.Title, node.LineStart, node.LineEnd,
                    new HtmlString(encoder.Encode(node.Title))));
                if (p < paragraphs.Count && paragraphs[p].LineStart == node.LineStart) p++;
            }
            else
            {
                blocks.Add(ParagraphBlock(paragraphs[p], 0, linker));
                p++;
            }
        }
        return new PlanView
        {
            Detail = detail, Outline = outline, Nodes = nodes, Boxes = boxes, Glossary = glossary, Blocks = blocks,
            ParagraphCount = paragraphs.Count, LineCount = lineCount,
        };
    }

    private static Block ParagraphBlock(Paragraph p, int depth, GlossaryLinker linker) =>
        new(BlockKind.Paragraph, depth, $"p-{p.LineStart}", "", "", p.LineStart, p.LineEnd, linker.Link(p));

    /// <summary>Escapes paragraph text and links the first occurrence of each glossary term in a paragraph to its entry.</summary>
    private sealed class GlossaryLinker(long planId, IReadOnlyList<GlossaryRecord> glossary, HtmlEncoder encoder)
    {
        // Longest terms first so 数字经济 wins over 数字 where both are terms.
        private readonly List<(string Term, int Index)> _terms = glossary.Select((g, i) => (g.Term.Trim(), i))
            .Where(t => t.Item1.Length >= 2).OrderByDescending(t => t.Item1.Length).ToList();

        public IHtmlContent Link(Paragraph p)
        {
            if (_terms.Count == 0 || glossary.Any(g => p.LineStart >= g.LineStart && p.LineStart <= g.LineEnd))
                return new HtmlString(encoder.Encode(p.Text));
            var text = p.Text;
            var hits = new List<(int Start, int Length, int Index)>();
            foreach (var (term, index) in _terms)
            {
                var at = text.IndexOf(term, StringComparison.Ordinal);
                if (at < 0 || hits.Any(h => at < h.Start + h.Length && h.Start < at + term.Length)) continue;
                hits.Add((at, term.Length, index));
            }
            if (hits.Count == 0) return new HtmlString(encoder.Encode(text));
            hits.Sort((a, b) => a.Start.CompareTo(b.Start));
            var sb = new StringBuilder(text.Length + hits.Count * 80);
            var pos = 0;
            foreach (var (start, length, index) in hits)
            {
                sb.Append(encoder.Encode(text[pos..start]));
                var g = glossary[index];
                sb.Append("<a class=\"term\" href=\"/plans/").Append(planId).Append("/glossary#").Append(GlossaryAnchor(index))
                  .Append("\" title=\"").Append(encoder.Encode(Shorten(g.Definition))).Append("\">")
                  .Append(encoder.Encode(text.Substring(start, length))).Append("</a>");
                pos = start + length;
            }
            sb.Append(encoder.Encode(text[pos..]));
            return new HtmlString(sb.ToString());
        }

        private static string Shorten(string s) => s.Length > 80 ? s[..80] + "…" : s;
    }
}
