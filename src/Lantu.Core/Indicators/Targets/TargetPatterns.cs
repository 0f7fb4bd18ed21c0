using System.Globalization;
using System.Text.RegularExpressions;

namespace Lantu.Core.Indicators.Targets;

/// <summary>
/// The forms of target cell, tried in order; the first that matches and builds wins, and a cell none fits is
/// <see cref="TargetKind.Text"/>. Order matters where forms overlap: a bracket is read before what it holds, 下达
/// before the bound words it may contain, a trailing (hint) before the forms that would choke on it, and the
/// plain number last but one.
/// </summary>
public static partial class TargetPatterns
{
    public static IReadOnlyList<TargetPattern> All { get; } =
    [
        // [60], [0.8], [2.8万以上], [5以上]: a five-year total of whatever the brackets hold.
        new("bracketed total", Bracketed(), (m, cell) =>
        {
            var sub = cell.Classify(m.Groups[1].Value, keepAnnual: false);
            return cell.Adopt(sub) with { Cumulative = true, Kind = sub.Kind == TargetKind.Number ? TargetKind.Cumulative : sub.Kind };
        }),
        // 完成省下达任务, 控制在市下达指标内, 不低于省下达指标 (216.7): the figure in brackets is a hint.
        new("delegated", Delegated(), (m, cell) =>
        {
            var p = cell.Seed with
            {
                Kind = TargetKind.Delegated,
                Reference = m.Groups["who"].Value + "下达",
                ChangeKind = cell.Text.Contains("控制") ? ChangeKind.Control : ChangeKind.Complete,
            };
            if (Hint().Match(cell.Text) is not { Success: true } hint) return p;
            var sub = cell.Classify(hint.Groups[1].Value, keepAnnual: false);
            return p with { Value = sub.Value ?? sub.Min ?? sub.Max, Comparator = sub.Comparator, Unit = sub.Unit, Cumulative = sub.Cumulative };
        }),
        // (原:1.2以下), (统计口径变化), (2016年) after a value: read what precedes the brackets.
        new("trailing hint", TrailingHint(), (m, cell) =>
            m.Index > 0 && cell.Classify(cell.Text[..m.Index], keepAnnual: true) is { Kind: not TargetKind.Text } sub
                ? sub with { Text = cell.Seed.Text }
                : null),
        // 持平, 保持稳定, 维持现有水平.
        new("same as base", Same(), (_, cell) =>
            cell.Seed with { Kind = TargetKind.Relative, ChangeKind = ChangeKind.Same, Reference = "基期水平" }),
        // 与经济增长基本同步.
        new("in step", InStep(), (m, cell) =>
            cell.Seed with { Kind = TargetKind.Relative, ChangeKind = ChangeKind.InStep, Reference = m.Groups[1].Value }),
        // 累计提高3个百分点, 累计下降12%, 提高3个百分点, 下降10%; 提高到21.6% is a level.
        new("change", Change(), (m, cell) =>
        {
            bool up = m.Groups["verb"].Value is "提高" or "提升" or "增加" or "增长";
            var p = WithNumber(cell.Seed, m);
            p = m.Groups["to"].Success
                ? p with { Kind = TargetKind.Number, Direction = up ? Direction.Higher : Direction.Lower }
                : p with
                {
                    Kind = TargetKind.Change,
                    ChangeKind = up ? ChangeKind.Increase : ChangeKind.Decrease,
                    Cumulative = m.Groups["cum"].Success || !cell.Seed.Annual,
                };
            return WithSuffix(p, m.Groups["suffix"].Value);
        }),
        // 不低于10%, 不高于全省平均水平, 不超过, 超过, 高于, 低于.
        new("bound in words", BoundWord(), (m, cell) =>
        {
            var p = cell.Seed with
            {
                Kind = TargetKind.Bound,
                Comparator = m.Groups["w"].Value switch
                {
                    "不低于" or "不少于" => ">=",
                    "不高于" or "不超过" or "不多于" => "<=",
                    "超过" or "高于" or "大于" or "突破" => ">",
                    _ => "<",
                },
            };
            var rest = m.Groups["rest"].Value;
            return Num().Match(rest) is { Success: true, Index: 0 } num ? WithBound(WithNumber(p, num)) : p with { Reference = rest };
        }),
        // >97.5, ≥5, <0.035, ≤.
        new("bound symbol", BoundSymbol(), (m, cell) => WithBound(WithNumber(cell.Seed with
        {
            Kind = TargetKind.Bound,
            Comparator = m.Groups["op"].Value switch { ">" or "＞" => ">", "≥" or ">=" or "＞＝" => ">=", "<" or "＜" => "<", _ => "<=" },
        }, m))),
        // 接近3.0%, 约3.
        new("approx prefix", ApproxPrefix(), (m, cell) => WithNumber(cell.Seed with { Kind = TargetKind.Approx, Comparator = "~" }, m)),
        // 3.0左右.
        new("approx suffix", ApproxSuffix(), (m, cell) => WithNumber(cell.Seed with { Kind = TargetKind.Approx, Comparator = "~" }, m)),
        // 7-7.5, 800-900, 7%～8%.
        new("range", Range(), (m, cell) =>
        {
            var u = m.Groups["u"].Value.Length > 0 ? m.Groups["u"].Value : m.Groups["ua"].Value;
            var p = cell.Seed with { Kind = TargetKind.Range, Min = Double(m.Groups["a"].Value), Max = Double(m.Groups["b"].Value) };
            return u.Length > 0 ? p with { Unit = u } : p;
        }),
        // 97以上, 4.0以下, 12.5万, 6%, 0.076万吨.
        new("number", NumberWithSuffix(), (m, cell) =>
            WithSuffix(WithNumber(cell.Seed, m) with { Kind = TargetKind.Number }, m.Groups["suffix"].Value)),
        // ＞7、力争投入强度高于"十三五"时期实际: the figure before the softer aim is the target.
        new("figure then aim", SecondaryClause(), (m, cell) =>
            cell.Classify(m.Groups[1].Value, keepAnnual: true) is { Kind: not (TargetKind.Text or TargetKind.NotAvailable) } sub
                ? sub with { Text = cell.Seed.Text }
                : null),
    ];

