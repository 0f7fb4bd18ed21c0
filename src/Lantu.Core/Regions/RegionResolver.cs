namespace Lantu.Core.Regions;

/// <summary>
/// Which division a region name means. A name the gazetteer holds once is that division; a namesake (鼓楼区 of
/// 福州, 南京, 徐州 and 开封) is the one whose city and province the text names, and whose sibling districts it
/// mentions (a 舟山 plan speaks of 定海区 and 岱山县, a 上海 one of 静安区 and 浦东新区). A name written with its
/// city (上海市普陀区, 舟山普陀区) is told by that prefix.
/// </summary>
public static class RegionResolver
{
    public static Division? Resolve(string region, string context)
    {
        region = region.Trim();
        if (region.Length < 2) return null;
        var named = Gazetteer.Named(region);
        if (named.Count > 0) return Choose(named, context);
        // A name that carries its city or province in front: 上海市黄浦区, 福建省泉州市, 福州鼓楼区.
        for (int i = 2; i <= region.Length - 2; i++)
        {
            var tail = Gazetteer.Named(region[i..]);
            var prefix = region[..i];
            var fitting = tail.Where(d => Ancestors(d).Any(a => Prefixes(a).Any(p => prefix.EndsWith(p, StringComparison.Ordinal)))).ToList();
            if (fitting.Count > 0) return Choose(fitting, prefix + context);
        }
        return null;
    }

    private static Division? Choose(IReadOnlyList<Division> candidates, string context)
    {
        if (candidates.Count == 1) return candidates[0];
        var scored = candidates.Select(d => (Division: d, Score: Score(d, context))).OrderByDescending(s => s.Score).ToList();
        return scored[0].Score > scored[1].Score ? scored[0].Division : null;
    }

    /// <summary>Mentions of the division's city and province (full names weigh more than short ones) and of its
    /// siblings; names shared with another division are not evidence.</summary>
    private static int Score(Division d, string context)
    {
        int score = 0;
        foreach (var a in Ancestors(d))
            score += 10 * Mentions.Count(context, a.Name) + 3 * Mentions.Count(context.Replace(a.Name, ""), a.ShortName);
        if (d.Parent is { } parent)
            foreach (var sibling in parent.Children)
                if (sibling != d && sibling.Name.Length >= 3 && Gazetteer.Named(sibling.Name).Count == 1)
                    score += 2 * Math.Min(3, Mentions.Count(context, sibling.Name));
        return score;
    }

    private static IEnumerable<Division> Ancestors(Division d)
    {
        for (var a = d.Parent; a is not null; a = a.Parent) yield return a;
    }

    private static IEnumerable<string> Prefixes(Division d) => d.ShortName.Length >= 2 ? [d.Name, d.ShortName] : [d.Name];
}
