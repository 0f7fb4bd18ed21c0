using System.Text.RegularExpressions;

namespace Lantu.Core.Normalization;

/// <summary>
/// Removes what extraction added to a line but the author never wrote: Word tags ([bookmark: _Toc…],
/// [footnoteRef:1]), pinyin some sites glue after characters (國務(wù)院), a forum's anti-copy junk (<see cref="ForumJammer"/>), the leading space a PDF page break leaves, decorated page numbers ("— 12 —").
/// Tabs inside a line are kept: they separate table cells.
/// </summary>
public static partial class LineCleaner
{
    public static string Clean(string line)
    {
        var s = WordTag().Replace(line, "");
        s = GluedPinyin().Replace(s, "");
        s = ForumJammer.Remove(s);
        s = s.Trim(' ', '\u3000', '\u00A0', '\t', '\uFEFF', '\u200B');
        if (PageNumber().IsMatch(s)) return "";
        return FullStopDecimal().Replace(HalfWidthDigits(s), "$1.$2");
    }

    /// <summary>Full-width digits (１２．５) become ASCII so numbering and figures parse; other full-width
    /// punctuation (，。：) is Chinese typography and stays.</summary>
    private static string HalfWidthDigits(string s)
    {
        if (!s.Any(c => c is >= '０' and <= '９')) return s;
        return string.Create(s.Length, s, (span, src) =>
        {
            for (int i = 0; i < src.Length; i++) span[i] = src[i] is >= '０' and <= '９' ? (char)(src[i] - '０' + '0') : src[i];
        });
    }

    /// <summary>A cell that is only a number with 。 for its decimal point (76。7, a forum copy's typography) is the
    /// number; 。 after a numbering (1。空气质量) or inside prose is left alone.</summary>
    [GeneratedRegex(@"(?<=(?:^|\|)\s*)([<>≥≤＞＜]?\d+)。(\d+)(?=\s*(?:\||$))")]
    private static partial Regex FullStopDecimal();

    [GeneratedRegex(@"\[(?:bookmark|footnoteRef|footnote|endnoteRef|endnote|commentRef|annotation)[^\]]*\]", RegexOptions.IgnoreCase)]
    private static partial Regex WordTag();

    /// <summary>A bracketed pinyin syllable with a tone mark right after a Han character: a reading aid some reposting
    /// sites insert (發(fā)展), never plan text — a plan's Latin in brackets (PM2.5, GDP) carries no tone marks.</summary>
    [GeneratedRegex(@"(?<=[\u4E00-\u9FFF])[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[)）]")]
    private static partial Regex GluedPinyin();

    [GeneratedRegex(@"^(?:[-—–－]\s*\d{1,4}\s*[-—–－]|第\s*\d{1,4}\s*页(?:\s*[，,/]?\s*共\s*\d+\s*页)?|\d{1,4}\s*/\s*\d{1,4})$")]
    private static partial Regex PageNumber();
}
