using Lantu.Core.Text;

namespace Lantu.Core.Coordination;

/// <summary>A judgement that two indicator names mean the same indicator, with how sure and why.</summary>
public sealed record IndicatorMatch(bool Same, double Confidence, string Reason);

/// <summary>
/// Links the same indicator printed under different wordings (研发经费投入强度, R&amp;D经费投入占GDP比重, 研究与试验发展经费
/// 投入强度) and keeps similar but different ones apart (每万人口发明专利拥有量 / 每万人口高价值发明专利拥有量, 城镇登记失业率 /
/// 城镇调查失业率). Names are reduced to a canonical form by rewriting rules (a maintained synonym list, extended by
/// planners' confirmations); names that are still different match only when they are very alike and differ by no
/// distinguishing qualifier.
/// </summary>
public sealed class IndicatorMatcher
{
    /// <summary>Rewrites applied in order (variant → canonical wording).</summary>
    public static readonly (string From, string To)[] Rewrites =
    [
        ("（", "("), ("）", ")"), ("III", "Ⅲ"), ("Ⅲ", "Ⅲ"), ("V类", "Ⅴ类"), ("GDP", "地区生产总值"), ("国内生产总值", "地区生产总值"),
        ("研究与试验发展", "研发"), ("R&D", "研发"), ("研发(研发)", "研发"), ("全社会研发投入", "研发经费投入"),
        ("研发经费支出", "研发经费投入"), ("研发投入", "研发经费投入"), ("经费投入占地区生产总值比重", "经费投入强度"),
        ("达到或好于", "好于"), ("每万人发明", "每万人口发明"), ("每千人口拥有", "每千人口"), ("比率", "比例"),
    ];

    /// <summary>Words that make two otherwise alike names different indicators.</summary>
    public static readonly string[] Qualifiers = ["高价值", "调查", "登记", "城镇", "农村", "常住", "户籍", "核心", "规上", "规模以上", "人均", "累计", "新增", "劣"];

    private readonly Dictionary<string, string> _synonyms;

    /// <param name="synonyms">Confirmed pairs from planners: each name maps to the canonical name it was linked to.</param>
    public IndicatorMatcher(IEnumerable<(string Name, string SameAs)>? synonyms = null) =>
        _synonyms = (synonyms ?? []).ToDictionary(s => Canonical(s.Name, null), s => Canonical(s.SameAs, null));

    public string Canonical(string name) => Canonical(name, _synonyms);

    private static string Canonical(string name, Dictionary<string, string>? synonyms)
    {
        var s = CjkText.SearchForm(name).Replace(" ", "");
        foreach (var (from, to) in Rewrites) s = s.Replace(from, to);
        if (s.StartsWith("地表水") && s.Length > 6) s = s[3..];
        return synonyms is not null && synonyms.TryGetValue(s, out var same) ? same : s;
    }

    public IndicatorMatch Match(string a, string b)
    {
        string ca = Canonical(a), cb = Canonical(b);
        if (ca == cb)
            return CjkText.SearchForm(a) == CjkText.SearchForm(b)
                ? new IndicatorMatch(true, 1.0, "名称相同")
                : new IndicatorMatch(true, 0.95, $"同义表述（规范名称：{ca}）");
        var differing = Qualifiers.Where(q => ca.Contains(q) != cb.Contains(q)).ToList();
        double similarity = Similarity(ca, cb);
        if (differing.Count > 0)
            return new IndicatorMatch(false, 0, $"名称相近（相似度{similarity:0.00}）但限定词“{string.Join("、", differing)}”不同，是不同指标");
        return similarity >= 0.8
            ? new IndicatorMatch(true, Math.Round(similarity * 0.8, 2), $"名称相近（相似度{similarity:0.00}），请规划人员确认")
            : new IndicatorMatch(false, 0, $"名称不同（相似度{similarity:0.00}）");
    }

    /// <summary>Dice coefficient of character bigrams.</summary>
    public static double Similarity(string a, string b)
    {
        static HashSet<string> Bigrams(string s) => Enumerable.Range(0, Math.Max(0, s.Length - 1)).Select(i => s.Substring(i, 2)).ToHashSet();
        var (x, y) = (Bigrams(a), Bigrams(b));
        return x.Count + y.Count == 0 ? 0 : 2.0 * x.Intersect(y).Count() / (x.Count + y.Count);
    }
}
