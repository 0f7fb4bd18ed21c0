using System.Text.RegularExpressions;

namespace Lantu.Core.Indicators;

/// <summary>Indicator units: recognising them in cells and names, and splitting magnitude from the base unit.</summary>
public static partial class Units
{
    private static readonly string[] Known =
    [
        "%", "‰", "个百分点", "百分点", "万亿元", "千亿元", "亿元", "万元", "千元", "元", "亿美元", "万美元", "美元",
        "万元/人", "元/人", "万人", "人", "万人次", "人次", "万个", "个", "件", "家", "张", "套", "户", "万户", "岁", "年",
        "天", "所", "条", "对", "万对", "间", "万间", "亿条", "座", "台", "辆", "起", "次", "项", "万", "亿", "万亩", "亩", "公顷", "万公顷",
        "平方米", "万平方米", "平方公里", "公里", "千米", "米", "立方米", "亿立方米", "万立方米", "吨", "万吨", "亿吨",
        "吨标准煤", "万吨标准煤", "亿吨标准煤", "千克", "标箱", "万标箱", "兆瓦", "万千瓦", "千瓦时", "亿千瓦时",
        "微克/立方米", "毫克/立方米", "ug/m³", "μg/m³", "ug/m3", "μg/m3", "mg/m³", "mg/m3", "mg/m", "mg/L", "分贝", "小时",
        "分钟", "Gbps", "Mbps", "kg", "km", "t", "个/千人", "张/千人",
    ];

    private static readonly HashSet<string> KnownSet = new(Known, StringComparer.OrdinalIgnoreCase);

    /// <summary>True when the text (spaces ignored) is a unit as printed in a unit column.</summary>
    public static bool IsUnit(string text)
    {
        var t = Strip(text);
        if (t.Length == 0) return false;
        if (KnownSet.Contains(t)) return true;
        if (AlternativeUnit().Match(t) is { Success: true } alt) return IsUnit(alt.Groups[1].Value) && IsUnit(alt.Groups[2].Value); // 万户（套）
        return UnitShape().IsMatch(t) && t.Length <= 8;
    }

    /// <summary>Splits a unit printed at the end of a name: 地区生产总值（亿元） → (地区生产总值, 亿元).</summary>
    public static (string Name, string? Unit) SplitNameUnit(string name)
    {
        int open = TrailingBracketStart(name);
        if (open > 0)
        {
            var inner = name[(open + 1)..].TrimEnd()[..^1].Trim();
            if (IsUnit(inner)) return (name[..open].TrimEnd(), Strip(inner));
        }
        // A closing bracket lost in print (小麦稻谷自给率(%).
        if (UnclosedUnit().Match(name) is { Success: true } u && IsUnit(u.Groups[2].Value)) return (u.Groups[1].Value.TrimEnd(), Strip(u.Groups[2].Value));
        return (name, null);
    }

    /// <summary>Magnitude and base unit: 万亿元 → (元, 1e12); % → (%, 1); 个百分点 → (pp, 1); 万 → ("", 1e4).</summary>
    public static (string BaseUnit, double Scale) Normalize(string? unit)
    {
        if (string.IsNullOrWhiteSpace(unit)) return ("", 1);
        var u = Strip(unit);
        if (u is "个百分点" or "百分点") return ("pp", 1);
        if (u is "%" or "‰") return (u, 1);
        double scale = 1;
        while (u.Length > 1 || u is "万" or "亿" or "千" or "百")
        {
            double f = u[0] switch { '万' => 1e4, '亿' => 1e8, '千' => 1e3, '百' => 1e2, _ => 0 };
            if (f == 0 || u.StartsWith("千克") || u.StartsWith("千米") || u.StartsWith("千瓦") || u.StartsWith("百分")) break;
            scale *= f;
            u = u[1..];
            if (u.Length == 0) break;
        }
        return (u, scale);
    }

    public static string Strip(string s) => s.Replace(" ", "").Replace("\u3000", "").Replace('％', '%').Trim();

    /// <summary>Where the bracket closing the name opens, nested brackets allowed (棚户区改造（万户（套））); -1 when
    /// the name does not end with a bracket.</summary>
    private static int TrailingBracketStart(string name)
    {
        var t = name.TrimEnd();
        if (t.Length == 0 || t[^1] is not ('）' or ')')) return -1;
        int depth = 0;
        for (int i = t.Length - 1; i >= 0; i--)
        {
            if (t[i] is '）' or ')') depth++;
            else if (t[i] is '（' or '(' && --depth == 0) return t.Length - i > 14 ? -1 : i;
        }
        return -1;
    }

    [GeneratedRegex(@"^(.*[^\s（(])\s*[（(]([^（()）]{1,8})$")]
    private static partial Regex UnclosedUnit();

    [GeneratedRegex(@"^([^（()）]+)[（(]([^（()）]+)[)）]$")]
    private static partial Regex AlternativeUnit();

    // Magnitude prefixes followed by unit characters, or a unit with a per-slash: 万元/人, 亿美元, 万平方米, 元/人、月.
    [GeneratedRegex(@"^(?:[万亿千百]*(?:元|美元|人|人次|个|件|家|张|套|户|岁|年|天|所|条|对|间|座|台|辆|起|次|项|亩|公顷|平方米|平方公里|公里|米|立方米|吨|吨标准煤|标准煤|千克|标箱|千瓦|千瓦时|兆瓦))(?:/[万千百亿]?(?:人|户|千人|万人|平方米|立方米|元|吨|亩|公顷|年|天|小时)(?:[、·](?:年|月|日|天))?)?$|^[%‰]$")]
    private static partial Regex UnitShape();
}
