using System.Text.RegularExpressions;
using Lantu.Core.Normalization;

namespace Lantu.Core.Indicators;

/// <summary>
/// Reads the notes under an indicator table (注：①〔〕内为5年累计数。②带*的为2019年数据。) for what changes the meaning
/// of cells: a marked base value that belongs to another year than the header's.
/// </summary>
public static partial class TableNotes
{
    /// <summary>The note lines right after the table body (at most a few, up to the next blank line or heading).</summary>
    public static List<string> Lines(NormalizedDocument doc, TableRegion region)
    {
        var notes = new List<string>();
        int n = doc.CleanLines.Count;
        for (int j = region.BodyEnd + 1; j <= Math.Min(n, region.BodyEnd + 8); j++)
        {
            var line = doc.CleanLine(j).Trim();
            if (line.Length == 0) { if (notes.Count > 0) break; continue; }
            if (notes.Count == 0 && !TableLocator.IsNote(line)) break;
            if (notes.Count > 0 && !TableLocator.IsNote(line) && !Numbered().IsMatch(line) && line.Length > 60) break;
            notes.Add(line);
        }
        return notes;
    }

    /// <summary>Sets the base year of rows whose base value carries the mark a note assigns to another year.</summary>
    public static void Apply(NormalizedDocument doc, TableRegion region, IReadOnlyList<IndicatorRow> rows)
    {
        var text = string.Join("", Lines(doc, region));
        if (text.Length == 0) return;
        foreach (Match m in MarkedYear().Matches(text))
        {
            var mark = m.Groups["mark"].Value;
            int year = int.Parse(m.Groups["year"].Value);
            foreach (var row in rows)
                if (row.Base is { } b && Marked(b, mark)) row.BaseYear = year;
        }
        if (BracketedYear().Match(text) is { Success: true } br)
        {
            // （）内为2019年数据: a base value printed in brackets is that year's figure.
            int year = int.Parse(br.Groups["year"].Value);
            foreach (var row in rows)
                if (row.Base is { } b && InBrackets().IsMatch(b.Trim())) row.BaseYear = year;
        }
    }

    private static bool Marked(string cell, string mark)
    {
        var c = cell.Trim();
        return mark is "*" or "＊" ? c.EndsWith('*') || c.EndsWith('＊') : c.EndsWith(mark, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^(?:[①-⑳]|\d+[.．、]|[（(]\d+[)）])")]
    private static partial Regex Numbered();
    // 带*的为2019年数据 / 标*的为2019年数 / *为2019年数据 / 带※号的指标为2019年数据
    [GeneratedRegex(@"(?:带|标有?|加)?(?<mark>[*＊※])号?(?:的|者)?(?:指标|数据|数值)?(?:为|是)(?<year>(?:19|20)\d{2})年(?:的)?(?:数据|数|值)")]
    private static partial Regex MarkedYear();
    // （）内为2019年数据 / 括号内数据为2019年数 / ()内为2019年数值
    [GeneratedRegex(@"(?:[（(]\s*[)）]|括号)内(?:的)?(?:数据|数值|数)?(?:为|是)(?<year>(?:19|20)\d{2})年(?:的)?(?:数据|数|值)")]
    private static partial Regex BracketedYear();
    [GeneratedRegex(@"^[（(][^（()）]+[)）]$")]
    private static partial Regex InBrackets();
}
