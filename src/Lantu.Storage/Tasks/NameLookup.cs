namespace Lantu.Storage.Tasks;

/// <summary>How a command line or form names a task or project: by its key, by its exact name, or by a part of its
/// name that names exactly one; anything else is an error that says so (and lists a few keys when it is ambiguous).</summary>
internal static class NameLookup
{
    public static T Find<T>(IReadOnlyList<T> all, string text, Func<T, string> key, Func<T, string> name, Func<T, string, bool> matches,
        string noun, string englishNoun)
    {
        var needle = text.Trim();
        var hit = all.FirstOrDefault(x => key(x) == needle);
        if (hit is not null) return hit;
        var exact = all.Where(x => name(x) == needle).ToList();
        if (exact.Count == 1) return exact[0];
        var some = all.Where(x => matches(x, needle)).ToList();
        return some.Count switch
        {
            1 => some[0],
            0 => throw new PlanNotFoundException($"没有找到与“{needle}”匹配的{noun} (no {englishNoun} matches '{needle}')"),
            _ => throw new PlanNotFoundException($"“{needle}”匹配 {some.Count} 个{noun}，请使用{noun}编号 (ambiguous: {string.Join("; ", some.Take(5).Select(key))})"),
        };
    }
}
