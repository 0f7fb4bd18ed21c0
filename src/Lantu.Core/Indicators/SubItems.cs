using System.Text.RegularExpressions;
using Lantu.Core.Text;

namespace Lantu.Core.Indicators;

/// <summary>
/// A name cell listing sub-items after 其中 (义务教育标准班额比例(%) / 其中:小学 / 初中), with one figure per item in
/// each value cell (34.52% 77.34%) — or one for the parent and one per item — becomes a parent row and one row per
/// item, each item with the parent's number and the parent as its parent. The items and figures are told apart by
/// the spaces the readers put between a cell's paragraphs (or ；).
/// </summary>
public static partial class SubItems
{
    /// <summary>True when a cell lists 其中 sub-items after a parent name (not 其中 inside the name's brackets:
    /// 地区生产总值（其中第三产业占比）).</summary>
    public static bool Lists(string cell) => Listing().Match(cell) is { Success: true } m && Balanced(m.Groups["parent"].Value);

    private static bool Balanced(string s) =>
        s.Count(c => c is '（' or '(') == s.Count(c => c is '）' or ')') && s.Count(c => c is '[' or '［') == s.Count(c => c is ']' or '］');

    public static List<RawRow> Apply(IReadOnlyList<RawRow> raws)
    {
        var result = new List<RawRow>();
        foreach (var r in raws)
        {
            if (!Lists(r.Name) || r.SubName is not null) { result.Add(r); continue; }
            var m = Listing().Match(r.Name);
            var parent = CjkText.Compact(m.Groups["parent"].Value);
            var items = Parts(m.Groups["items"].Value);
            var figures = r.Values.Select(v => Parts(v ?? "")).ToList();
            int k = figures.Max(f => f.Count);
            if (figures.Any(f => f.Count != 0 && f.Count != k) || k == 0) { r.Name = CjkText.Compact(r.Name); result.Add(r); continue; }
            // Items wrapped over several paragraphs: one item when the figures say so.
            if (k != items.Count && k != items.Count + 1) items = [string.Concat(items)];
            if (k != items.Count && k != items.Count + 1) { r.Name = CjkText.Compact(r.Name); result.Add(r); continue; }
            int own = k - items.Count; // 1 when the parent has figures of its own
            var head = Row(r, r.Seq, parent, null, figures, own == 1 ? 0 : -1);
            head.HasSubRows = true;
            head.Notes.AddRange(r.Notes);
            result.Add(head);
            var parentName = Units.SplitNameUnit(parent).Name;
            for (int i = 0; i < items.Count; i++)
            {
                var item = Row(r, null, parentName, items[i], figures, own + i);
                item.ContinuesGroup = true;
                result.Add(item);
            }
        }
        return result;
    }

    private static RawRow Row(RawRow r, string? seq, string name, string? subName, List<List<string>> figures, int index) => new()
    {
        Category = r.Category, Seq = seq, Name = name, SubName = subName, Unit = r.Unit, Attribute = r.Attribute,
        LineStart = r.LineStart, LineEnd = r.LineEnd, AfterPageBreak = r.AfterPageBreak,
        Values = figures.Select(f => index >= 0 && index < f.Count ? f[index] : null).ToArray(),
    };

    private static List<string> Parts(string cell) =>
        cell.Split((char[])[' ', '\t', '\u3000', '；', ';'], StringSplitOptions.RemoveEmptyEntries).Select(CjkText.Compact).ToList();

    [GeneratedRegex(@"^(?<parent>\S.*?)\s*其中\s*[:：]?\s*(?<items>\S.*)$")]
    private static partial Regex Listing();
}
