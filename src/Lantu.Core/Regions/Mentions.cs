namespace Lantu.Core.Regions;

/// <summary>Counting a name's occurrences in a text.</summary>
internal static class Mentions
{
    public static int Count(string text, string needle)
    {
        if (needle.Length == 0) return 0;
        int n = 0;
        for (int i = text.IndexOf(needle, StringComparison.Ordinal); i >= 0; i = text.IndexOf(needle, i + needle.Length, StringComparison.Ordinal))
            n++;
        return n;
    }
}
