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
            Printed = target?.Text,
        };
        if (target is null) return spec with { Reason = "没有目标值" };
        var desired = target.Direction switch { Direction.Lower => Desired.Lower, Direction.Within => Desired.Within, _ => Desired.Higher };
        switch (target.Kind)
        {
            case TargetKind.Number or TargetKind.Approx when target.Value is double v:
                return target.Annual
                    ? spec with { Form = TargetForm.AnnualGrowth, Value = v, Desired = Desired.Higher }
                    : spec with { Form = TargetForm.Level, Value = v, Desired = desired };
            case TargetKind.Range when target.Min is double min && target.Max is double max:
                return target.Annual || name.Contains("增长") || name.Contains("增速")
                    ? spec with { Form = TargetForm.Range, Min = min, Max = max, Desired = desired == Desired.Lower ? Desired.Within : Desired.Higher }
                    : spec with { Form = TargetForm.Level, Value = desired == Desired.Lower ? max : min, Desired = desired };
            case TargetKind.Bound when (target.Value ?? target.Min ?? target.Max) is double bound:
                return target.Annual && spec.BaseValue is not null
                    ? spec with { Form = TargetForm.AnnualGrowth, Value = bound, Desired = Desired.Higher }
                    : spec with { Form = TargetForm.Bound, Value = bound, Desired = target.Comparator is "<" or "<=" ? Desired.Lower : Desired.Higher };
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

    private static double? BaseValue(string? text, string? unit, string name)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var parsed = TargetParser.Parse(text, unit, name, false);
        return parsed.Kind is TargetKind.Number or TargetKind.Approx ? parsed.Value : null;
    }
}
