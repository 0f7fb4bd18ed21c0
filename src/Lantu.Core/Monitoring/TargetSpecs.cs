using Lantu.Core.Indicators;

namespace Lantu.Core.Monitoring;

/// <summary>
/// Turns an extracted indicator (its typed target, base cell and attribute) into the <see cref="TargetSpec"/> the
/// evaluator judges. The mapping is the table in docs/METHODOLOGY.md §1.
/// </summary>
public static class TargetSpecs
{
    public static TargetSpec From(string name, string? unit, string? baseText, string? attribute, ParsedTarget? target,
        int? baseYear, int? targetYear, int periodStart, int periodEnd)
    {
        var spec = new TargetSpec
        {
            Form = TargetForm.Unassessable,
            Binding = attribute?.Contains("约束") == true,
            BaseYear = baseYear ?? periodStart - 1,
            TargetYear = targetYear ?? periodEnd,
            BaseValue = BaseValue(baseText, unit, name),
            BasePrinted = baseText,
            Printed = target?.Text,
        };
        if (target is null)
            return spec with { Reason = baseText is null ? "规划表中没有目标值" : $"规划表中只有基期值“{baseText}”，没有目标值" };
        var desired = target.Direction switch { Direction.Lower => Desired.Lower, Direction.Within => Desired.Within, _ => Desired.Higher };
        bool rate = IsGrowthRate(name, unit);
        switch (target.Kind)
        {
            // A growth rate's own annual figure (固定资产投资增长率 年均增长不低于10%, 居民人均可支配收入增长率 6.5) is a
            // floor for each year's rate, not a compound path from the base rate.
            case TargetKind.Number or TargetKind.Approx or TargetKind.Bound when rate && target.Annual && (target.Value ?? target.Min) is double floor:
                return spec with { Form = TargetForm.Bound, Value = floor, Desired = Desired.Higher };
            // 实际利用外资（五年累计）3, 新增学位 8000 with no base: a total over the period, summed from yearly amounts.
            case TargetKind.Number or TargetKind.Approx when target.Value is double total && !target.Annual && IsPeriodTotal(name, spec.BaseValue):
                return spec with { Form = TargetForm.CumulativeTotal, Value = total, Desired = Desired.Higher };
            case TargetKind.Number or TargetKind.Approx when target.Value is double v:
                return target.Annual
                    ? spec with { Form = TargetForm.AnnualGrowth, Value = v, Desired = Desired.Higher }
                    : spec with { Form = TargetForm.Level, Value = v, Desired = desired };
            case TargetKind.Range when target.Min is double min && target.Max is double max:
                return target.Annual || name.Contains("增长") || name.Contains("增速")
                    ? spec with { Form = TargetForm.Range, Min = min, Max = max, Desired = desired == Desired.Lower ? Desired.Within : Desired.Higher }
                    : spec with { Form = TargetForm.Level, Value = desired == Desired.Lower ? max : min, Desired = desired };
            case TargetKind.Bound when (target.Value ?? target.Min ?? target.Max) is double bound:
            {
                if (target.Annual && spec.BaseValue is not null) return spec with { Form = TargetForm.AnnualGrowth, Value = bound, Desired = Desired.Higher };
                var side = target.Comparator is "<" or "<=" ? Desired.Lower : Desired.Higher;
                // A bound the base year does not meet yet (数字经济占比 45 → 50以上) is a level to reach by the target
                // year, along the path; a bound the base already meets (森林覆盖率 41.72, >40) must hold every year.
                bool unmet = spec.BaseValue is double b && (side == Desired.Higher ? b < bound : b > bound);
                return unmet
                    ? spec with { Form = TargetForm.Level, Value = bound, Desired = side }
                    : spec with { Form = TargetForm.Bound, Value = bound, Desired = side };
            }
            case TargetKind.Bound:
                return spec with { Reason = $"目标为“{target.Text}”，上下限是{target.Reference ?? "另一指标"}，需有其当年数值才能判断" };
            // 完成省下达指标 (97%以上): the delegated target prints its figure, so it is judged as that bound.
            case TargetKind.Delegated when target.Value is double given && target.Comparator is not null:
                return spec with { Form = TargetForm.Bound, Value = given, Desired = target.Comparator is "<" or "<=" ? Desired.Lower : Desired.Higher };
            case TargetKind.Cumulative when target.Value is double total:
                return spec with { Form = TargetForm.CumulativeTotal, Value = total, Desired = Desired.Higher };
            case TargetKind.Change when target.Value is double change:
                // Observed as the change achieved since the base year, counted in the stated direction.
                return spec with { Form = TargetForm.CumulativeChange, Value = Math.Abs(change), Desired = Desired.Higher };
            case TargetKind.Delegated:
                return spec with { Reason = $"目标为“{target.Text}”，未给出具体数值，需对照上级下达的指标" };
            case TargetKind.Relative:
                return spec with { Reason = $"目标为“{target.Text}”，是相对目标，需结合{target.Reference ?? "参照指标"}判断" };
            case TargetKind.NotAvailable:
                return spec with { Reason = "目标值暂缺（表中为“—”）" };
            default:
                return spec with { Reason = $"目标“{target.Text}”无法转换为可比较的数值" };
        }
    }

    /// <summary>The indicator is itself a growth rate (地区生产总值增长, 固定资产投资增长率, 增速) in percent.</summary>
    private static bool IsGrowthRate(string name, string? unit) =>
        unit?.Trim() is "%" or "％" && (name.EndsWith("增长") || name.EndsWith("增长率") || name.EndsWith("增速"));

    private static bool IsPeriodTotal(string name, double? baseValue) =>
        name.Contains("五年累计") || (name.StartsWith("新增") && baseValue is null);

    private static double? BaseValue(string? text, string? unit, string name)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var parsed = TargetParser.Parse(text, unit, name, false);
        return parsed.Kind is TargetKind.Number or TargetKind.Approx ? parsed.Value : null;
    }
}
