using System.Buffers;
using System.Text.RegularExpressions;
using Lantu.Core.Model;
using Lantu.Core.Normalization;
using Lantu.Core.Text;

namespace Lantu.Core.Indicators;

/// <summary>
/// Targets stated in prose: in sentences that look ahead (到2025年, 力争, “十四五”末 …), a subject followed by
/// 达到/达/提高到/突破/超过/控制在/保持在/接近/不低于 and a number. Marked source "text" and linked to the
/// table row of the same indicator where one exists.
/// </summary>
public static partial class ProseTargetFinder
{
    public static List<IndicatorRow> Find(NormalizedDocument doc, StructuredPlan? plan, IReadOnlyList<IndicatorRow> tableRows)
    {
        var result = new List<IndicatorRow>();
        var paragraphs = plan?.Paragraphs ?? doc.Paragraphs;
        var tableLines = new LineIntervals(tableRows.Where(r => r.Source == RowSource.Table).Select(r => (r.LineStart, r.LineEnd)));
        // Under a heading about the period's goals (主要目标, 发展目标) every sentence looks ahead.
        var goalSections = new LineIntervals(plan?.AllNodes().Where(n => n.Kind != "box" && GoalHeading().IsMatch(n.Title) && !Review().IsMatch(n.Title))
            .Select(n => (n.LineStart, n.LineEnd)) ?? []);
        int? periodStart = plan?.Metadata.PeriodStart;
        var linkable = Linkable(tableRows);
        foreach (var para in paragraphs)
        {
            if (tableLines.Overlaps(para.LineStart, para.LineEnd)) continue;
            bool goalSection = goalSections.Overlaps(para.LineStart, para.LineStart);
            var text = CjkText.Compact(para.Text);
            foreach (Match sentence in Sentence().Matches(text))
            {
                var s = sentence.Value;
                if (!goalSection && !Future().IsMatch(s)) continue;
                // 预计2020年…突破100万亿元 speaks of the base year, not a target.
                if (periodStart is int start && Year().Match(s) is { Success: true } first && int.Parse(first.Groups[1].Value) < start
                    && !FutureYear().Matches(s).Any(y => int.Parse(y.Groups[1].Value) >= start)) continue;
                if (s.AsSpan().IndexOfAny(TargetVerbs) < 0) continue; // no verb of Target(): skip its slow scan
                foreach (Match m in Target().Matches(s))
                {
                    var name = CleanSubject(m.Groups["name"].Value);
                    if (name.Count(CjkText.IsCjk) < 3) continue;
                    var value = m.Groups["value"].Value;
                    var verb = m.Groups["verb"].Value;
                    var target = verb switch
                    {
                        "接近" => "接近" + value,
                        "年均增长" or "年均提高" => "年均增长" + value,
                        "不低于" or "不少于" or "超过" or "突破" or "不高于" or "不超过" => verb + value,
                        _ => value,
                    };
                    var row = new IndicatorRow
                    {
                        Name = name, Target = target, Source = RowSource.Text, TableKind = TableKind.Target,
                        LineStart = para.LineStart, LineEnd = para.LineEnd,
                        TargetYear = Year().Match(s) is { Success: true } y ? int.Parse(y.Groups[1].Value) : null,
                        Note = s.Length > 200 ? s[..200] : s,
                    };
                    var unit = m.Groups["unit"].Value;
                    row.Unit = unit.Length > 0 ? unit : null;
                    var link = FindLink(name, linkable);
                    if (link is not null) { row.LinkedLine = link.LineStart; row.Table = link.Table; row.Unit ??= link.Unit; }
                    row.Parsed = TargetParser.Parse(target, row.Unit, name);
                    result.Add(row);
                }
            }
        }
        return result;
    }

    /// <summary>The table row whose name matches (equal, or one containing the other) — target tables first.</summary>
    public static IndicatorRow? FindLink(string name, IReadOnlyList<IndicatorRow> rows) => FindLink(name, Linkable(rows));

    /// <summary>The target-table rows a prose target may link to, each with its comparison key — computed once per plan,
    /// not once per prose target and row (two regular expressions per pair made linking grow with the square of the
    /// plan's size).</summary>
    private static List<(IndicatorRow Row, string Key)> Linkable(IReadOnlyList<IndicatorRow> rows) =>
        rows.Where(r => r.Source == RowSource.Table && r.TableKind == TableKind.Target)
            .Select(r => (r, Key(r.Name))).Where(x => x.Item2.Length >= 3).ToList();

