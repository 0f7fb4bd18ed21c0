using Lantu.Core.Regions;

namespace Lantu.Core.Structure;

/// <summary>
/// Where neither title nor issuer names the region: a plan speaks of its own region as 全市/我市, 全区/我区, 全县/我县 or
/// 全省/我省, and names it, often by its short form with the issuing department (达州林业 → 达州市). The region is the
/// division of that level the opening names most; none when two are named as often.
/// </summary>
public static class OwnRegion
{
    private static readonly (string Level, string[] Words)[] OwnWords =
    [
        ("市", ["全市", "我市", "本市"]),
        ("区", ["全区", "我区", "本区"]),
        ("县", ["全县", "我县", "本县"]),
        ("省", ["全省", "我省", "本省"]),
    ];

    public static string? Find(string headText)
    {
        var (level, uses) = OwnWords.Select(o => (o.Level, Uses: o.Words.Sum(w => Mentions.Count(headText, w)))).MaxBy(o => o.Uses);
        if (uses == 0) return null;
        var ranked = Candidates(level)
            .Select(d => (d.Name, Count: Mentions.Count(headText, d.Name) + (d.ShortName != d.Name && d.ShortName.Length >= 2 ? Mentions.Count(headText.Replace(d.Name, ""), d.ShortName) : 0)))
            .Where(c => c.Count > 0).GroupBy(c => c.Name).Select(g => g.First())
            .OrderByDescending(c => c.Count).Take(2).ToList();
        return ranked.Count == 1 || ranked.Count == 2 && ranked[0].Count > ranked[1].Count ? ranked[0].Name : null;
    }

    private static IEnumerable<Division> Candidates(string level) => level switch
    {
        "市" => Gazetteer.All.Where(d => d.IsPrefecture && d.Name.EndsWith('市') || d.IsCounty && d.Name.EndsWith('市')),
        "省" => Gazetteer.All.Where(d => d.IsProvince),
        _ => Gazetteer.All.Where(d => d.IsCounty && d.Name.EndsWith(level, StringComparison.Ordinal)),
    };
}
