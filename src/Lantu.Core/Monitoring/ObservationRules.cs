namespace Lantu.Core.Monitoring;

/// <summary>
/// Plausibility checks on a reported value, after DHIS2's validation rules and min–max outlier checks: a share over
/// 100%, a negative count or amount, and a jump against the previous year beyond <see cref="JumpThreshold"/> that
/// comes without an explanatory note.
/// </summary>
public static class ObservationRules
{
    /// <summary>A change of more than half the previous year's value needs a note.</summary>
    public const double JumpThreshold = 0.5;

    private static readonly string[] ShareWords = ["比重", "占比", "比例", "覆盖率", "达标率", "合格率", "优良率", "参保率", "入学率", "城镇化率"];
    private static readonly string[] CountUnits = ["个", "件", "人", "万人", "张", "套", "所", "家", "座", "公里", "千米", "万个", "万套", "万户", "户", "亿元", "万元", "元", "万吨", "吨", "亿美元", "万平方米", "平方米", "岁", "年", "床"];

    public static IEnumerable<string> Check(string name, string? unit, double value, double? previous, string? note)
    {
        if (double.IsNaN(value) || double.IsInfinity(value)) { yield return "数值无效"; yield break; }
        var u = (unit ?? "").Trim();
        if (u is "%" or "％" && ShareWords.Any(name.Contains) && (value > 100 || value < 0))
            yield return $"“{name}”是占比类指标，数值 {value} 不在 0–100% 之间";
        if (CountUnits.Contains(u) && value < 0 && !name.Contains("增长") && !name.Contains("增速"))
            yield return $"单位为“{u}”的指标不能为负数（{value}）";
        if (previous is double p && p != 0 && Math.Abs(value - p) / Math.Abs(p) > JumpThreshold && string.IsNullOrWhiteSpace(note))
            yield return $"与上一年（{p}）相比变化超过{JumpThreshold:P0}，请在备注中说明原因";
    }
}
