using System.Globalization;
using System.Text.RegularExpressions;

namespace Lantu.Core.Bulletins;

/// <summary>A figure with its unit as printed in a sentence (7033.89亿元, 8.1%, 0.62个百分点).</summary>
public sealed record ValueToken(int Index, int Length, double Value, string Unit, string Text)
{
    public int End => Index + Length;
    public bool IsPercent => Unit == "%";
}

/// <summary>Finds figures with units. A four-digit number before 年 is a year, not a figure.</summary>
public static partial class ValueTokens
{
    public static IReadOnlyList<ValueToken> In(string sentence)
    {
        var list = new List<ValueToken>();
        foreach (Match m in Figure().Matches(sentence))
        {
            var unit = m.Groups["unit"].Value;
            if (unit == "年" && Regex.IsMatch(m.Groups["n"].Value, @"^(?:19|20)\d\d$")) continue;
            double value = double.Parse(m.Groups["n"].Value.Replace(",", ""), CultureInfo.InvariantCulture);
            list.Add(new ValueToken(m.Index, m.Length, value, unit == "百分点" ? "个百分点" : unit, m.Value));
        }
        return list;
    }

    // Longer units first, so that 亿元 is not read as 亿 and 万人次 not as 万人.
    [GeneratedRegex(@"(?<![\d.])(?<n>-?\d+(?:,\d{3})*(?:\.\d+)?)\s*(?<unit>个百分点|百分点|万亿元|千亿元|亿美元|万美元|亿元|万元|千元|美元|元/人|元|万人次|人次|万人|人|万标箱|万吨标准煤|吨标准煤|万吨|吨|平方公里|万平方米|平方米|万亩|亩|公顷|千瓦时|万千瓦|%|‰|岁|年|件|家|个|所|张|户|天|条|座)")]
    private static partial Regex Figure();
}
