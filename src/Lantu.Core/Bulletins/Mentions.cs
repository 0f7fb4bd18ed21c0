namespace Lantu.Core.Bulletins;

/// <summary>Where a sentence names the subject of one of the plan's indicators, in which wording.</summary>
public sealed record Mention(int Index, string Wording, string Subject)
{
    public int End => Index + Wording.Length;
}

/// <summary>
/// Finds the subjects of a plan's indicators in a sentence, longest wording first, not overlapping. A wording
/// preceded by a qualifier names another indicator: 城镇居民人均可支配收入 is not 居民人均可支配收入, 人均地区生产总值 and
/// 万元地区生产总值耗电 are not 地区生产总值.
/// </summary>
public static class Mentions
{
    private static readonly string[] ForeignPrefixes =
        ["城镇", "农村", "人均", "单位", "万元", "每", "户籍", "户籍人口", "规上", "规模以上", "地方", "全省", "全国", "高价值", "核心"];

    /// <param name="wordings">Wording → subject, for every subject the plan monitors.</param>
    public static IReadOnlyList<Mention> In(string sentence, IReadOnlyDictionary<string, string> wordings)
    {
        var taken = new bool[sentence.Length];
        var found = new List<Mention>();
        foreach (var (wording, subject) in wordings.OrderByDescending(w => w.Key.Length))
        {
            for (int at = sentence.IndexOf(wording, StringComparison.OrdinalIgnoreCase); at >= 0;
                 at = sentence.IndexOf(wording, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                if (Enumerable.Range(at, wording.Length).Any(i => taken[i])) continue;
                for (int i = at; i < at + wording.Length; i++) taken[i] = true;
                var before = sentence[..at];
                // A qualified wording is another indicator: it blocks (takes the characters) but is not kept.
                if (ForeignPrefixes.Any(p => before.EndsWith(p) && !wording.StartsWith(p))) continue;
                found.Add(new Mention(at, wording, subject));
            }
        }
        // 地区生产总值(GDP): the bracketed abbreviation repeats the mention before it.
        var ordered = found.OrderBy(m => m.Index).ToList();
        return ordered.Where((m, i) => i == 0 || ordered[i - 1].Subject != m.Subject || m.Index - ordered[i - 1].End > 1).ToList();
    }
}
