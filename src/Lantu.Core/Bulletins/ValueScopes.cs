using System.Text.RegularExpressions;

namespace Lantu.Core.Bulletins;

/// <summary>What period or kind of figure the text at a position of a sentence speaks of.</summary>
public enum Scope { Year, PartYear, Target, MultiYear }

/// <summary>
/// Markers that change what the following figures mean. A part-year marker (上半年, 一季度, 1-11月, 前三季度) holds until
/// the sentence names the whole year again (全年, 2023年, 年末); a target word (目标, 预期, 力争) holds to the end of the
/// sentence; a multi-year marker (两年平均, 年均, 累计, “十三五”) holds to the end of its clause.
/// </summary>
public static partial class ValueScopes
{
    public static Scope At(string sentence, int position)
    {
        var scope = Scope.Year;
        int clauseStart = Math.Max(sentence.LastIndexOfAny(ClauseMarks, Math.Max(0, position - 1)), 0);
        foreach (Match m in Markers().Matches(sentence))
        {
            if (m.Index >= position) break;
            if (m.Groups["target"].Success) return Scope.Target;
            if (m.Groups["part"].Success) scope = Scope.PartYear;
            else if (m.Groups["year"].Success) scope = Scope.Year;
            else if (m.Groups["multi"].Success && m.Index >= clauseStart && scope != Scope.PartYear) scope = Scope.MultiYear;
        }
        return scope;
    }

    /// <summary>Years the sentence names as the year of its figures (2023年, 2023年末), not as a comparison
    /// (比2022年增加), a range (2017-2021年) or a start (2021年以来).</summary>
    public static IEnumerable<(int Index, int Year)> Years(string sentence)
    {
        foreach (Match m in YearMention().Matches(sentence))
            yield return (m.Index, int.Parse(m.Groups[1].Value));
    }

    private static readonly char[] ClauseMarks = ['，', ',', '；', ';', '。'];

    [GeneratedRegex(@"(?<target>目标|预期|力争|争取|计划|确保|将要?达到|控制在|到(?:19|20)\d\d年|(?:19|20)\d\d年前)|(?<part>上半年|下半年|前三季度|第?[一二三四1-4]季度|前[一二三四五六七八九十\d]{1,2}个?月|[一1]\s*[-至]\s*(?:1[01]|[2-9]|[二三四五六七八九十]|十一)\s*月|(?<!1)[1-9]月份?(?!\d|日)|1[01]月份?(?!\d|日)|[一二三四五六七八九十]{1,2}月份|截至\d{1,2}月|今年以来)|(?<year>全年|(?<![比较与同]|\d-|\d)(?:19|20)\d\d年(?!以来|\d)|年末|年底|12月末|12月底)|(?<multi>[两二三四五]年平均|年均|累计|(?:过去)?[两三四五]年(?:来|间)|过去[两三四五]年|“?十[二三四]五”?(?:期间|时期)?|以来)")]
    private static partial Regex Markers();

    [GeneratedRegex(@"(?<![比较与同自从\d-])((?:19|20)\d\d)年(?![以来]|-|\d|度?[^，。；]{0,6}目标)")]
    private static partial Regex YearMention();
}
