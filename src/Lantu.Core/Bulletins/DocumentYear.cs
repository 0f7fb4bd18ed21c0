using System.Text.RegularExpressions;
using Lantu.Core.Text;

namespace Lantu.Core.Bulletins;

/// <summary>The year a document reports on, and how that was found.</summary>
public sealed record ReportedYear(int Year, string Basis);

/// <summary>
/// The year whose figures a bulletin or report gives: 《厦门市2023年国民经济和社会发展统计公报》 reports 2023; a
/// 2023年政府工作报告 reviews 2022 (delivered at the turn of the year, its figures are the year just ended, often 预计).
/// </summary>
public static partial class DocumentYear
{
    /// <summary>Looks in the first lines (the title and the heading block) for a bulletin or report title.</summary>
    public static ReportedYear? Find(IReadOnlyList<string> lines)
    {
        foreach (var line in lines.Take(40))
        {
            var text = ChineseScript.ToSimplified(line).Replace(" ", "");
            if (Bulletin().Match(text) is { Success: true } b)
                return new ReportedYear(int.Parse(b.Groups[1].Value), $"统计公报标题“{b.Value}”");
            if ((WorkReport().Match(text) is { Success: true } w ? w : WorkReportYearAfter().Match(text)) is { Success: true } report)
                return new ReportedYear(int.Parse(report.Groups[1].Value) - 1, $"“{report.Value}”回顾上一年");
        }
        return null;
    }

    [GeneratedRegex(@"((?:19|20)\d\d)年(?:度)?[^，。；]{0,12}?统计公报")]
    private static partial Regex Bulletin();

    [GeneratedRegex(@"((?:19|20)\d\d)年[^，。；]{0,12}?政府工作报告")]
    private static partial Regex WorkReport();

    // 政府工作报告（2020年）
    [GeneratedRegex(@"政府工作报告[（(]((?:19|20)\d\d)年?[)）]")]
    private static partial Regex WorkReportYearAfter();
}
