using System.Text.RegularExpressions;

namespace Lantu.Core.Indicators;

/// <summary>
/// Reads a header into a <see cref="TableSchema"/>. Labels are recognised by what they say (类别, 序号, 指标, 单位,
/// 2020年, 2025年目标, 年均增长, 规划目标, 完成情况, 属性 …), so extra columns are read by their header, not by position.
/// </summary>
public static partial class HeaderReader
{
    /// <summary>A header label token, recognised in header text with all whitespace removed.</summary>
    [GeneratedRegex(@"(?<cat>类别|分类|类型|一级指标|领域|维度)|(?<seq>序号|编号)|(?<attr>指标属性|属性)|(?<name>[二三]级指标|(?:主要|具体|发展|规划)?(?:项目[和及与、])?指标(?:名称|项目|内容|项)?|(?:主要|指标)?项目(?!名称|投资|建设|总投资|类[别型]|进度|地点|年限)|主要内容)|(?<unit>单位)|(?<status>完成情况|实现情况|执行情况|进展情况|进展评价|评价|备注)|(?<growth>(?:[“""]?十[一二三四五六]五[”""]?)?(?:年均|年平均)(?:增长率?|增幅|增速|增量|增)?(?:\(%\)|（%）)?(?:/?[\[〔【（(]?(?:五年|\d年?)?累计[\]〕】）)]?)?|/?[\[〔【](?:五年)?累计[\]〕】]|(?:五年|期间)累计)|(?<val>(?:[“""]?十[一二三四五六]五[”""]?)?(?:(?:19|20)\d{2}(?!\d)年?(?:基期值?|基数|现状值?|实绩|实际值?|完成值|实现值|目标值?|预计完成|预计|预期值?|规划目标|完成)?|规划目标|目标值?|预计完成|完成值|实现值|实际值?|现状值?|基期值?|绝对值|预期值?)(?:[（(](?:19|20)\d{2}年?[）)])?)")]
    public static partial Regex LabelToken();

    [GeneratedRegex(@"(\d{4})")]
    private static partial Regex Year();

    public static string Compact(string s) => Text.CjkText.WithoutWhiteSpace(s);

    /// <summary>A header cell without the explanation a reprint may add in brackets (2020年基期值(起始日期用作比较的数据)):
    /// a bracket of six or more characters holding no figure and no 累计.</summary>
    public static string WithoutGloss(string s) => Gloss().Replace(Compact(s), "");

    [GeneratedRegex(@"[（(](?![^（()）]*(?:累计|\d|%))[^（()）]{6,}[)）]")]
    private static partial Regex Gloss();

    /// <summary>Label tokens of a header text, in reading order.</summary>
    public static List<HeaderToken> Tokens(string headerText)
    {
        var list = new List<HeaderToken>();
        foreach (Match m in LabelToken().Matches(WithoutGloss(headerText)))
        {
            foreach (var (group, kind) in TokenGroups)
                if (m.Groups[group].Success) { list.Add(new HeaderToken(kind, m.Value)); break; }
        }
        return list;
    }

    /// <summary>The named groups of <see cref="LabelToken"/> and the kind each stands for, in the order they are tried.</summary>
    private static readonly (string Group, LabelKind Kind)[] TokenGroups =
    [
        ("cat", LabelKind.Category), ("seq", LabelKind.Seq), ("name", LabelKind.Name), ("unit", LabelKind.Unit),
        ("attr", LabelKind.Attribute), ("status", LabelKind.Status), ("growth", LabelKind.Growth), ("val", LabelKind.Value),
    ];

    /// <summary>Label tokens of a flat header given as lines: within a line, spaces separate columns (fragments
    /// such as "指 标" or "2020 年" are rejoined); across lines, a fragment continues the label above
    /// ("2025年" / "目标", "年均增" / "长（%）").</summary>
    public static List<HeaderToken> FlatTokens(IEnumerable<string> lines)
    {
        var words = new List<string>();
        foreach (var line in lines)
        {
            bool first = true;
            foreach (var w in line.Split((char[])[' ', '\t', '\u3000'], StringSplitOptions.RemoveEmptyEntries))
            {
                bool merge = false;
                if (words.Count > 0)
                {
                    var prev = words[^1];
                    bool fragment = LabelToken().Match(w) is not { Success: true, Index: 0 } || w[0] is '[' or '/' or '（' or '(';
                    if (Regex.IsMatch(prev, @"^\d{4}$") && w.StartsWith('年')) merge = true;
                    else if (fragment && (first || w.Length <= 3 || w[0] is '[' or '/' or '（' or '(')) merge = true;
                    else if (Regex.IsMatch(prev, @"^\d{4}年$") && (first
                        ? Regex.IsMatch(w, "^(目标|实绩|实际|预计|基期|规划目标|完成|预期)")
                        : Regex.IsMatch(w, "^(目标值?|实绩|实际值?|基期值?|预期值?)$"))) merge = true;
                }
                if (merge) words[^1] += w; else words.Add(w);
                first = false;
            }
        }
        // A word that holds no label by itself begins the next one ("一级" / "指标" → 一级指标).
        for (int i = 0; i + 1 < words.Count; i++)
            if (!LabelToken().IsMatch(words[i])) { words[i + 1] = words[i] + words[i + 1]; words.RemoveAt(i); i--; }
        return words.SelectMany(Tokens).ToList();
    }

