using System.Globalization;
using System.Text.RegularExpressions;

namespace Lantu.Core.Indicators;

/// <summary>
/// Parses one cell (a target, growth or base value) into a <see cref="ParsedTarget"/>: numbers, ranges, bounds,
/// approximations, five-year totals, cumulative changes, relative and delegated targets, and "not available".
/// </summary>
public static partial class TargetParser
{
    /// <param name="text">The cell text.</param>
    /// <param name="unit">The row's unit (used when the cell prints none).</param>
    /// <param name="name">The indicator's name (used to infer the desired direction).</param>
    /// <param name="annual">True when the cell comes from an annual-growth column.</param>
    public static ParsedTarget Parse(string text, string? unit = null, string? name = null, bool annual = false)
    {
        // A footnote mark (60.6* = 2019 data, ① …) belongs to the table's notes, not to the value.
        var t = FootnoteMark().Replace(Normalize(text), "");
        var p = new ParsedTarget { Text = text.Trim(), Annual = annual };
        Classify(t, p);
        if (p.Unit is null && p.Kind is not (TargetKind.NotAvailable or TargetKind.Relative or TargetKind.Delegated or TargetKind.Text))
            p.Unit = annual && p.Kind != TargetKind.Cumulative ? "%" : unit;
        if (p.Unit is not null)
        {
            var (b, s) = Units.Normalize(p.Unit);
            p.BaseUnit = b;
            p.Scale *= s;
        }
        p.Direction = DirectionRules.Infer(name, p);
        return p;
    }