    /// <summary>Classifies normalised cell text: "not available" first, then an annual prefix (年均增长7% is an annual
    /// rate whatever follows), then the patterns in order.</summary>
    public static ParsedTarget Classify(string text, ParsedTarget seed) => Read(text, seed).Target;

    /// <summary>The pattern that reads normalised cell text, with what it built; no pattern for "not available" and
    /// for text that none fits.</summary>
    public static (TargetPattern? Pattern, ParsedTarget Target) Read(string text, ParsedTarget seed)
    {
        if (text.Length == 0 || NotAvailable().IsMatch(text)) return (null, seed with { Kind = TargetKind.NotAvailable });
        if (AnnualPrefix().Match(text) is { Success: true } annual)
        {
            seed = seed with { Annual = true };
            text = text[annual.Length..];
        }
        var cell = new TargetCell(text, seed);
        foreach (var pattern in All)
            if (pattern.Regex.Match(text) is { Success: true } m && pattern.Build(m, cell) is { } target)
                return (pattern, target);
        return (null, seed with { Kind = TargetKind.Text });
    }

    /// <summary>The value of a match's n and u groups; a bare magnitude (12.5万) scales the value but keeps the column's unit.</summary>
    private static ParsedTarget WithNumber(ParsedTarget p, Match m)
    {
        p = p with { Value = Double(m.Groups["n"].Value) };
        var unit = m.Groups["u"].Value;
        if (unit.Length == 0) return p;
        return unit is "万" or "亿" or "千" or "万亿" ? p with { Scale = Units.Normalize(unit).Scale } : p with { Unit = unit };
    }

    /// <summary>以上, 以下/以内 and 左右 after a number make it a bound or an approximation.</summary>
    private static ParsedTarget WithSuffix(ParsedTarget p, string suffix) => suffix switch
    {
        "以上" => WithBound(p with { Kind = TargetKind.Bound, Comparator = ">=" }),
        "以下" or "以内" => WithBound(p with { Kind = TargetKind.Bound, Comparator = "<=" }),
        "左右" => p with { Kind = TargetKind.Approx, Comparator = "~" },
        _ => p,
    };

    /// <summary>A bound's value is its minimum (&gt;, &gt;=) or its maximum.</summary>
    private static ParsedTarget WithBound(ParsedTarget p) =>
        p.Comparator is ">" or ">=" ? p with { Min = p.Value } : p with { Max = p.Value };

    private static double Double(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);

    private const string N = @"(?<n>\d+(?:\.\d+)?)";
    private const string U = @"(?<u>%|‰|个百分点|百分点|万亿元|亿元|万元|元|亿美元|美元|万人次|万人|人次|人|万标箱|标箱|万吨|吨|万亩|亿条|万个|个|件|家|张|套|岁|年|天|次|项|条|所|座|平方公里|万平方米|平方米|亿立方米|万立方米|立方米|公里|千米|km|万千瓦|千瓦时|万户|户|万亿|万|亿|千)?";

    [GeneratedRegex(@"^(?:[—–\-－\\/／]+|无|暂无|/|N/?A)$")]
    private static partial Regex NotAvailable();
    [GeneratedRegex(@"^年均(?:增长|增速)?")]
    private static partial Regex AnnualPrefix();
    [GeneratedRegex(@"^([^、，,；;]+)[、，,；;]\s*(?:力争|争取|并|且|其中|确保)")]
    private static partial Regex SecondaryClause();
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
