using System.Text;
using Lantu.Core.Text;

namespace Lantu.Core.Tasks;

/// <summary>Stable keys for tasks and projects: titles without numbers, spaces or punctuation, so that a renumbered
/// or re-spaced plan version keeps the key a planner's refinements hang on.</summary>
public static class TaskKeys
{
    public static string Normalize(string title)
    {
        var s = CjkText.Compact(title);
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
            if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
        return sb.ToString();
    }

    public static string Of(IEnumerable<string> titles) => string.Join("/", titles.Select(Normalize).Where(t => t.Length > 0));

    /// <summary>Makes keys unique in a list by suffixing repeats with #2, #3, … in document order.</summary>
    public static List<string> Deduplicate(IEnumerable<string> keys)
    {
        var seen = new Dictionary<string, int>();
        var result = new List<string>();
        foreach (var k in keys)
        {
            seen[k] = seen.TryGetValue(k, out var n) ? n + 1 : 1;
            result.Add(seen[k] == 1 ? k : $"{k}#{seen[k]}");
        }
        return result;
    }
}
