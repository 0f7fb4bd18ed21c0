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
        var lines = Lines(doc, region);
        var text = string.Join("", lines);
        if (text.Length == 0) return;
        DropNameMarks(lines, rows);
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

    /// <summary>Drops the footnote marks after names (拥有量[1], 比重②) when the notes under the table are numbered
    /// with marks of that kind ([1] 指…, ①…): the mark points to the note, it is not part of the name.</summary>
    private static void DropNameMarks(IReadOnlyList<string> notes, IReadOnlyList<IndicatorRow> rows)
    {
        var styles = notes.Select(n => NoteMark().Match(n)).Where(m => m.Success).Select(m => Style(m.Value)).ToHashSet();
        if (styles.Count == 0) return;
        string Strip(string name) =>
            NameMark().Match(name) is { Success: true } m && m.Index > 0 && styles.Contains(Style(m.Value)) ? name[..m.Index].TrimEnd() : name;
        foreach (var row in rows)
        {
            if (row.Parent is { } parent) row.Parent = Strip(parent);
            var name = Strip(row.Name);
            if (name == row.Name) continue;
            var (bare, unit) = Units.SplitNameUnit(name);
            if (unit is not null && row.Unit is null) (name, row.Unit) = (bare, unit);
            row.Name = name;
        }
    }

    /// <summary>[n] or a circled number.</summary>
    private static char Style(string mark) => mark.TrimStart()[0] is '[' or '［' ? '[' : '①';

    private static bool Marked(string cell, string mark)
    {
        var c = cell.Trim();
        return mark is "*" or "＊" ? c.EndsWith('*') || c.EndsWith('＊') : c.EndsWith(mark, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^(?:[①-⑳]|\d+[.．、]|[（(]\d+[)）])")]
    private static partial Regex Numbered();
    /// <summary>A note opening with its mark: [1] 指…, ①…, 注：①… .</summary>
    [GeneratedRegex(@"^(?:注[:：]?\s*)?(?:[\[［]\d{1,2}[\]］]|[①-⑳])")]
    private static partial Regex NoteMark();
    [GeneratedRegex(@"(?:[\[［]\d{1,2}[\]］]|[①-⑳])$")]
    private static partial Regex NameMark();
    // 带*的为2019年数据 / 标*的为2019年数 / *为2019年数据 / 带※号的指标为2019年数据
    [GeneratedRegex(@"(?:带|标有?|加)?(?<mark>[*＊※])号?(?:的|者)?(?:指标|数据|数值)?(?:为|是)(?<year>(?:19|20)\d{2})年(?:的)?(?:数据|数|值)")]
    private static partial Regex MarkedYear();
    // （）内为2019年数据 / 括号内数据为2019年数 / ()内为2019年数值
    [GeneratedRegex(@"(?:[（(]\s*[)）]|括号)内(?:的)?(?:数据|数值|数)?(?:为|是)(?<year>(?:19|20)\d{2})年(?:的)?(?:数据|数|值)")]
    private static partial Regex BracketedYear();
    [GeneratedRegex(@"^[（(][^（()）]+[)）]$")]
    private static partial Regex InBrackets();
}
