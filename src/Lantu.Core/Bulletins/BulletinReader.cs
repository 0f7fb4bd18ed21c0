using System.Globalization;
using System.Text.RegularExpressions;

namespace Lantu.Core.Bulletins;

/// <summary>
/// Reads a statistical bulletin (统计公报) or government work report (政府工作报告) — its lines, from any document
/// reader — and proposes observations for a plan's indicators. For each figure in a sentence it finds the indicator
/// subject printed before it and decides, from the words between the two:
/// <list type="bullet">
/// <item>whether the figure is the subject's level (7033.89亿元, 为90.81%, 提升至90.81%) or its growth (比上年增长8.1%,
/// 、增长1.6%, 下降2% → −2): a level goes to the plan's level indicator, a growth only to its growth indicator
/// (地区生产总值增长), never the other way;</item>
/// <item>whether the words between belong to this subject at all: only connecting words (比上年, 按可比价格计算, 达,
/// 首次, 保持全省首位 …) may stand between; any other word means the figure is another subject's (其中，第一产业增加值…);</item>
/// <item>whether the figure is the year's: not in the scope of a part-year marker (上半年, 1-11月), a target word
/// (预期目标, 力争) or a multi-year one (两年平均), not approximate (突破7000亿元, 超过7万元), not a change in another
/// unit (增加649.87亿元, 提高0.62个百分点), not in brackets opened after the subject.</item>
/// </list>
/// Only the first level and the first growth after a subject are taken. The year is the document's (the title, or
/// <c>year</c> given by the caller); a sentence naming another year is left out. 预计 before the figure in its sentence
/// marks an estimate; 初步核算 figures are the published (final) ones.
/// </summary>
public static partial class BulletinReader
{
    /// <param name="lines">The document's text lines (1-based in the result).</param>
    /// <param name="indicators">The plan's indicators (name and unit).</param>
    /// <param name="year">Overrides the year found in the document's title.</param>
    public static BulletinReading Read(IReadOnlyList<string> lines, IReadOnlyList<PlanIndicator> indicators, int? year = null)
    {
        var found = DocumentYear.Find(lines);
        int? documentYear = year ?? found?.Year;
        string basis = year is not null ? "调用方指定" : found?.Basis ?? "文档未注明年份，仅采用句中写明年份的数值";

        // Subject → (level indicators, growth indicators); wording → subject.
        var bySubject = new Dictionary<string, (List<PlanIndicator> Level, List<PlanIndicator> Growth)>();
        var wordings = new Dictionary<string, string>();
        foreach (var indicator in indicators)
        {
            var subject = IndicatorWording.SubjectOf(indicator.Name, indicator.Unit);
            var key = bySubject.Keys.FirstOrDefault(k => IndicatorWording.Same(k, subject.Subject)) ?? subject.Subject;
            if (!bySubject.TryGetValue(key, out var lists)) bySubject[key] = lists = ([], []);
            (subject.Growth ? lists.Growth : lists.Level).Add(indicator);
            foreach (var alias in IndicatorWording.Aliases(subject.Subject)) wordings.TryAdd(alias, key);
        }

        var proposals = new List<ProposedObservation>();
        foreach (var sentence in Sentences.Split(lines))
            proposals.AddRange(Propose(sentence, documentYear, bySubject, wordings));
        return new BulletinReading(documentYear, basis, proposals);
    }