    /// <summary>True when the text contains header words and no data (used to skip headers repeated after a page break).</summary>
    public static bool LooksLikeHeader(string text)
    {
        var c = WithoutGloss(text);
        if (c.Length == 0) return false;
        var rest = LabelToken().Replace(c, "");
        rest = Regex.Replace(rest, @"[“”""/\[\]（）()%、：:]", "");
        return rest.Length <= Math.Max(1, c.Length / 4) && LabelToken().IsMatch(c);
    }

    /// <summary>Builds the schema from a flat header: labels before 属性 are the columns, labels after it are the
    /// second header row (sub-columns of the spanning year columns).</summary>
    public static TableSchema FromFlat(IReadOnlyList<string> headerLines, bool review, int? planStart = null)
    {
        var tokens = FlatTokens(headerLines);
        int attr = tokens.FindIndex(t => t.Kind == LabelKind.Attribute);
        // Labels after 属性 are sub-labels of spanning columns only when 属性 closes the top row; an attribute column
        // before the unit or the values (序号 指标 属性 单位 2025年目标) is just another column.
        if (attr >= 0 && tokens.Skip(attr + 1).Any(t => t.Kind is LabelKind.Unit or LabelKind.Name or LabelKind.Seq or LabelKind.Category)) attr = -1;
        // The top row may end with a spanning label after 属性 (… 属性 “十四五”目标 / 2025年 年均[累计]) when no value
        // label stands before 属性.
        int topEnd = attr >= 0 && attr + 1 < tokens.Count && IsGroupLabel(tokens[attr + 1])
            && !tokens.Take(attr).Any(t => t.Kind is LabelKind.Value or LabelKind.Growth or LabelKind.Status)
            && tokens.Skip(attr + 2).Count(t => t.Kind is LabelKind.Value or LabelKind.Growth) >= 2 ? attr + 1 : attr;
        var top = attr >= 0 ? tokens.Take(topEnd + 1).ToList() : tokens;
        var subs = attr >= 0 ? tokens.Skip(topEnd + 1).Where(t => t.Kind is LabelKind.Value or LabelKind.Growth).Select(t => t.Text).ToList() : new List<string>();
        var groups = top.Select((t, i) => (t, i)).Where(x => x.t.Kind is LabelKind.Value || (x.t.Kind is LabelKind.Status && subs.Count > 0)).Select(x => x.i).ToList();
        // Sub-labels go two by two to the spanning columns, rightmost first when there are fewer than two per group.
        var subsOf = new Dictionary<int, List<string>>();
        if (subs.Count > 0 && groups.Count > 0)
        {
            int per = subs.Count >= 2 * groups.Count ? subs.Count / groups.Count : 2;
            int s = subs.Count;
            for (int g = groups.Count - 1; g >= 0 && s > 0; g--)
            {
                int take = Math.Min(per, s);
                subsOf[groups[g]] = subs.Skip(s - take).Take(take).ToList();
                s -= take;
            }
        }
        var labels = new List<(string Group, string Sub, LabelKind Kind, int Span)>();
        int spanId = 0;
        for (int i = 0; i < top.Count; i++)
        {
            if (subsOf.TryGetValue(i, out var ss))
            {
                spanId++;
                foreach (var sub in ss) labels.Add((top[i].Text, sub, top[i].Kind, spanId));
            }
            else labels.Add((top[i].Text, "", top[i].Kind, -1));
        }
        return Build(labels, review, planStart);
    }

    /// <summary>A label that can span sub-columns: a target or status without a year of its own (“十四五”目标, 规划目标,
    /// 完成情况).</summary>
    private static bool IsGroupLabel(HeaderToken token) =>
        token.Kind is LabelKind.Value or LabelKind.Status && !Year().IsMatch(token.Text);

