using System.Text.RegularExpressions;
using Lantu.Core.Model;

namespace Lantu.Core.Tasks;

/// <summary>
/// Derives the default task list of a plan from its outline: every leaf measure becomes a task. A leaf heading is a
/// measure; when its paragraphs open with bolded lead phrases ("加强衔接协调。…"), each lead phrase is a measure of its
/// own. Review and goal chapters (发展基础, 指导思想, 主要目标, …) are not measures and are skipped.
/// </summary>
public static partial class TaskDeriver
{
    /// <summary>Outline kinds whose lines are never a measure (also what the store leaves out when it rebuilds a task's text).</summary>
    public static readonly IReadOnlySet<string> NonMeasureKinds = new HashSet<string> { "box", "table", "preface", "appendix" };

    public static IReadOnlyList<DerivedTask> Derive(StructuredPlan plan)
    {
        var found = new List<(List<string> Titles, DerivedTask Task)>();
        var starts = plan.Paragraphs.Select(p => p.LineStart).ToArray(); // paragraphs are in line order
        foreach (var root in plan.Outline)
            Walk(plan, starts, root, [], found);
        var keys = TaskKeys.Deduplicate(found.Select(f => TaskKeys.Of(f.Titles)));
        return found.Select((f, i) => Clone(f.Task, keys[i])).ToList();
    }

    private static void Walk(StructuredPlan plan, int[] starts, OutlineNode node, List<OutlineNode> ancestors, List<(List<string>, DerivedTask)> found)
    {
        if (NonMeasureKinds.Contains(node.Kind) || IsBackground(node.Title)) return;
        var path = ancestors.Append(node).ToList();
        var headingChildren = node.Children.Where(c => !NonMeasureKinds.Contains(c.Kind)).ToList();
        if (headingChildren.Count > 0)
        {
            foreach (var child in headingChildren) Walk(plan, starts, child, path, found);
            return;
        }

        var own = OwnParagraphs(plan, starts, node);
        var chapter = Display(path[0]);
        var section = path.Count > 1 ? Display(path[1]) : "";
        var pathText = string.Join(" / ", path.Select(Display));
        var titles = path.Select(n => n.Title).ToList();

        // A lead phrase opens a fresh paragraph: one that continues a sentence cut by a page break is not one.
        var leads = own.Select((p, i) => (Index: i, Match: LeadPhrase().Match(p.Text)))
            .Where(x => x.Match.Success && (x.Index == 0 || EndsSentence(own[x.Index - 1].Text)))
            .ToList();
        if (leads.Count == 0)
        {
            found.Add((titles, new DerivedTask
            {
                Key = "", Chapter = chapter, Section = section, Path = pathText, Number = node.Number, Title = node.Title,
                Text = string.Join("\n", own.Select(p => p.Text)), LineStart = node.LineStart,
                LineEnd = own.Count > 0 ? own[^1].LineEnd : node.LineStart, Origin = "heading",
            }));
            return;
        }
        for (int l = 0; l < leads.Count; l++)
        {
            int from = leads[l].Index, to = l + 1 < leads.Count ? leads[l + 1].Index : own.Count;
            var body = own.Skip(from).Take(to - from).ToList();
            var title = leads[l].Match.Groups["phrase"].Value;
            found.Add((titles.Append(title).ToList(), new DerivedTask
            {
                Key = "", Chapter = chapter, Section = section, Path = pathText, Number = "", Title = title,
                Text = string.Join("\n", body.Select(p => p.Text)), LineStart = body[0].LineStart, LineEnd = body[^1].LineEnd,
                Origin = "lead-phrase",
            }));
        }
    }

    /// <summary>The paragraphs of a leaf heading after the heading itself, outside its boxes and tables. Found by binary
    /// search in the paragraphs' start lines, so deriving a plan's tasks stays linear in its size (a scan of every
    /// paragraph for every leaf was quadratic: 16 MB of plan took 1.6 s here).</summary>
    private static List<Paragraph> OwnParagraphs(StructuredPlan plan, int[] starts, OutlineNode node)
    {
        var excluded = node.Children.Select(c => (c.LineStart, c.LineEnd)).ToList();
        var own = new List<Paragraph>();
        int first = Array.BinarySearch(starts, node.LineStart + 1);
        if (first < 0) first = ~first;
        else while (first > 0 && starts[first - 1] == node.LineStart + 1) first--;
        for (int i = first; i < starts.Length && starts[i] <= node.LineEnd; i++)
        {
            var p = plan.Paragraphs[i];
            if (p.LineEnd <= node.LineEnd && !excluded.Any(e => p.LineStart >= e.LineStart && p.LineStart <= e.LineEnd) && p.Text.Trim().Length > 0)
                own.Add(p);
        }
        return own;
    }

    private static string Display(OutlineNode n) => n.Number.EndsWith('、') || n.Number.EndsWith('）') || n.Number.EndsWith('.') || n.Number.Length == 0
        ? n.Number + n.Title
        : n.Number + " " + n.Title;

    private static DerivedTask Clone(DerivedTask t, string key) => new()
    {
        Key = key, Chapter = t.Chapter, Section = t.Section, Path = t.Path, Number = t.Number, Title = t.Title, Text = t.Text,
        LineStart = t.LineStart, LineEnd = t.LineEnd, Origin = t.Origin,
    };

    private static bool EndsSentence(string text)
    {
        var t = text.TrimEnd();
        return t.Length > 0 && "。！？；：”）!?;:".Contains(t[^1]);
    }

    /// <summary>Headings that review the past or state goals and principles rather than measures.</summary>
    public static bool IsBackground(string title) => Background().IsMatch(title);

    [GeneratedRegex(@"回顾|发展基础|规划基础|发展环境|面临的形势|主要成效|成效|机遇|挑战|指导思想|基本原则|遵循的原则|原则|指导方针|总体要求|总体思路|发展目标|主要目标|远景目标|远景展望|主要指标|发展架构|发展方向|发展定位|战略定位|名词解释|发展回顾|发展形势")]
    private static partial Regex Background();

    /// <summary>A short phrase closed by 。 that opens a paragraph and is followed by more text.</summary>
    [GeneratedRegex(@"^\s*(?<phrase>[^。，；：、,;:！？!?\s“”]{2,24}(?:“[^”]{1,12}”[^。，；：、,;:！？!?\s]{0,12})?)。\s*\S")]
    private static partial Regex LeadPhrase();
}
