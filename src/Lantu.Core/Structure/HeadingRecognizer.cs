using System.Text.RegularExpressions;
using Lantu.Core.Text;

namespace Lantu.Core.Structure;

/// <summary>
/// Tells headings from body text. A numbered line is a heading only when what follows the number reads as a
/// title: short, no sentence inside it, not a row of figures. "1.突出创新引领、落实赶超，速度更快。2020 年实现…"
/// is a numbered paragraph, not a heading.
/// </summary>
public static partial class HeadingRecognizer
{
    private const string Cn = "〇零一二三四五六七八九十百两";

    /// <summary>Longest title accepted for 章/节/篇 and for lower levels (after wrapped lines are joined).</summary>
    public const int MaxMajorTitle = 60, MaxMinorTitle = 42;

    /// <summary>Only the number-and-title shape, without judging length: used to see where a new paragraph starts.</summary>
    public static HeadingMatch? MatchShape(string line)
    {
        line = line.Trim();
        if (line.Length == 0) return null;
        Match m;
        if ((m = PartRx().Match(line)).Success) return Make(NumberingStyle.Part, m, ChineseNumerals.Parse(m.Groups[2].Value));
        if ((m = ChapterRx().Match(line)).Success) return Make(NumberingStyle.Chapter, m, ChineseNumerals.Parse(m.Groups[2].Value));
        if ((m = SectionRx().Match(line)).Success) return Make(NumberingStyle.Section, m, ChineseNumerals.Parse(m.Groups[2].Value));
        if ((m = BoxRx().Match(line)).Success) return new HeadingMatch(NumberingStyle.Box, m.Groups[2].Value, ChineseNumerals.Parse(m.Groups[2].Value) is var n and > 0 ? n : 0, CleanTitle(m.Groups[3].Value));
        if ((m = TableRx().Match(line)).Success) return new HeadingMatch(NumberingStyle.Table, m.Groups[1].Value, ChineseNumerals.Parse(m.Groups[2].Value), CleanTitle(m.Groups[3].Value));
        if ((m = CnEnumRx().Match(line)).Success) return Make(NumberingStyle.CnEnum, m, ChineseNumerals.Parse(m.Groups[2].Value));
        if ((m = CnParenRx().Match(line)).Success) return Make(NumberingStyle.CnParen, m, ChineseNumerals.Parse(m.Groups[2].Value));
        if ((m = ArabicParenRx().Match(line)).Success) return Make(NumberingStyle.ArabicParen, m, int.Parse(m.Groups[2].Value));
        if ((m = ArabicDotRx().Match(line)).Success) return Make(NumberingStyle.ArabicDot, m, int.Parse(m.Groups[2].Value));
        if ((m = CircledRx().Match(line)).Success) return Make(NumberingStyle.Circled, m, ChineseNumerals.ParseCircled(m.Groups[2].Value));
        if ((m = PrefaceRx().Match(line)).Success) return new HeadingMatch(NumberingStyle.Preface, "", 0, "前言");
        if ((m = AppendixRx().Match(line)).Success) return new HeadingMatch(NumberingStyle.Appendix, "", 0, CjkText.Compact(m.Groups[1].Value));
        return null;
    }

    /// <summary>The heading this paragraph is, or null when it is body text, a table row or a numbered paragraph.</summary>
    public static HeadingMatch? Recognize(string paragraph)
    {
        if (paragraph.Contains('\t')) return null; // a table row
        var match = MatchShape(paragraph);
        if (match is null) return null;
        var title = match.Title;
        switch (match.Style)
        {
            case NumberingStyle.Box:
            case NumberingStyle.Table:
                return title.Length <= 80 && !title.Contains('。') ? match : null;
            case NumberingStyle.Preface:
            case NumberingStyle.Appendix:
                return match;
        }
        if (title.Length == 0) return null;
        int max = NumberingStyle.Rank(match.Style) <= NumberingStyle.Rank(NumberingStyle.Section) ? MaxMajorTitle : MaxMinorTitle;
        if (title.Length > max) return null;
        if (SentenceInside().IsMatch(title.TrimEnd('。'))) return null;
        if (LooksLikeFigures(title)) return null;
        // A lower-level heading never ends with a full stop; 章/节 occasionally do in sloppy documents.
        if (NumberingStyle.Rank(match.Style) > NumberingStyle.Rank(NumberingStyle.Section) && title.EndsWith('。')) return null;
        return match with { Title = title.TrimEnd('。') };
    }

    /// <summary>Two or more separate numeric tokens: a flattened table row such as "地区生产总值 亿元 5200 8.5".</summary>
    private static bool LooksLikeFigures(string title) => FigureToken().Matches(title).Count >= 2;

    private static HeadingMatch Make(string style, Match m, int ordinal) =>
        new(style, m.Groups[1].Value, ordinal, CleanTitle(m.Groups[3].Value));

    private static string CleanTitle(string s) => CjkText.Compact(s).Trim(' ', '：', ':', '\u3000');

    [GeneratedRegex($@"^(第\s*([{Cn}0-9]+)\s*(?:篇|部分))\s*(.*)$")] private static partial Regex PartRx();
    [GeneratedRegex($@"^(第\s*([{Cn}0-9]+)\s*章)\s*(.*)$")] private static partial Regex ChapterRx();
    [GeneratedRegex($@"^(第\s*([{Cn}0-9]+)\s*节)\s*(.*)$")] private static partial Regex SectionRx();
    [GeneratedRegex($@"^(专栏)\s*([{Cn}0-9]*)\s*[：:、.．]?\s*(.*)$")] private static partial Regex BoxRx();
    [GeneratedRegex(@"^((?:附)?表\s*([0-9]+(?:-[0-9]+)?))\s*[：:、.．]?\s*(.*)$")] private static partial Regex TableRx();
    [GeneratedRegex($@"^(([{Cn}]+)\s*[、．])\s*(.*)$")] private static partial Regex CnEnumRx();
    [GeneratedRegex($@"^([（(]\s*([{Cn}]+)\s*[）)])\s*(.*)$")] private static partial Regex CnParenRx();
    [GeneratedRegex(@"^([（(]\s*([0-9]{1,2})\s*[）)])\s*(.*)$")] private static partial Regex ArabicParenRx();
    [GeneratedRegex(@"^(([0-9]{1,2})\s*[.．、](?![0-9]))\s*(.*)$")] private static partial Regex ArabicDotRx();
    [GeneratedRegex(@"^(([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]))\s*(.*)$")] private static partial Regex CircledRx();
    [GeneratedRegex(@"^前\s*言$")] private static partial Regex PrefaceRx();
    [GeneratedRegex(@"^(附\s*件\s*\d*|附\s*录|名\s*词\s*解\s*释)\s*[：:]?$")] private static partial Regex AppendixRx();
    [GeneratedRegex(@"[。；;！？]")] private static partial Regex SentenceInside();
    [GeneratedRegex(@"(?<![\w.])[-+]?\d+(?:\.\d+)?%?(?![\w.])")] private static partial Regex FigureToken();
}