    private static void Classify(string t, ParsedTarget p)
    {
        if (t.Length == 0 || NotAvailable().IsMatch(t)) { p.Kind = TargetKind.NotAvailable; return; }

        if (t.StartsWith("年均增长") || t.StartsWith("年均增速") || t.StartsWith("年均"))
        {
            p.Annual = true;
            t = t[(t.StartsWith("年均增长") || t.StartsWith("年均增速") ? 4 : 2)..];
        }

        // [60], [0.8], [2.8万以上], [5以上]
        var br = Bracketed().Match(t);
        if (br.Success)
        {
            var inner = br.Groups[1].Value;
            var sub = new ParsedTarget();
            Classify(inner, sub);
            Copy(sub, p);
            p.Cumulative = true;
            if (p.Kind == TargetKind.Number) p.Kind = TargetKind.Cumulative;
            return;
        }

        // Delegated: 完成省下达任务, 控制在市下达指标内, 不低于省下达指标 (216.7)
        var dl = Delegated().Match(t);
        if (dl.Success)
        {
            p.Kind = TargetKind.Delegated;
            p.Reference = dl.Groups["who"].Value + "下达";
            p.ChangeKind = t.Contains("控制") ? "control" : "complete";
            var hint = Hint().Match(t);
            if (hint.Success) { var sub = new ParsedTarget(); Classify(hint.Groups[1].Value, sub); p.Value = sub.Value ?? sub.Min ?? sub.Max; p.Comparator = sub.Comparator; p.Unit = sub.Unit; p.Cumulative = sub.Cumulative; }
            return;
        }

        // A trailing parenthetical hint (原:1.2以下), (统计口径变化), (2016年): parse what precedes it.
        var tail = TrailingHint().Match(t);
        if (tail.Success && tail.Index > 0)
        {
            var sub = new ParsedTarget { Annual = p.Annual };
            Classify(t[..tail.Index], sub);
            if (sub.Kind != TargetKind.Text) { Copy(sub, p); p.Cumulative = sub.Cumulative; p.Annual = sub.Annual; return; }
        }

        // Relative
        if (Same().IsMatch(t)) { p.Kind = TargetKind.Relative; p.ChangeKind = "same"; p.Reference = "基期水平"; return; }
        var st = InStep().Match(t);
        if (st.Success) { p.Kind = TargetKind.Relative; p.ChangeKind = "in_step"; p.Reference = st.Groups[1].Value; return; }

        // Cumulative change: 累计提高3个百分点, 累计下降12%, 提高到21.6%, 提高3个百分点, 下降10%
        var ch = Change().Match(t);
        if (ch.Success)
        {
            var verb = ch.Groups["verb"].Value;
            bool to = ch.Groups["to"].Success;
            SetNumber(p, ch.Groups["n"].Value, ch.Groups["u"].Value);
            if (to)
            {
                p.Kind = TargetKind.Number; // 提高到21.6%: a level
                p.Direction = verb is "提高" or "提升" or "增加" or "增长" ? Direction.Higher : Direction.Lower;
            }
            else
            {
                p.Kind = TargetKind.Change;
                p.ChangeKind = verb is "提高" or "提升" or "增加" or "增长" ? "increase" : "decrease";
                p.Cumulative = ch.Groups["cum"].Success || !p.Annual;
            }
            ApplySuffix(p, ch.Groups["suffix"].Value);
            return;
        }

        // Bounds with words: 不低于10%, 不高于全省平均水平, 不超过, 超过, 高于, 低于
        var bw = BoundWord().Match(t);
        if (bw.Success)
        {
            p.Kind = TargetKind.Bound;
            var w = bw.Groups["w"].Value;
            p.Comparator = w switch { "不低于" or "不少于" => ">=", "不高于" or "不超过" or "不多于" => "<=", "超过" or "高于" or "大于" or "突破" => ">", _ => "<" };
            var rest = bw.Groups["rest"].Value;
            var num = Num().Match(rest);
            if (num.Success && num.Index == 0) { SetNumber(p, num.Groups["n"].Value, num.Groups["u"].Value); SetBound(p); }
            else p.Reference = rest;
            return;
        }

        // Symbol bounds: >97.5, ≥5, <0.035, ≤
        var bs = BoundSymbol().Match(t);
        if (bs.Success)
        {
            p.Kind = TargetKind.Bound;
            p.Comparator = bs.Groups["op"].Value switch { ">" or "＞" => ">", "≥" or ">=" or "＞＝" => ">=", "<" or "＜" => "<", _ => "<=" };
            SetNumber(p, bs.Groups["n"].Value, bs.Groups["u"].Value);
            SetBound(p);
            return;
        }

        // Approx: 接近3.0%, 约3, 3.0左右
        var ap = ApproxPrefix().Match(t);
        if (ap.Success) { p.Kind = TargetKind.Approx; p.Comparator = "~"; SetNumber(p, ap.Groups["n"].Value, ap.Groups["u"].Value); return; }
        var ap2 = ApproxSuffix().Match(t);
        if (ap2.Success) { p.Kind = TargetKind.Approx; p.Comparator = "~"; SetNumber(p, ap2.Groups["n"].Value, ap2.Groups["u"].Value); return; }

        // Range: 7-7.5, 800-900, 7%～8%
        var rg = Range().Match(t);
        if (rg.Success)
        {
            p.Kind = TargetKind.Range;
            p.Min = Double(rg.Groups["a"].Value);
            p.Max = Double(rg.Groups["b"].Value);
            var u = rg.Groups["u"].Value.Length > 0 ? rg.Groups["u"].Value : rg.Groups["ua"].Value;
            if (u.Length > 0) p.Unit = u;
            return;
        }

        // Number with optional suffix: 97以上, 4.0以下, 12.5万, 6%, 0.076万吨
        var nm = NumberWithSuffix().Match(t);
        if (nm.Success)
        {
            SetNumber(p, nm.Groups["n"].Value, nm.Groups["u"].Value);
            p.Kind = TargetKind.Number;
            ApplySuffix(p, nm.Groups["suffix"].Value);
            return;
        }

        // A figure followed by a softer aim: ＞7、力争投入强度高于"十三五"时期实际 → the figure is the target.
        var head = SecondaryClause().Match(t);
        if (head.Success)
        {
            var sub = new ParsedTarget { Annual = p.Annual };
            Classify(head.Groups[1].Value, sub);
            if (sub.Kind is not (TargetKind.Text or TargetKind.NotAvailable)) { Copy(sub, p); p.Cumulative = sub.Cumulative; p.Annual = sub.Annual; return; }
        }

        p.Kind = TargetKind.Text;
    }

    private static void ApplySuffix(ParsedTarget p, string suffix)
    {
        switch (suffix)
        {
            case "以上": p.Kind = TargetKind.Bound; p.Comparator = ">="; SetBound(p); break;
            case "以下" or "以内": p.Kind = TargetKind.Bound; p.Comparator = "<="; SetBound(p); break;
            case "左右": p.Kind = TargetKind.Approx; p.Comparator = "~"; break;
        }
    }

    private static void SetBound(ParsedTarget p)
    {
        if (p.Comparator is ">" or ">=") p.Min = p.Value; else p.Max = p.Value;
    }

    private static void SetNumber(ParsedTarget p, string number, string unit)
    {
        p.Value = Double(number);
        if (!string.IsNullOrEmpty(unit))
        {
            // A bare magnitude (12.5万) scales the value but keeps the column's unit.
            if (unit is "万" or "亿" or "千" or "万亿") { p.Scale = Units.Normalize(unit).Scale; }
            else p.Unit = unit;
        }
    }

