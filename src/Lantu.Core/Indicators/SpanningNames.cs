namespace Lantu.Core.Indicators;

/// <summary>
/// A numbered name cell spanning sub-rows printed in a column of their own (14 最低生活保障人数(万人) | 城市 … / | 农村 …)
/// that carries the unit of its sub-rows is an indicator itself: it gets a row of its own, with its unit and no
/// values, before the sub-rows, which keep it as their parent. A spanning name without a unit (城镇化率 over
/// 户籍人口城镇化率 and 常住人口城镇化率) only groups its sub-rows and gets no row.
/// </summary>
public static class SpanningNames
{
    public static List<RawRow> Apply(IReadOnlyList<RawRow> raws)
    {
        var result = new List<RawRow>(raws.Count);
        foreach (var r in raws)
        {
            if (r.Seq is null || string.IsNullOrEmpty(r.SubName) || Units.SplitNameUnit(r.Name) is not (var bare, not null))
            {
                result.Add(r);
                continue;
            }
            result.Add(new RawRow
            {
                Category = r.Category, Seq = r.Seq, Name = r.Name, Unit = r.Unit, Values = new string?[r.Values.Length],
                LineStart = r.LineStart, LineEnd = r.LineEnd, AfterPageBreak = r.AfterPageBreak, HasSubRows = true,
            });
            r.Name = bare;
            result.Add(r);
        }
        return result;
    }
}
