using System.Text.RegularExpressions;
using Lantu.Core.Model;
using Lantu.Core.Text;

namespace Lantu.Core.Structure;

/// <summary>
/// Reads the 名词解释 appendix: numbered entries "1.人类发展指数（HDI）（第一章第四节）。是由…", each with its
/// term, definition and the places it names; then finds the body paragraphs that use each term.
/// </summary>
public static partial class GlossaryParser
{
    public static List<GlossaryEntry> Parse(IReadOnlyList<Paragraph> paragraphs)
    {
        var entries = new List<GlossaryEntry>();
        int start = paragraphs.ToList().FindIndex(p => GlossaryHeader().IsMatch(CjkText.Compact(p.Text)));
        if (start < 0) return entries;
        for (int i = start + 1; i < paragraphs.Count; i++)
        {
            var p = paragraphs[i];
            var m = Entry().Match(p.Text);
            if (!m.Success)
            {
                var h = HeadingRecognizer.Recognize(p.Text);
                if (h is not null && NumberingStyle.ClosesBlock(h.Style)) break;
                if (entries.Count > 0) Continue(entries, p); // an entry broken over paragraphs
                continue;
            }
            entries.Add(ParseEntry(m.Groups[1].Value, p));
        }
        FindReferences(entries, paragraphs.Take(start).ToList());
        return entries;
    }

    private static GlossaryEntry ParseEntry(string body, Paragraph p)
    {
        var places = new List<string>();
        string head, definition;
        var withPlace = TermWithPlace().Match(body);
        if (withPlace.Success)
        {
            head = withPlace.Groups[1].Value;
            foreach (Match place in Place().Matches(withPlace.Groups[2].Value)) places.Add(CjkText.Compact(place.Value));
            definition = body[(withPlace.Index + withPlace.Length)..];
        }
        else
        {
            int stop = body.IndexOfAny(['。', '：', ':']);
            head = stop > 0 ? body[..stop] : body;
            definition = stop > 0 ? body[(stop + 1)..] : "";
        }
        var entry = new GlossaryEntry
        {
            Term = head.Trim().TrimEnd('：', ':', '。'), Definition = definition.Trim().TrimStart('。', '：', ':'),
            LineStart = p.LineStart, LineEnd = p.LineEnd,
        };
        entry.Places.AddRange(places);
        return entry;
    }

    private static void Continue(List<GlossaryEntry> entries, Paragraph p)
    {
        var last = entries[^1];
        var merged = new GlossaryEntry
        {
            Term = last.Term, Definition = last.Definition + p.Text, LineStart = last.LineStart, LineEnd = p.LineEnd,
        };
        merged.Places.AddRange(last.Places);
        entries[^1] = merged;
    }

    /// <summary>The lines that use a term: its bare form, without quotes or a bracketed abbreviation.</summary>
    private static void FindReferences(List<GlossaryEntry> entries, List<Paragraph> body)
    {
        foreach (var entry in entries)
        {
            var key = CjkText.Compact(Bracket().Replace(entry.Term, "")).Trim('“', '”', '"', '‘', '’', ' ');
            var quoted = Quote().Match(key);
            if (key.Length < 2) continue;
            foreach (var p in body)
            {
                var text = CjkText.Compact(p.Text);
                if (text.Contains(key, StringComparison.Ordinal) || (quoted.Success && text.Contains(quoted.Value, StringComparison.Ordinal)))
                    entry.ReferenceLines.Add(p.LineStart);
            }
        }
    }

    [GeneratedRegex(@"^(名词解释|名词注释|名词说明|术语解释)[：:]?$")] private static partial Regex GlossaryHeader();
    [GeneratedRegex(@"^\s*\d{1,3}\s*[.．、]\s*(.+)$")] private static partial Regex Entry();
    [GeneratedRegex(@"^(.+?)[（(]((?:第[一二三四五六七八九十百〇\d]+[章节篇](?:第[一二三四五六七八九十\d]+节)?[、，,和及\s]*)+)[）)]")] private static partial Regex TermWithPlace();
    [GeneratedRegex(@"第[一二三四五六七八九十百〇\d]+[章篇](?:第[一二三四五六七八九十\d]+节)?|第[一二三四五六七八九十\d]+节")] private static partial Regex Place();
    [GeneratedRegex(@"[（(][^）)]*[）)]")] private static partial Regex Bracket();
    [GeneratedRegex(@"“[^”]{2,}”")] private static partial Regex Quote();
}
