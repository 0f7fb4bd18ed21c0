using System.Globalization;

namespace Lantu.Core.Monitoring;

/// <summary>An indicator row as the relation rules see it: which table it is in, its parent row's name and its unit.</summary>
public sealed record RelationRow(string Key, string Name, string? Parent, string? Unit, string? Table);

/// <summary>A broken relation: the value it is reported at, whether it refuses the value, and why.</summary>
public sealed record RelationProblem(string Key, bool Error, string Message);

/// <summary>
/// Checks between a table's sub-rows (其中, indented or "：" rows, <see cref="RelationRow.Parent"/>) and their parent
/// row for one period, after DHIS2's validation rules (left side ≤ right side):
/// <list type="bullet">
/// <item>a part cannot exceed its whole (same additive unit) — an error: no reading makes it right;</item>
/// <item>the parts together cannot exceed the whole — a warning: a table does not say whether its sub-rows are
/// disjoint (one person is in several 社会保险), so the value is stored with a flag for the reviewer;</item>
/// <item>a sub-row of a share (比重, 占比 …) is a share too and must lie within 0–100% — an error.</item>
/// </list>
/// Intensive quantities (per-capita, per-thousand, rates, intensities, indices) are never compared with their
/// parent: urban per-capita income is above the all-resident average, and a 普及率 can pass 100.
/// </summary>
public static class IndicatorRelations
{
    private static readonly string[] AdditiveUnits =
    [
        "万亿元", "千亿元", "亿元", "万元", "元", "亿美元", "万美元", "美元", "万人", "人", "万人次", "人次", "万个", "个", "件", "家",
        "张", "套", "户", "万户", "所", "座", "台", "辆", "起", "次", "项", "万亩", "亩", "公顷", "万公顷", "平方米", "万平方米",
        "平方公里", "公里", "千米", "立方米", "亿立方米", "万立方米", "吨", "万吨", "亿吨", "吨标准煤", "万吨标准煤", "亿吨标准煤", "万标箱", "标箱",
    ];

    private static readonly string[] IntensiveWords = ["人均", "每", "平均", "率", "比重", "占比", "比例", "强度", "指数", "密度", "寿命", "年限", "增长", "增速", "降低", "降幅"];

    private static readonly string[] ShareWords = ["比重", "占比", "比例", "构成", "份额"];

    /// <summary>Problems with the values of <paramref name="entered"/> keys, judged with every value of the period
    /// (<paramref name="values"/>: key → value, stored and new together).</summary>
    public static IReadOnlyList<RelationProblem> Check(IReadOnlyList<RelationRow> rows, IReadOnlyDictionary<string, double> values, IReadOnlySet<string> entered)
    {
        var problems = new List<RelationProblem>();
        foreach (var group in rows.Where(r => r.Parent is not null).GroupBy(r => (r.Table, r.Parent)))
        {
            var parts = group.ToList();
            var whole = rows.FirstOrDefault(r => r.Parent is null && r.Table == group.Key.Table && r.Name == group.Key.Parent);
            // A heading row without a unit of its own (社会保险参保人数) counts in the unit all its parts share.
            var partUnits = parts.Select(p => Norm(p.Unit)).Distinct().ToList();
            string? wholeUnit = whole is null ? null : Norm(whole.Unit) ?? (partUnits.Count == 1 ? partUnits[0] : null);
            bool shareParent = group.Key.Parent!.Length > 0 && ShareWords.Any(group.Key.Parent.Contains);

            foreach (var part in parts.Where(p => entered.Contains(p.Key) && values.ContainsKey(p.Key)))
            {
                double v = values[part.Key];
                if (shareParent && IsPercent(part.Unit) && (v < 0 || v > 100))
                    problems.Add(new(part.Key, true, $"“{part.Name}”是“{group.Key.Parent}”的分项，也是占比，数值 {F(v)} 不在 0–100% 之间"));
            }
            if (whole is null || wholeUnit is null || !Additive(wholeUnit, whole.Name)) continue;
            var comparable = parts.Where(p => Norm(p.Unit) == wholeUnit && Additive(wholeUnit, p.Name) && values.ContainsKey(p.Key)).ToList();
            if (!values.TryGetValue(whole.Key, out var total)) continue;
            foreach (var part in comparable.Where(p => values[p.Key] > total && (entered.Contains(p.Key) || entered.Contains(whole.Key))))
                problems.Add(new(entered.Contains(part.Key) ? part.Key : whole.Key, true,
                    $"分项“{part.Name}”（{F(values[part.Key])}{wholeUnit}）超过整体“{whole.Name}”（{F(total)}{wholeUnit}），部分不能大于整体"));
            if (comparable.Count < 2 || comparable.Any(p => values[p.Key] > total)) continue;
            double sum = comparable.Sum(p => values[p.Key]);
            // Flag the whole when it was entered (the figure the parts are held against), else the last entered part.
            var involved = comparable.Select(p => p.Key).Append(whole.Key).Where(entered.Contains).ToList();
            if (sum > total * (1 + 1e-9) && involved.Count > 0)
                problems.Add(new(involved[^1], false,
                    $"“{whole.Name}”的{comparable.Count}个分项之和 {F(sum)}{wholeUnit} 超过整体 {F(total)}{wholeUnit}；若分项互不重叠则数据有误，请核实（已保存并标记）"));
        }
        return problems;
    }

    private static bool Additive(string unit, string name) => AdditiveUnits.Contains(unit) && !IntensiveWords.Any(name.Contains);

    private static bool IsPercent(string? unit) => Norm(unit) is "%" or "％";

    private static string? Norm(string? unit) => string.IsNullOrWhiteSpace(unit) || unit.Trim() is "-" or "—" ? null : unit.Replace(" ", "").Trim();

    private static string F(double v) => Math.Round(v, 4).ToString("0.####", CultureInfo.InvariantCulture);
}
