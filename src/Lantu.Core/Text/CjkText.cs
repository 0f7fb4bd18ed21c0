using System.Text.RegularExpressions;

namespace Lantu.Core.Text;

public static partial class CjkText
{
    public static bool IsCjk(char c) => c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf';

    /// <summary>Removes spaces between two Chinese characters or punctuation, left by extraction ("社会 发展" → "社会发展").</summary>
    public static string Compact(string s) => SpaceBetweenWide().Replace(s.Trim(), "$1");

    /// <summary>The text without any white space (what <c>Regex.Replace(s, @"\s+", "")</c> gives: regular expressions'
    /// <c>\s</c> is <see cref="char.IsWhiteSpace(char)"/>), without a regular expression — it runs on every line while
    /// tables are looked for; the string itself when it has no white space.</summary>
    public static string WithoutWhiteSpace(string s)
    {
        int first = 0;
        while (first < s.Length && !char.IsWhiteSpace(s[first])) first++;
        if (first == s.Length) return s;
        return string.Create(s.Length - Count(s, first), (s, first), static (span, state) =>
        {
            var (text, start) = state;
            text.AsSpan(0, start).CopyTo(span);
            int k = start;
            for (int i = start; i < text.Length; i++)
                if (!char.IsWhiteSpace(text[i])) span[k++] = text[i];
        });

        static int Count(string text, int from)
        {
            int n = 0;
            for (int i = from; i < text.Length; i++) if (char.IsWhiteSpace(text[i])) n++;
            return n;
        }
    }

    /// <summary>The form text is searched in: no white space next to a Chinese character ("5G 基站" → "5G基站"),
    /// so a query matches whatever spacing extraction left; spaces between Latin words stay.</summary>
    public static string SearchForm(string s) => SpaceNextToWide().Replace(s, "");

    /// <summary>Joins two wrapped lines: Chinese text joins directly, Latin words keep a space.</summary>
    public static string JoinWrapped(string left, string right)
    {
        if (left.Length == 0) return right;
        if (right.Length == 0) return left;
        char a = left[^1], b = right[0];
        bool latin = a < 128 && char.IsLetterOrDigit(a) && b < 128 && char.IsLetterOrDigit(b);
        return latin ? left + " " + right : left + right;
    }

    [GeneratedRegex(@"\s+(?=[^\x00-\x7F])|(?<=[^\x00-\x7F])\s+")]
    private static partial Regex SpaceNextToWide();

    [GeneratedRegex(@"([^\x00-\x7F\s])[ \u3000]+(?=[^\x00-\x7F\s])")]
    private static partial Regex SpaceBetweenWide();
}
