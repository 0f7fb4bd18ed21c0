using Lantu.Core.Text;

namespace Lantu.Core.Bulletins;

/// <summary>A sentence of a document with the line each of its characters came from (1-based).</summary>
public sealed record Sentence(string Text, int[] Lines)
{
    public int LineAt(int index) => Lines[Math.Clamp(index, 0, Lines.Length - 1)];
}

/// <summary>
/// Splits a document's lines into sentences (at 。！？). A line break also ends a sentence, unless the line is a
/// wrapped one — it ends in a comma-like mark, or is long and ends in no punctuation (PDF text wraps mid-sentence);
/// a short line without punctuation is a heading (经济总量, 财政收支) and stands alone. Blank lines (PDF text puts one
/// after every line) neither end nor continue anything. Spaces next to Chinese characters, left by extraction
/// (“2025 年”, “达 600 万人次”), are dropped.
/// </summary>
public static class Sentences
{
    private const int WrappedLength = 25;

    public static IEnumerable<Sentence> Split(IReadOnlyList<string> lines)
    {
        var text = new System.Text.StringBuilder();
        var lineOf = new List<int>();
        for (int i = 0; i < lines.Count; i++)
        {
            var line = CjkText.SearchForm(Normalize(lines[i])).Trim();
            if (line.Length == 0) continue;
            foreach (var c in line)
            {
                text.Append(c);
                lineOf.Add(i + 1);
                if (c is '。' or '！' or '？' or '!' or '?')
                    foreach (var s in Flush(text, lineOf)) yield return s;
            }
            bool wrapped = line.Length > 0 && (line[^1] is '，' or ',' or '、' or '；' or ';' or '：' or ':' or '（' or '('
                || (line.Length >= WrappedLength && !char.IsPunctuation(line[^1])));
            if (!wrapped)
                foreach (var s in Flush(text, lineOf)) yield return s;
        }
        foreach (var s in Flush(text, lineOf)) yield return s;
    }

    private static IEnumerable<Sentence> Flush(System.Text.StringBuilder text, List<int> lineOf)
    {
        if (text.ToString().Trim().Length > 0) yield return new Sentence(text.ToString(), lineOf.ToArray());
        text.Clear();
        lineOf.Clear();
    }

    /// <summary>Traditional characters to simplified and full-width digits, dots and percent signs to ASCII, one
    /// character for one so that positions keep their lines.</summary>
    public static string Normalize(string line)
    {
        var chars = ChineseScript.ToSimplified(line).ToCharArray();
        for (int i = 0; i < chars.Length; i++)
            chars[i] = chars[i] switch
            {
                >= '０' and <= '９' => (char)('0' + (chars[i] - '０')),
                '．' => '.',
                '％' => '%',
                '＆' => '&',
                '—' or '–' or '－' or '~' or '～' => '-',
                '\u3000' or '\t' => ' ',
                var c => c,
            };
        return new string(chars);
    }
}