    private static void Copy(ParsedTarget from, ParsedTarget to)
    {
        to.Kind = from.Kind; to.Value = from.Value; to.Min = from.Min; to.Max = from.Max; to.Comparator = from.Comparator;
        to.Unit = from.Unit; to.Scale = from.Scale; to.ChangeKind = from.ChangeKind; to.Reference = from.Reference;
        to.Direction = from.Direction;
    }

    private static double Double(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>Full-width to ASCII digits and signs, spaces removed.</summary>
    public static string Normalize(string s)
    {
        var chars = s.Trim().Select(c => c switch
        {
            >= '０' and <= '９' => (char)(c - '０' + '0'),
            '．' => '.', '％' => '%', '［' or '【' or '〔' => '[', '］' or '】' or '〕' => ']', '～' or '~' or '—' when false => '-',
            '－' => '-', '（' => '(', '）' => ')',
            _ => c,
        });
        return new string(chars.ToArray()).Replace(" ", "").Replace("\u3000", "");
    }

    private const string N = @"(?<n>\d+(?:\.\d+)?)";
    private const string U = @"(?<u>%|‰|个百分点|百分点|万亿元|亿元|万元|元|亿美元|美元|万人次|万人|人次|人|万标箱|标箱|万吨|吨|万亩|亿条|万个|个|件|家|张|套|岁|年|天|次|项|条|所|座|平方公里|万平方米|平方米|亿立方米|万立方米|立方米|公里|千米|km|万千瓦|千瓦时|万户|户|万亿|万|亿|千)?";

    /// <summary>A note mark after a value: 60.6*, 3.2①, or a note number glued after a percent sign (60%2).</summary>
    [GeneratedRegex(@"(?<=\S)[*＊※\u2460-\u2473]+$|(?<=[%‰])\d{1,2}$")]
    private static partial Regex FootnoteMark();
    [GeneratedRegex(@"^([^、，,；;]+)[、，,；;]\s*(?:力争|争取|并|且|其中|确保)")]
    private static partial Regex SecondaryClause();
    [GeneratedRegex(@"^(?:[—–\-－\\/／]+|无|暂无|/|N/?A)$")]
    private static partial Regex NotAvailable();
    [GeneratedRegex(@"^\[(.+)\]$")]
    private static partial Regex Bracketed();
    [GeneratedRegex(@"(?<who>国家|[国省市区县])级?(?:下达|控制)|(?<who>上级)")]
    private static partial Regex Delegated();
    [GeneratedRegex(@"\(([^()]+)\)")]
    private static partial Regex Hint();
    [GeneratedRegex(@"\([^()]*\)$")]
    private static partial Regex TrailingHint();
    [GeneratedRegex(@"^(?:基本)?(?:持平|保持稳定|维持现有水平(?:不变)?|保持现有水平|保持不变|稳定)$")]
    private static partial Regex Same();
    [GeneratedRegex(@"^与(.+?)(?:基本)?(?:同步|相适应|相协调)")]
    private static partial Regex InStep();
    [GeneratedRegex(@"^(?<cum>累计)?(?<verb>提高|提升|增加|增长|下降|降低|减少|减排)(?<to>到|至)?" + N + U + @"(?<suffix>以上|以下|左右)?$")]
    private static partial Regex Change();
    [GeneratedRegex(@"^(?<w>不低于|不少于|不高于|不超过|不多于|超过|高于|大于|突破|低于|小于|少于)(?<rest>.+)$")]
    private static partial Regex BoundWord();
    [GeneratedRegex(@"^(?<op>>=|<=|≥|≤|>|<|＞|＜)" + N + U + "$")]
    private static partial Regex BoundSymbol();
    [GeneratedRegex(@"^(?:接近|约|大约)" + N + U + "$")]
    private static partial Regex ApproxPrefix();
    [GeneratedRegex(@"^" + N + U + "左右$")]
    private static partial Regex ApproxSuffix();
    [GeneratedRegex(@"^(?<a>\d+(?:\.\d+)?)(?<ua>%)?(?:-|～|~|—|至|到)(?<b>\d+(?:\.\d+)?)(?<u>%|‰|亿元|万元|万人次|万人)?$")]
    private static partial Regex Range();
    [GeneratedRegex(@"^" + N + U + @"(?<suffix>以上|以下|以内)?$")]
    private static partial Regex NumberWithSuffix();
    [GeneratedRegex(N + U)]
    private static partial Regex Num();
}