    /// <summary>Builds the schema from tabbed header rows (one list of cells per header row).</summary>
    public static TableSchema FromRows(IReadOnlyList<IReadOnlyList<string>> rows, bool review, out IReadOnlyList<int> spans, int? planStart = null)
    {
        var top = rows[0].Select(WithoutGloss).ToList();
        var second = rows.Count > 1 ? rows[1].Select(WithoutGloss).ToList() : new List<string>();
        (top, second) = UnderSpanningCell(top, second);
        int width = Math.Max(top.Count, second.Count);
        // Align the first row to the second: a top cell spans the next column when the second row has more cells
        // and holds labels under both (Word output drops the covered cells of a horizontally merged cell).
        var group = new string[width];
        var spanOf = new int[width];
        int extra = second.Count - top.Count;
        int ti = 0, spanId = 0;
        string? lastTop = null;
        for (int j = 0; j < width; j++)
        {
            string sub = j < second.Count ? second[j] : "";
            bool prevSub = j > 0 && j - 1 < second.Count && second[j - 1].Length > 0;
            if (extra > 0 && sub.Length > 0 && prevSub && lastTop is not null && IsSpanningLabel(lastTop))
            {
                group[j] = lastTop; spanOf[j] = spanOf[j - 1]; extra--;
                continue;
            }
            string t = ti < top.Count ? top[ti] : "";
            ti++;
            if (t.Length == 0 && sub.Length > 0 && lastTop is not null && j > 0 && spanOf[j - 1] > 0)
            {
                group[j] = lastTop; spanOf[j] = spanOf[j - 1]; // empty covered cell of a merged header cell
                continue;
            }
            if (t.Length > 0 && sub.Length > 0) { spanId++; spanOf[j] = spanId; }
            group[j] = t;
            if (t.Length > 0) lastTop = t;
            if (t.Length == 0 && sub.Length == 0) spanOf[j] = 0;
        }
        var labels = new List<(string Group, string Sub, LabelKind Kind, int Span)>();
        for (int j = 0; j < width; j++)
        {
            string g = group[j] ?? "", s = j < second.Count ? second[j] : "";
            string label = s.Length > 0 ? s : g;
            var toks = Tokens(label.Length > 0 ? label : g);
            var kind = toks.Count > 0 ? toks[0].Kind : label.Length == 0 ? LabelKind.Empty : LabelKind.Other;
            if (s.Length > 0 && toks.Count > 0 && Tokens(g) is { Count: > 0 } gt && gt[0].Kind is LabelKind.Status && toks[0].Kind is LabelKind.Value)
                kind = LabelKind.Value;
            labels.Add((g, s, kind, spanOf[j] > 0 ? spanOf[j] : -1));
        }
        spans = labels.Select(l => l.Span).ToList();
        return Build(labels, review, planStart);
    }

    /// <summary>A second header row shorter than the first holds only the labels under a merged cell: a copied web page
    /// prints the cells that span both rows (序号, 指标, 单位, 属性) in the first row alone. Its labels go under the merged
    /// cell — the last target label (…目标), else the last value label — which is repeated over them, and the other
    /// columns get empty second-row labels, as Word's export leaves them.</summary>
    private static (List<string> Top, List<string> Second) UnderSpanningCell(List<string> top, List<string> second)
    {
        var subs = second.Where(c => c.Length > 0).ToList();
        if (subs.Count < 2 || subs.Count != second.Count || second.Count >= top.Count || !subs.All(LooksLikeHeader)) return (top, second);
        int at = top.FindLastIndex(t => IsSpanningLabel(t) && t.Contains("目标"));
        if (at < 0) at = top.FindLastIndex(IsSpanningLabel);
        if (at < 0) return (top, second);
        var newTop = top.Take(at).Concat(Enumerable.Repeat(top[at], subs.Count)).Concat(top.Skip(at + 1)).ToList();
        var newSecond = Enumerable.Repeat("", at).Concat(subs).Concat(Enumerable.Repeat("", top.Count - at - 1)).ToList();
        return (newTop, newSecond);
    }

    private static bool IsSpanningLabel(string label) =>
        Tokens(label) is { Count: > 0 } t && t[0].Kind is LabelKind.Value or LabelKind.Status;

