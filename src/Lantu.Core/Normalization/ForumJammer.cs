using System.Text.RegularExpressions;

namespace Lantu.Core.Normalization;

/// <summary>
/// Removes the anti-copy junk some forums insert into a post's text (a hidden random run such as
/// <c>! e8 T Q+ }6 u</c>): one- and two-character ASCII tokens separated by single spaces, at least five of them, with
/// letters and punctuation, or letter–digit pairs (<c>h7 e9 D9</c>), mixed in. Its first character is often glued to
/// the cell before it (<c>76。73 r7 ^* …</c> is <c>76。7</c> and junk), and a token may hold a <c>|</c>, so it is removed
/// before table cells are split.
/// Plan text never holds such a run: Latin in a plan comes as words and codes (PM2.5, GDP, R&amp;D), not letter pairs.
/// </summary>
public static partial class ForumJammer
{
    private const int MinTokens = 5;
    private const int MinTokensBesideJunk = 2;
    private const string RareSymbols = "!\"#$%&'()*+/<=>?@[\\]^_`{|}~";

    public static string Remove(string line)
    {
        if (ShortAsciiWords(line) < MinTokens - 1) return line; // most lines: no allocation
        var first = RemoveRuns(line, MinTokens);
        // Junk may hold a bar of its own (f: I! i | q4 ]3 h1 d): on a line that held junk, its shorter pieces are junk too.
        return first == line ? line : RemoveRuns(first, MinTokensBesideJunk);
    }

    private static string RemoveRuns(string line, int minTokens)
    {
        var words = line.Split(' ');
        var keep = new List<string>(words.Length);
        bool removed = false;
        int i = 0;
        while (i < words.Length)
        {
            int end = RunEnd(words, i, minTokens);
            if (end < 0) { keep.Add(words[i]); i++; continue; }
            var glued = GluedPrefix(words[i], i > 0 ? words[i - 1] : null);
            if (glued.Length > 0) keep.Add(glued);
            keep.Add(Marker);
            removed = true;
            i = end;
        }
        return removed ? Tidy(string.Join(' ', keep)) : line;
    }

    /// <summary>Where a junk run starting at word <paramref name="start"/> ends (exclusive), or -1 when none starts there.
    /// The first word counts by its last character (the token glued to a cell), the others must be whole tokens.</summary>
    private static int RunEnd(string[] words, int start, int minTokens)
    {
        var first = words[start];
        if (first.Length == 0 || first[^1] == '|' || !IsTokenChar(first[^1])) return -1;
        var tokens = new List<string> { IsToken(first) ? first : first[^1..] };
        int end = start + 1;
        while (end < words.Length && IsToken(words[end])) tokens.Add(words[end++]);
        // Tokens past a bar that run to the end of the line are the same junk (P) | b; e): they count, and are
        // removed by the second pass.
        if (end + 1 < words.Length && words[end] == "|" && words.Skip(end + 1).All(IsToken)) tokens.AddRange(words.Skip(end + 1));
        if (tokens.Count < minTokens) return -1;
        int lettered = tokens.Count(t => t.Any(char.IsAsciiLetter));
        int punctuated = tokens.Count(t => t.Any(char.IsAsciiLetterOrDigit) ? t.Any(c => !char.IsAsciiLetterOrDigit(c)) : true);
        int rare = tokens.Count(t => t.Any(c => RareSymbols.Contains(c)));
        int mixed = tokens.Count(t => t.Any(char.IsAsciiLetter) && t.Any(char.IsAsciiDigit)); // h7 e9 D9
        bool junk = minTokens < MinTokens
            ? lettered >= 1 && punctuated + mixed >= 1
            : lettered >= 1 && ((punctuated >= 2 && (rare >= 1 || punctuated >= 3)) || mixed >= 3 || punctuated + mixed >= 4);
        return junk ? end : -1;
    }

    /// <summary>What of the run's first word belongs to the text: all but the glued last character; a cell's dash kept
    /// when the junk's first token is glued to it right after a separator (<c>| -9 `. …</c>).</summary>
    private static string GluedPrefix(string first, string? previous)
    {
        if (!IsToken(first)) return ClosesBracket(first) ? first : first[..^1];
        return first.Length == 2 && first[0] == '-' && previous == "|" ? "-" : "";
    }

    /// <summary>The word's last character closes a bracket the word opened (比例(%)): text, not a glued token.</summary>
    private static bool ClosesBracket(string word) => word[^1] switch
    {
        ')' => word.Count(c => c == '(') >= word.Count(c => c == ')'),
        ']' => word.Count(c => c == '[') >= word.Count(c => c == ']'),
        _ => false,
    };

    /// <summary>How many space-separated words of the line are one or two printable ASCII characters.</summary>
    private static int ShortAsciiWords(string line)
    {
        int count = 0, length = 0;
        bool ascii = true;
        for (int i = 0; i <= line.Length; i++)
        {
            char c = i < line.Length ? line[i] : ' ';
            if (c == ' ') { if (length is 1 or 2 && ascii) count++; length = 0; ascii = true; continue; }
            length++;
            ascii &= IsTokenChar(c);
        }
        return count;
    }

    private static bool IsToken(string w) =>
        w.Length is 1 or 2 && w.All(IsTokenChar) && w != "|";

    private static bool IsTokenChar(char c) => c is >= '!' and <= '~';

    private const string Marker = "\uFFFF";

    /// <summary>Junk that stood between two cell separators leaves no empty cell; spaces it leaves are collapsed.</summary>
    private static string Tidy(string s)
    {
        // Bars the junk leaves doubled around it (K; | |, B+ | | -) are one rule, not an empty cell.
        s = BarsAfter().Replace(s, Marker + " |");
        s = BarsBefore().Replace(s, "| " + Marker);
        while (true)
        {
            int m = s.IndexOf(Marker, StringComparison.Ordinal);
            if (m < 0) break;
            int left = m - 1, right = m + 1;
            while (left >= 0 && s[left] == ' ') left--;
            while (right < s.Length && s[right] == ' ') right++;
            bool betweenBars = left >= 0 && s[left] == '|' && right < s.Length && s[right] == '|';
            s = betweenBars ? s[..left] + s[right..] : s[..(left + 1)] + (left >= 0 && right < s.Length ? " " : "") + s[right..];
        }
        return s.Trim(' ');
    }

    [GeneratedRegex("\uFFFF(?:\\s*\\|){2,}")]
    private static partial Regex BarsAfter();
    [GeneratedRegex("(?:\\|\\s*){2,}\uFFFF")]
    private static partial Regex BarsBefore();
}
