using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Lantu.Core.Text;

namespace Lantu.Core.Reading;

/// <summary>
/// Word's automatic numbering. A heading typed as 发展基础 with a list style prints as 第一章 发展基础, and
/// the printed number is what the outline needs. Counters are kept per list and level as Word does (a level
/// restarts when a higher level advances); the level's text (第%1章, （%1）, %1.) is filled in with the level's
/// number format (decimal, chineseCounting, …).
/// </summary>
internal sealed partial class WordNumbering
{
    private readonly Dictionary<int, int> _abstractOf = new();
    private readonly Dictionary<int, Dictionary<int, Level>> _levels = new();
    private readonly Dictionary<string, NumberingProperties> _styleNumbering = new();
    private readonly Dictionary<int, int[]> _counters = new();

    public WordNumbering(MainDocumentPart main)
    {
        var numbering = main.NumberingDefinitionsPart?.Numbering;
        if (numbering is not null)
        {
            foreach (var a in numbering.Elements<AbstractNum>())
                if (a.AbstractNumberId?.Value is int id)
                    _levels[id] = a.Elements<Level>().GroupBy(l => l.LevelIndex?.Value ?? 0).ToDictionary(g => g.Key, g => g.First());
            foreach (var n in numbering.Elements<NumberingInstance>())
                if (n.NumberID?.Value is int id && n.AbstractNumId?.Val?.Value is int aid) _abstractOf[id] = aid;
        }
        foreach (var style in main.StyleDefinitionsPart?.Styles?.Elements<Style>() ?? [])
            if (style.StyleId?.Value is { } sid && style.StyleParagraphProperties?.NumberingProperties is { } np)
                _styleNumbering[sid] = np;
    }

    /// <summary>The number Word prints before this paragraph ("第一章"), or null.</summary>
    public string? Label(Paragraph p)
    {
        var props = p.ParagraphProperties;
        var np = props?.NumberingProperties;
        if (np is null && props?.ParagraphStyleId?.Val?.Value is { } styleId) _styleNumbering.TryGetValue(styleId, out np);
        if (np?.NumberingId?.Val?.Value is not int numId || numId == 0) return null;
        int ilvl = np.NumberingLevelReference?.Val?.Value ?? 0;
        if (!_abstractOf.TryGetValue(numId, out var aid) || !_levels.TryGetValue(aid, out var levels)) return null;
        if (!levels.TryGetValue(ilvl, out var level)) return null;

        var counters = _counters.TryGetValue(aid, out var c) ? c : _counters[aid] = new int[9];
        counters[ilvl] = counters[ilvl] == 0 ? (level.StartNumberingValue?.Val?.Value ?? 1) : counters[ilvl] + 1;
        for (int deeper = ilvl + 1; deeper < counters.Length; deeper++) counters[deeper] = 0;

        var text = level.LevelText?.Val?.Value;
        // Bullets carry no number the outline could use.
        if (string.IsNullOrEmpty(text) || level.NumberingFormat?.Val?.InnerText is "bullet" or "none") return null;
        var label = Placeholder().Replace(text, m =>
        {
            int l = int.Parse(m.Groups[1].Value) - 1;
            if (l < 0 || l > 8) return "";
            int value = counters[l] == 0 && levels.TryGetValue(l, out var lv) ? lv.StartNumberingValue?.Val?.Value ?? 1 : counters[l];
            var format = levels.TryGetValue(l, out var fl) ? fl.NumberingFormat?.Val?.InnerText : null;
            return Format(value, format);
        });
        return label.Trim().Length == 0 ? null : label;
    }

    private static string Format(int value, string? format) => format switch
    {
        "chineseCounting" or "chineseCountingThousand" or "ideographTraditional" or "taiwaneseCounting"
            or "chineseLegalSimplified" => ChineseNumerals.Format(value),
        "decimalEnclosedCircle" or "decimalEnclosedCircleChinese" when value is >= 1 and <= 20 => ((char)('①' + value - 1)).ToString(),
        "decimalFullWidth" or "decimalFullWidth2" => string.Concat(value.ToString().Select(d => (char)(d - '0' + '０'))),
        "upperLetter" when value is >= 1 and <= 26 => ((char)('A' + value - 1)).ToString(),
        "lowerLetter" when value is >= 1 and <= 26 => ((char)('a' + value - 1)).ToString(),
        "bullet" or "none" => "",
        _ => value.ToString(),
    };

    [GeneratedRegex(@"%([1-9])")]
    private static partial Regex Placeholder();
}