    /// <summary>The columns' roles. <paramref name="planStart"/>, when given, is the first year of the plan a review
    /// table precedes: its latest year without 目标 is the value reached (2010年 in a 十二五 plan's review of 十一五).</summary>
    private static TableSchema Build(List<(string Group, string Sub, LabelKind Kind, int Span)> labels, bool review, int? planStart)
    {
        var years = labels.SelectMany(l => Year().Matches(l.Group + l.Sub).Select(m => int.Parse(m.Value))).Where(y => y is > 1990 and < 2100).ToList();
        int? maxYear = years.Count > 0 ? years.Max() : null;
        int? minYear = years.Count > 0 ? years.Min() : null;
        var cols = new List<TableColumn>();
        int? baseYear = null, targetYear = null;
        foreach (var (g, s, k0, span) in labels)
        {
            var kind = k0 == LabelKind.Status && s.Length > 0 ? LabelKind.Value : k0; // 完成情况 spanning 2020年 / 年均增长
            string label = s.Length > 0 ? $"{g}/{s}" : g;
            string full = g + s;
            int? year = Year().Match(s) is { Success: true } ys ? int.Parse(ys.Value) : Year().Match(g) is { Success: true } gs ? int.Parse(gs.Value) : null;
            bool prevPeriod = Regex.IsMatch(full, @"十[一二三四五六]五");
            bool growthSub = Regex.IsMatch(s, @"年均|增长|增幅|增速|累计");
            bool actualGroup = Regex.IsMatch(g, "完成|实际|实绩|实现|执行");
            bool targetGroup = Regex.IsMatch(g, "目标|预期");
            ColumnRole role;
            switch (kind)
            {
                case LabelKind.Category: role = ColumnRole.Category; break;
                case LabelKind.Seq: role = ColumnRole.Seq; break;
                case LabelKind.Name: role = cols.Any(c => c.Role == ColumnRole.Name) ? ColumnRole.SubName : ColumnRole.Name; break;
                case LabelKind.Unit: role = ColumnRole.Unit; break;
                case LabelKind.Attribute: role = ColumnRole.Attribute; break;
                case LabelKind.Status: role = s.Length == 0 ? ColumnRole.Note : ColumnRole.Extra; break;
                case LabelKind.Empty:
                    role = cols.Count > 0 && cols[^1].Role is ColumnRole.Name or ColumnRole.SubName ? ColumnRole.SubName : ColumnRole.Extra; break;
                case LabelKind.Growth or LabelKind.Value when growthSub || kind == LabelKind.Growth:
                    if (review) role = actualGroup && !targetGroup ? ColumnRole.Extra : ColumnRole.Growth;
                    else role = EarlierPeriod(full, maxYear) ? ColumnRole.Extra : ColumnRole.Growth;
                    break;
                case LabelKind.Value:
                    if (review)
                    {
                        if (targetGroup || (prevPeriod && Regex.IsMatch(full, "目标"))) role = ColumnRole.Target;
                        else if (year is not null && maxYear is not null && year < maxYear) role = ColumnRole.Base;
                        else if (actualGroup || Regex.IsMatch(full, "完成|实际|实绩|实现|预计")) role = ColumnRole.Actual;
                        else if (year is not null && year < planStart) role = ColumnRole.Actual;
                        else role = ColumnRole.Target;
                    }
                    else role = TargetTableRole(full, year, minYear, maxYear);
                    break;
                default: role = ColumnRole.Extra; break;
            }
            if (role == ColumnRole.Base && baseYear is null) baseYear = year;
            if (role == ColumnRole.Target && targetYear is null) targetYear = year;
            if (role is ColumnRole.Target && cols.FirstOrDefault(c => c.Role == ColumnRole.Target) is { } first)
                role = !review && year is not null && first.Year is not null && year != first.Year ? ColumnRole.FurtherTarget : ColumnRole.Extra;
            if (role is ColumnRole.Base && cols.Any(c => c.Role == ColumnRole.Base)) role = ColumnRole.Extra;
            if (role is ColumnRole.Actual && cols.Any(c => c.Role == ColumnRole.Actual)) role = ColumnRole.Extra;
            if (role is ColumnRole.Growth && cols.Any(c => c.Role == ColumnRole.Growth)) role = ColumnRole.Extra;
            cols.Add(new TableColumn(role, label) { Group = span, Year = year });
        }
        return new TableSchema { Columns = cols, Kind = review ? TableKind.Review : TableKind.Target, BaseYear = baseYear, TargetYear = targetYear ?? maxYear };
    }

    /// <summary>A label naming a five-year period (十三五年均增长) that ends before the table's latest year: the growth
    /// of the previous period, not the plan's (“十四五”目标 / 年均 in a table of 2025 targets is the plan's own).</summary>
    private static bool EarlierPeriod(string label, int? maxYear)
    {
        if (Period().Match(label) is not { Success: true } m) return false;
        int end = 2010 + 5 * ("一二三四五六".IndexOf(m.Groups[1].Value[0], StringComparison.Ordinal));
        return maxYear is null || end < maxYear;
    }

    [GeneratedRegex(@"十([一二三四五六])五")]
    private static partial Regex Period();

    /// <summary>A value column of a target table: a base when its label says so (基期, 现状, 实绩, 预计) or when it is
    /// the earliest of several unqualified years; otherwise a target (2025年, 2025年目标, 目标值（2035年）).</summary>
    private static ColumnRole TargetTableRole(string label, int? year, int? minYear, int? maxYear)
    {
        bool targetWord = Regex.IsMatch(label, "目标|预期|规划");
        if (!targetWord && Regex.IsMatch(label, "基期|基数|现状|实绩|实际|预计|完成")) return ColumnRole.Base;
        if (!targetWord && year is not null && year == minYear && minYear < maxYear) return ColumnRole.Base;
        return ColumnRole.Target;
    }
}
