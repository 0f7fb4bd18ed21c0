using System.Globalization;
using Lantu.Core.Monitoring;
using Lantu.Storage.Monitoring;

namespace Lantu.Web.Services;

/// <summary>
/// Checks one value typed into the staff entry form, field by field, so each message can stand next to its field:
/// the indicator, the year (base year to the end of the period), the quarter, the number, and the plausibility
/// rules of <see cref="ObservationRules"/> (a rule that a note would satisfy is shown next to the note).
/// </summary>
public sealed class ObservationForm
{
    public const int MaxSource = 200, MaxNote = 2000;

    public Dictionary<string, List<string>> Errors { get; } = [];
    public double Value { get; private set; }
    public bool Valid => Errors.Count == 0;

    public void Add(string field, string message)
    {
        if (!Errors.TryGetValue(field, out var list)) Errors[field] = list = [];
        list.Add(message);
    }

    public IReadOnlyList<string> For(string field) => Errors.GetValueOrDefault(field) ?? [];

    /// <summary>Parses and checks the fields; <paramref name="previous"/> is last year's current annual value.</summary>
    public static ObservationForm Check(IndicatorRecord? indicator, int? year, int quarter, string? valueText, string? source, string? note,
        int periodStart, int periodEnd, double? previous)
    {
        var f = new ObservationForm();
        if (indicator is null) f.Add("indicator", "请选择本规划的一项监测指标");
        if (year is not int y || y < periodStart - 1 || y > periodEnd) f.Add("year", $"年份应在 {periodStart - 1}–{periodEnd} 之间（基期年到规划末年）");
        if (quarter is < 0 or > 4) f.Add("quarter", "季度应为 1–4，或留空表示全年");
        var text = (valueText ?? "").Trim().Replace(",", "").Replace("，", "");
        if (text.Length == 0) f.Add("value", "请填写数值");
        else if (!double.TryParse(text.TrimEnd('%', '％'), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || double.IsNaN(v) || double.IsInfinity(v))
            f.Add("value", $"“{valueText!.Trim()}”不是数字（例如 3.2 或 58.6%）");
        else f.Value = v;
        if ((source ?? "").Trim().Length > MaxSource) f.Add("source", $"来源过长（最多 {MaxSource} 个字符）");
        if ((note ?? "").Trim().Length > MaxNote) f.Add("note", $"备注过长（最多 {MaxNote} 个字符）");
        if ((source ?? "").Any(char.IsControl)) f.Add("source", "来源不能包含控制字符");
        if (indicator is null || f.For("value").Count > 0) return f;

        var last = quarter == 0 ? previous : null; // the jump rule compares whole years only
        var withNote = ObservationRules.Check(indicator.Name, indicator.Unit, f.Value, last, "（有说明）").ToHashSet();
        foreach (var message in ObservationRules.Check(indicator.Name, indicator.Unit, f.Value, last, string.IsNullOrWhiteSpace(note) ? null : note))
            f.Add(withNote.Contains(message) ? "value" : "note", message);
        return f;
    }
}
