namespace Lantu.Core.Indicators;

/// <summary>
/// A numbered name cell spanning sub-rows printed in a column of their own is either an indicator group with a row of
/// its own (no values, before the sub-rows, which keep it as their parent) or only the first part of a two-column
/// name. It is a group when it prints a unit (14 最低生活保障人数(万人) | 城市 … / | 农村 …: the unit is kept on its
/// row), and in a table without a unit column, where every indicator prints its unit in its name and a name without
/// one groups its sub-rows (20 婚姻 | 结婚登记(万对) / 离婚办理(万对); 1。空气质量 over its indicators), as sample
/// 000's 20.社会保险参保人数 does. In a table with a unit column, a spanning name without a unit only heads its
/// sub-rows (11 城镇化率 | 户籍人口城镇化率 | % / 常住人口城镇化率 | %) and gets no row.
/// </summary>
public static class SpanningNames
{
    public static List<RawRow> Apply(IReadOnlyList<RawRow> raws, bool unitColumn)
    {
        var result = new List<RawRow>(raws.Count);
        foreach (var r in raws)
        {
            var (bare, unit) = Units.SplitNameUnit(r.Name);
            if (r.Seq is null || string.IsNullOrEmpty(r.SubName) || r.Name.Length == 0 || unit is null && unitColumn)
            {
                result.Add(r);
                continue;
            }
            result.Add(new RawRow
            {
                Category = r.Category, Seq = r.Seq, Name = r.Name, Unit = unit is null ? null : r.Unit, Values = new string?[r.Values.Length],
                LineStart = r.LineStart, LineEnd = r.LineEnd, AfterPageBreak = r.AfterPageBreak, HasSubRows = true,
            });
            r.Name = bare;
            result.Add(r);
        }
        return result;
    }
}
