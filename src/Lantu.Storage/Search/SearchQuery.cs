using Lantu.Core.Text;

namespace Lantu.Storage.Search;

/// <summary>What to look for, and where: a plan id, a region, a chapter (number or words of its title); which page of
/// the ranking (the first <paramref name="Offset"/> hits skipped, then <paramref name="Limit"/>).</summary>
public sealed record SearchQuery(string Text, long? PlanId = null, string? Region = null, string? Chapter = null, int Limit = 50, int Offset = 0)
{
    /// <summary>The words as typed (split on white space; punctuation removed but for + % . - &amp; as in C++, 5%, 0.5, R&amp;D), in the search form of the text.</summary>
    public IReadOnlyList<string> Phrases =>
        Text.Split([' ', '\u3000', '\t'], StringSplitOptions.RemoveEmptyEntries)
            .Select(t => CjkText.SearchForm(new string(t.Where(c => char.IsLetterOrDigit(c) || c is '+' or '%' or '.' or '-' or '&').ToArray())))
            .Where(t => t.Length > 0).Distinct().ToList();

    /// <summary>
    /// The terms every hit must contain: each phrase split where Latin letters or digits meet Chinese
    /// ("5G基站" → "5G", "基站"), as a CJK analyzer would; a hit with the whole phrase ranks first.
    /// </summary>
    public IReadOnlyList<string> Terms => Phrases.SelectMany(Segments).Distinct().ToList();

    private static IEnumerable<string> Segments(string phrase)
    {
        int start = 0;
        for (int i = 1; i <= phrase.Length; i++)
            if (i == phrase.Length || IsLatin(phrase[i]) != IsLatin(phrase[i - 1]))
            {
                yield return phrase[start..i];
                start = i;
            }
    }

    private static bool IsLatin(char c) => c < 128;
}
