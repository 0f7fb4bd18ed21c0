using System.Text.RegularExpressions;

namespace Lantu.Core.Indicators;

/// <summary>
/// Footnote marks that a copy prints as plain digits inside names (地级及以上城市2空气质量优良天数比率,
/// 地表水质量3达到或好于Ⅲ类水体比例): a digit between two Chinese characters. One such digit cannot be told from a
/// name's own figure (拥有3岁以下); a table's marks, though, count up note by note, so when the names' digits run on
/// one by one from 1 or 2 (the header may hold mark 1: 〔累计〕1) down the table, they are marks and are dropped.
/// </summary>
public static partial class InlineFootnoteMarks
{
    private const int MinMarks = 2;

    public static void Apply(IReadOnlyList<IndicatorRow> rows)
    {
        var marked = rows.Select(r => (Row: r, Matches: Mark().Matches(r.Name))).Where(x => x.Matches.Count > 0).ToList();
        if (marked.Count < MinMarks || marked.Any(x => x.Matches.Count > 1)) return;
        var numbers = marked.Select(x => x.Matches[0].Value[0] - '0').ToList();
        if (numbers[0] > 2 || numbers.Zip(numbers.Skip(1)).Any(p => p.Second != p.First + 1)) return;
        var renamed = new Dictionary<string, string>();
        foreach (var (row, matches) in marked)
        {
            var name = row.Name.Remove(matches[0].Index, 1);
            renamed[row.Name] = name;
            row.Name = name;
        }
        foreach (var row in rows)
            if (row.Parent is { } parent && renamed.TryGetValue(parent, out var bare)) row.Parent = bare;
    }

    /// <summary>One digit between Chinese characters, not followed by a measure word (3岁, 5年, 2个, 4星级).</summary>
    [GeneratedRegex(@"(?<=[\u4e00-\u9fff])\d(?=[\u4e00-\u9fff])(?![岁个年月日天周时分秒次级类星倍万千百亿人户家所座条项张床位名米里吨元度期批号区县镇村孩胎层道届])")]
    private static partial Regex Mark();
}
