using System.Data.Common;
using Dapper;
using Lantu.Core.Text;

namespace Lantu.Storage.Search;

/// <summary>One paragraph of a plan's current version as the search index holds it: where it is, under which
/// headings, and its text in search form.</summary>
public sealed record IndexedParagraph(long PlanId, string Title, string? Region, long VersionId, int Seq, int LineStart, int LineEnd, string Path, string Heading, string Text)
{
    /// <summary>A heading of the outline (a class with setters: the stores return different integer widths).</summary>
    private sealed record Node
    {
        public int Depth { get; init; }
        public string Kind { get; init; } = "";
        public string Number { get; init; } = "";
        public string Title { get; init; } = "";
        public int LineStart { get; init; }
        public int LineEnd { get; init; }
    }

    /// <summary>The paragraphs of a plan's current version, in order, each with the path of headings containing its
    /// first line (chapter first, tables left out) found in one pass over the outline.</summary>
    public static List<IndexedParagraph> OfPlan(DbConnection c, long planId)
    {
        var plan = c.QueryFirstOrDefault<(long Id, string Title, string? Region, long? VersionId)>(
            "SELECT id, title, region, current_version_id FROM plans WHERE id = @planId", new { planId });
        if (plan.VersionId is not { } versionId) return [];
        var headings = c.Query<Node>(
            "SELECT depth, kind, number, title, line_start, line_end FROM outline_nodes WHERE version_id = @versionId ORDER BY line_start, seq",
            new { versionId }).ToList();
        var result = new List<IndexedParagraph>();
        var open = new List<Node>(); // open[d]: the latest heading of depth d at or before the paragraph
        int next = 0;
        foreach (var (seq, lineStart, lineEnd, text) in c.Query<(int, int, int, string)>(
                     "SELECT seq, line_start, line_end, text FROM paragraphs WHERE version_id = @versionId ORDER BY line_start, seq", new { versionId }))
        {
            for (; next < headings.Count && headings[next].LineStart <= lineStart; next++)
            {
                var h = headings[next];
                int depth = h.Depth;
                if (depth < open.Count) open.RemoveRange(depth, open.Count - depth);
                while (open.Count < depth) open.Add(h with { LineEnd = -1 }); // a gap in depth: never on the path
                open.Add(h);
            }
            var nodes = open.Where(h => h.LineEnd >= lineStart && h.Kind != "table").Select(h => $"{h.Number} {h.Title}".Trim()).ToList();
            result.Add(new IndexedParagraph(plan.Id, plan.Title, plan.Region, versionId, seq, lineStart, lineEnd, string.Join(" / ", nodes),
                nodes.LastOrDefault() ?? "", CjkText.SearchForm(text)));
        }
        return result;
    }
}
