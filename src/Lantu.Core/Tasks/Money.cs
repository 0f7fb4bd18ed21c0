using System.Globalization;
using System.Text.RegularExpressions;

namespace Lantu.Core.Tasks;

/// <summary>An amount of money: stored normalized in 万元, shown in the unit it was given in (万元 or 亿元).</summary>
public sealed partial record Money(double Wan, string Unit)
{
    public const string WanYuan = "万元";
    public const string YiYuan = "亿元";

    /// <summary>The amount in its own unit (12 for 12亿元).</summary>
    public double Amount => Unit == YiYuan ? Wan / 10000 : Wan;

    public static Money Of(double amount, string unit) => NormalizeUnit(unit) switch
    {
        YiYuan => new Money(amount * 10000, YiYuan),
        WanYuan => new Money(amount, WanYuan),
        _ => throw new ArgumentException($"不支持的金额单位“{unit}”（应为 万元 或 亿元）"),
    };

    /// <summary>"亿"/"亿元" → 亿元, "万"/"万元" → 万元, anything else null.</summary>
    public static string? NormalizeUnit(string? unit) => unit?.Trim() switch
    {
        "亿元" or "亿" => YiYuan,
        "万元" or "万" => WanYuan,
        _ => null,
    };

    public override string ToString() => Amount.ToString("0.####", CultureInfo.InvariantCulture) + Unit;

    /// <summary>The first investment figure printed in a text: 总投资12亿元, 计划投资约3500万元, 投资8.5亿元.</summary>
    public static Money? DetectInvestment(string text)
    {
        var m = InvestmentPattern().Match(text);
        if (!m.Success) return null;
        var amount = double.Parse(m.Groups["n"].Value.Replace(",", ""), CultureInfo.InvariantCulture);
        return Of(amount, m.Groups["u"].Value + "元");
    }

    [GeneratedRegex(@"投资(?:额|规模)?(?:约|超|超过|近|达|逾|为)?\s*(?<n>\d[\d,]*(?:\.\d+)?)\s*(?<u>[万亿])元")]
    private static partial Regex InvestmentPattern();
}
