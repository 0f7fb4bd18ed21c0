using System.Text.RegularExpressions;
using Lantu.Core.Coordination;
using Lantu.Core.Text;

namespace Lantu.Core.Bulletins;

/// <summary>What an indicator measures, in the words bulletins use: its subject (地区生产总值) and whether the indicator
/// is the subject's level or its growth rate (地区生产总值增长, 固定资产投资增长率).</summary>
public sealed record IndicatorSubject(string Subject, bool Growth);

/// <summary>
/// Wording of indicators as statistical bulletins, government work reports and plans print them. Bulletins say
/// 地区生产总值 for a plan's GDP, R&amp;D经费投入占GDP比重 for 研发经费投入强度, 全体居民人均可支配收入 for 居民人均可支配收入; a
/// plan's 地区生产总值增长 is the growth printed after the GDP level (地区生产总值7033.89亿元，比上年增长8.1%).
/// </summary>
public static partial class IndicatorWording
{
    /// <summary>Wordings that name one indicator in bulletins (each group one indicator); the first is the usual one.
    /// Beyond these, names the <see cref="IndicatorMatcher"/> reduces to the same canonical form are the same.</summary>
    public static readonly string[][] Groups =
    [
        ["地区生产总值", "生产总值", "GDP"],
        ["人均地区生产总值", "人均生产总值", "人均GDP"],
        ["研发经费投入强度", "R&D经费投入强度", "研究与试验发展经费投入强度", "研究与试验发展(R&D)经费投入强度", "R&D经费投入占GDP比重",
         "R&D经费支出占GDP比重", "研发经费投入占地区生产总值比重", "全社会研发投入占地区生产总值比重", "研发投入强度", "R&D投入强度"],
        ["居民人均可支配收入", "全体居民人均可支配收入"],
        ["常住人口城镇化率", "城镇化率"],
        ["空气质量优良天数比例", "空气质量优良天数比率", "空气优良率", "空气质量优良率", "优良天数比例", "优良天数比率"],
        ["固定资产投资", "全社会固定资产投资", "固定资产投资额", "全社会固定资产投资额"],
        ["人均预期寿命", "人口平均预期寿命", "平均预期寿命"],
        ["社会消费品零售总额", "社会消费品零售额"],
        ["进出口总额", "外贸进出口总额", "进出口总值"],
        ["城镇新增就业人数", "城镇新增就业"],
    ];

    private static readonly IndicatorMatcher Matcher = new();

    /// <summary>The name without spaces, a trailing unit or abbreviation in brackets (地区生产总值 (GDP) → 地区生产总值) and
    /// with full-width Latin letters made half-width (R＆D → R&amp;D).</summary>
    public static string Clean(string name)
    {
        var s = CjkText.SearchForm(name).Replace(" ", "").Replace('＆', '&').Replace('（', '(').Replace('）', ')');
        s = TrailingBracket().Replace(s, "");
        return s;
    }

    /// <summary>The subject and kind of an indicator: 地区生产总值增长 (unit %) is the growth of 地区生产总值.</summary>
    public static IndicatorSubject SubjectOf(string name, string? unit)
    {
        var s = Clean(name);
        bool percent = unit is null || unit.Trim() is "%" or "％" or "";
        var m = GrowthSuffix().Match(s);
        return m.Success && percent && m.Index > 1 ? new IndicatorSubject(s[..m.Index], true) : new IndicatorSubject(s, false);
    }

    /// <summary>Every wording a bulletin may print for the subject (the subject itself first, longest next).</summary>
    public static IReadOnlyList<string> Aliases(string subject)
    {
        var clean = Clean(subject);
        var aliases = new List<string> { clean };
        foreach (var group in Groups)
            if (group.Any(g => Same(g, clean)))
                aliases.AddRange(group);
        return aliases.Distinct().OrderByDescending(a => a == clean).ThenByDescending(a => a.Length).ToList();
    }

    /// <summary>Whether two wordings name the same subject: equal after cleaning, in one group, or the same canonical
    /// form for the indicator matcher (研发经费投入强度 = R&amp;D经费投入占GDP比重).</summary>
    public static bool Same(string a, string b)
    {
        string ca = Clean(a), cb = Clean(b);
        if (ca == cb) return true;
        if (Groups.Any(g => g.Contains(ca) && g.Contains(cb))) return true;
        var match = Matcher.Match(ca, cb);
        return match.Same && match.Confidence >= 0.95;
    }

    // 增长, 增长率, 增速, 年均增长, 年均增长率 at the end of a name.
    [GeneratedRegex(@"(?:年均)?(?:增长率?|增速)$")]
    private static partial Regex GrowthSuffix();

    [GeneratedRegex(@"\((?:[A-Za-z&]+|[^()]*累计[^()]*)\)$")]
    private static partial Regex TrailingBracket();
}
