using System.Text.RegularExpressions;
using Lantu.Core.Normalization;

namespace Lantu.Core.Indicators;

/// <summary>
/// A table whose header years all precede the plan is the review of the previous period, though its header says
/// neither 完成 nor 目标 (序号 | 主要项目和指标 | 2005年 | 2010年 | 年均增长 in a 十二五 plan). The plan's first year is
/// its period when known, else shown by a later table of the document that starts where this one ends (2010年 |
/// 2015年目标值 after a table ending in 2010年).
/// </summary>
public static partial class ReviewByYears
{
    public static List<TableRegion> Apply(NormalizedDocument doc, IReadOnlyList<TableRegion> regions, int? planStart, TableLocatorOptions o)
    {
        var years = regions.Select(r => HeaderYears(doc, r, o)).ToList();
        var result = new List<TableRegion>(regions.Count);
        for (int i = 0; i < regions.Count; i++)
        {
            var r = regions[i];
            int? start = null;
            if (!r.Review && years[i].Count > 0)
            {
                int last = years[i].Max();
                if (planStart is int p && last < p) start = p;
                else if (Enumerable.Range(i + 1, regions.Count - i - 1).Any(k => years[k].Count > 1 && years[k].Min() == last && years[k].Max() > last))
                    start = last + 1;
            }
            result.Add(start is null ? r : r with { Review = true, PlanStart = start });
        }
        return result;
    }

    /// <summary>The years named by the table's header rows (a tabbed header ends at the first row with data).</summary>
    private static List<int> HeaderYears(NormalizedDocument doc, TableRegion r, TableLocatorOptions o)
    {
        int end = r.Shape is TableShape.Tabbed or TableShape.CellPerLine ? Math.Min(r.BodyEnd, r.HeaderStart + o.ReviewHeaderLines - 1) : r.HeaderEnd;
        var header = string.Concat(Enumerable.Range(r.HeaderStart, Math.Max(0, end - r.HeaderStart + 1)).Select(doc.CleanLine)
            .TakeWhile((line, k) => k == 0 || !TableLocator.IsDataRow(line)));
        return Year().Matches(HeaderReader.Compact(header)).Select(m => int.Parse(m.Value)).ToList();
    }

    [GeneratedRegex(@"(?<!\d)(?:19|20)\d{2}(?!\d)")]
    private static partial Regex Year();
}