    private static IEnumerable<ProposedObservation> Propose(Sentence sentence, int? documentYear,
        Dictionary<string, (List<PlanIndicator> Level, List<PlanIndicator> Growth)> bySubject, Dictionary<string, string> wordings)
    {
        var text = sentence.Text;
        var mentions = Mentions.In(text, wordings);
        if (mentions.Count == 0) yield break;
        var values = ValueTokens.In(text);
        var years = ValueScopes.Years(text).ToList();
        var used = new HashSet<(Mention, bool)>();
        foreach (var value in values)
        {
            var mention = mentions.LastOrDefault(m => m.End <= value.Index);
            if (mention is null) continue;
            // The words between the subject and this figure, and since the subject's previous figure.
            var between = text[mention.End..value.Index];
            var previous = values.LastOrDefault(v => v.Index >= mention.End && v.End <= value.Index);
            var since = text[(previous?.End ?? mention.End)..value.Index];
            if (!Connects(RemoveFigures(between, values, mention.End))) continue;
            if (ValueScopes.At(text, value.Index) != Scope.Year) continue;
            if (Approximate().IsMatch(since) || ApproximateAfter().IsMatch(text[value.End..])) continue;

            bool growth = Growth().IsMatch(since) && !ReachedVerb().IsMatch(since);
            if (growth && !value.IsPercent) continue;          // 增加649.87亿元, 提高0.62个百分点: a change, not a level
            if (!used.Add((mention, growth))) continue;         // first level, first growth per subject

            int? year = YearOf(value.Index, years, documentYear);
            if (year is null) continue;
            bool estimate = text[..value.Index].Contains("预计");
            var (levels, growths) = bySubject[mention.Subject];
            double signed = growth && Decline().IsMatch(since) ? -value.Value : value.Value;
            foreach (var indicator in growth ? growths : levels)
            {
                double? converted = growth ? signed : UnitConversion.Convert(signed, value.Unit, indicator.Unit);
                if (converted is not double v) continue;
                var unit = string.IsNullOrWhiteSpace(indicator.Unit) ? value.Unit : indicator.Unit.Trim();
                yield return new ProposedObservation(indicator.Key, indicator.Name, mention.Wording, year.Value, v, unit, estimate,
                    sentence.LineAt(value.Index), text.Trim())
                {
                    Printed = value.Unit == unit ? null : value.Text,
                };
            }
        }
    }

    /// <summary>The sentence's own year where it names one before the figure, else the document's; a sentence about
    /// another year than the document's is left out (a comparison year, or next year's targets).</summary>
    private static int? YearOf(int position, List<(int Index, int Year)> years, int? documentYear)
    {
        var named = years.LastOrDefault(y => y.Index < position);
        if (named == default) return documentYear;
        if (documentYear is null) return named.Year;
        return named.Year == documentYear ? documentYear : null;
    }

    private static string RemoveFigures(string between, IReadOnlyList<ValueToken> values, int offset)
    {
        var chars = between.ToCharArray();
        foreach (var v in values)
            for (int i = Math.Max(v.Index, offset); i < Math.Min(v.End, offset + between.Length); i++) chars[i - offset] = ' ';
        return new string(chars);
    }

    /// <summary>Only connecting words stand between a subject and its figure. A bracket opened after the subject
    /// means a side remark (剔除减税降费因素，同口径增长9.2%) or a table's unit column (网上可办率（%） 100% 100%); a
    /// bracket closed is fine (占总人口比重（常住人口城镇化率）为71.04%).</summary>
    private static bool Connects(string between)
    {
        if (between.Length > 40) return false;
        var rest = Abbreviation().Replace(between, "");
        if (rest.Contains('(') || rest.Contains('（')) return false;
        rest = ConnectingWords().Replace(rest, "");
        return !rest.Any(c => char.IsLetter(c));
    }

    [GeneratedRegex(@"[（(][A-Za-z&]{2,6}[)）]")]
    private static partial Regex Abbreviation();

    [GeneratedRegex(@"初步核算|按可比价格?计算|按不变价格?计算|按常住人口计算|按户籍人口计算|扣除价格因素(?:后)?|同口径|比上年(?:同期|末)?|较上年(?:同期|末)?|比上一年(?:度)?|同比|名义|实际|增长|增幅|增速|下降|降低|减少|提高|提升|上升|上涨|回落|增加|达到|达至|达|实现|完成|共计|合计|总计|为|是|首次|再次|突破|超过|超|逾|约|近|大关|至|到|了|的|全年|全市|全区|全县|预计|分别|保持|位居|居于?|列|全省|全国|首位|第[一二三四五六七八九十\d]+位|前列|水平|总量|规模|年末|年底|其中|亿元|万元|元|万人|%|\s|[，,、；;：:。！？“”\d.\-]")]
    private static partial Regex ConnectingWords();

    [GeneratedRegex(@"增长|增幅|增速|下降|降低|减少|提高|提升|上升|上涨|回落|增加")]
    private static partial Regex Growth();

    // 提升至90.81%, 提高到…, 增至…: the figure reached, a level (whereas 增速为8.1% stays a growth).
    [GeneratedRegex(@"(?:提高|提升|上升|增加|增长|下降|降低|减少|回落|增)(?:至|到)\s*$")]
    private static partial Regex ReachedVerb();

    [GeneratedRegex(@"下降|降低|减少|回落")]
    private static partial Regex Decline();

    [GeneratedRegex(@"(?:突破|超过|超|逾|近|约|接近)\s*$")]
    private static partial Regex Approximate();

    [GeneratedRegex(@"^\s*(?:以上|左右|多|余|大关)")]
    private static partial Regex ApproximateAfter();
}