    private static IndicatorRow? FindLink(string name, List<(IndicatorRow Row, string Key)> linkable)
    {
        var key = Key(name);
        IndicatorRow? best = null;
        int bestScore = 0;
        foreach (var (r, k) in linkable)
        {
            int shorter = Math.Min(k.Length, key.Length), longer = Math.Max(k.Length, key.Length);
            int score = k == key ? 3 : (key.Contains(k) || k.Contains(key)) && shorter >= 4 && shorter * 10 >= longer * 6 ? 2 : 0;
            if (score == 0) continue;
            if (score > bestScore) { best = r; bestScore = score; }
        }
        return best;
    }

    /// <summary>Comparison key: punctuation and spaces dropped, R&amp;D synonyms unified.</summary>
    public static string Key(string s)
    {
        var k = KeyPunctuation().Replace(s.Replace('＆', '&'), "");
        k = RandD().Replace(k, "R&D");
        return k.Replace("R&DR&D", "R&D").Replace("地区生产总值", "GDP").Replace("生产总值", "GDP");
    }

    private static string CleanSubject(string s)
    {
        s = SubjectPrefix().Replace(s, "");
        s = SubjectSuffix().Replace(s, "");
        int close = Math.Max(s.LastIndexOf('）'), s.LastIndexOf(')'));
        if (close >= 0 && s.IndexOfAny(['（', '(']) < 0) s = s[(close + 1)..]; // a bracket opened before the subject
        return s.Trim();
    }

    [GeneratedRegex(@"[^。；！]+[。；！]?")]
    private static partial Regex Sentence();
    [GeneratedRegex(@"(?:到|至)\s*20\d\d\s*年|力争|“十[四五六]五”(?:末|期末|期间|时期)|期末|预计")]
    private static partial Regex Future();
    [GeneratedRegex(@"(20\d\d)\s*年")]
    private static partial Regex Year();
    [GeneratedRegex(@"(?:到|至)\s*(20\d\d)\s*年")]
    private static partial Regex FutureYear();
    [GeneratedRegex(@"主要目标|发展目标|目标任务|主要指标|奋斗目标")]
    private static partial Regex GoalHeading();
    [GeneratedRegex(@"回顾|完成情况|成就|远景")]
    private static partial Regex Review();
    [GeneratedRegex(@"(?<name>[^，,。；;：:、！？\s]{2,30}?)(?<verb>年均增长|年均提高|提高到|提升到|增加到|增长到|下降到|降低到|降至|达到|达|突破|超过|控制在|保持在|稳定在|接近|不低于|不少于|不高于|不超过)\s*(?<value>\d+(?:\.\d+)?\s*(?<unit>%|‰|个百分点|万亿元|亿元|万元/人|万元|元|亿美元|万人次|万人|万标准箱|万标箱|万吨标准煤|亿吨|万吨|万户|万平方米|平方公里|平方米|公里|万千瓦|千瓦|万辆|万亩|亩|万公顷|公顷|万个|个|件|家|条|所|张|人|岁|年|天|亿条)?(?:以上|以下|左右|以内)?)")]
    private static partial Regex Target();
    [GeneratedRegex(@"[\s（）()“”""、，]")]
    private static partial Regex KeyPunctuation();
    [GeneratedRegex("研究与试验发展经费|研究与试验发展|研发经费|研发|R&D经费|全社会研发")]
    private static partial Regex RandD();

    /// <summary>Every verb of <see cref="Target"/> (达 also stands for 达到): a sentence holding none has no target.</summary>
    private static readonly SearchValues<string> TargetVerbs = SearchValues.Create(
        ["年均增长", "年均提高", "提高到", "提升到", "增加到", "增长到", "下降到", "降低到", "降至", "达", "突破", "超过", "控制在", "保持在", "稳定在",
         "接近", "不低于", "不少于", "不高于", "不超过"], StringComparison.Ordinal);

    [GeneratedRegex(@"(?:分别|力争|均|将|要|需|按)+$")]
    private static partial Regex SubjectSuffix();
    [GeneratedRegex(@"^(?:(?:力争|确保|预计|争取|全面|基本|同时|其中|实现|并|使|将|到|至|在)|(?:到|至)?\d{4}年|“十[四五六]五”(?:末|期末|期间|时期)?|期末|末|全市|全区|全省|全县|我市|我区|年均|，)+")]
    private static partial Regex SubjectPrefix();
}
