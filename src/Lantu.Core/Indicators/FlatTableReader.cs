using System.Text.RegularExpressions;
using Lantu.Core.Normalization;
using Lantu.Core.Text;

namespace Lantu.Core.Indicators;

/// <summary>
/// Reads PDF-flattened tables: cells separated by spaces, wrapped over several lines, categories printed one
/// character per line, units split over two lines (亿美/元), headers repeated after page breaks. Rows are
/// delimited by printed sequence numbers, by lines that read as a complete row, and by the 属性 cell that closes
/// a row; within a row, the name runs up to the unit, and the rest is split into value cells.
/// </summary>
public static partial class FlatTableReader
{
    /// <summary>A space-separated token; <see cref="Single"/> when it is alone on its line.</summary>
    public sealed record Tok(string Text, int Line, bool LineStart, bool Single);

    /// <summary>A row read from tokens.</summary>
    public sealed class ParsedTokens
    {
        public string? Seq;
        public string Name = "";
        /// <summary>Two name cells on one line (a parent and its first sub-indicator), when the name reads so.</summary>
        public string[]? NameParts;
        public string? Unit;
        public List<string> Cells = new();
        public List<string> Notes = new();
        public string? Attribute;
        public bool Complete;
    }

    public static (TableSchema Schema, List<RawRow> Rows) Read(NormalizedDocument doc, TableRegion region)
    {
        var headerLines = Enumerable.Range(region.HeaderStart, region.HeaderEnd - region.HeaderStart + 1)
            .Select(j => doc.CleanLine(j)).Where(l => l.Trim().Length > 0).ToList();
        var schema = HeaderReader.FromFlat(headerLines, region.Review, region.PlanStart);
        var headerSet = headerLines.Select(HeaderReader.Compact).ToHashSet();
        // Category fragments (经/济/发/展) are only looked for when the header has a category column.
        bool hasCategory = schema.Has(ColumnRole.Category);

        var rows = new List<RawRow>();
        List<Tok>? current = null;
        CategoryCell? category = null;
        bool catOpen = false, pageBreak = false, currentAfterBreak = false;
        int lastSeq = 0;

        void Finish()
        {
            if (current is null || current.Count == 0) { current = null; return; }
            var p = Parse(current, schema);
            var row = ToRow(schema, p, category, current);
            row.AfterPageBreak = currentAfterBreak;
            if (p.Seq is not null && int.TryParse(p.Seq, out var s)) lastSeq = s;
            if (row.Name.Length > 0 || row.HasValues) rows.Add(row);
            current = null;
        }

        for (int j = region.HeaderEnd + 1; j <= region.BodyEnd; j++)
        {
            var line = doc.CleanLine(j).Trim();
            if (line.Length == 0) continue;
            var compact = HeaderReader.Compact(line);
            if (PageNumber().IsMatch(compact)) continue;
            if (headerSet.Contains(compact) || (HeaderReader.Tokens(line).Count >= 3 && HeaderReader.LooksLikeHeader(line)))
            { pageBreak = true; continue; }
            var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var toks = words.Select((w, i) => new Tok(w, j, i == 0, words.Length == 1)).ToList();

            var parsedCurrent = current is null ? null : Parse(current, schema);
            bool complete = parsedCurrent is null || parsedCurrent.Complete;
            int expectedAfter = parsedCurrent?.Seq is { } cs && int.TryParse(cs, out var csn) ? csn : lastSeq;
            if (complete)
            {
                Finish();
                if (hasCategory && CategoryFragment().IsMatch(compact) && !IsAttr(compact))
                {
                    var frag = CellText.StripEnum(compact);
                    if (catOpen && category is not null) category.Text += frag;
                    else { Finish(); category = new CategoryCell { Text = frag }; catOpen = true; }
                    continue;
                }
                int lead = toks.Count >= 3 && CategoryFragment().IsMatch(toks[0].Text + toks[1].Text) && !IsAttr(toks[1].Text)
                    && StartsSeq(toks.Skip(2).ToList(), lastSeq) ? 2 : 1;
                if (hasCategory && toks.Count >= 2 && CategoryFragment().IsMatch(toks[0].Text) && !IsAttr(toks[0].Text)
                    && (StartsSeq(toks.Skip(lead).ToList(), lastSeq) || (pageBreak && category is not null && LineIsRow(toks.Skip(1).ToList(), schema))))
                {
                    // A category printed on the row's line: "经济发展 1.地区生产总值 …", or the rest of a merged
                    // category cell carried over a page break ("福祉 劳动年龄人口…").
                    var frag = CellText.StripEnum(string.Concat(toks.Take(lead).Select(t => t.Text)));
                    if (category is not null && (catOpen || (pageBreak && !StartsSeq(toks.Skip(lead).ToList(), lastSeq)))) category.Text += frag;
                    else category = new CategoryCell { Text = frag };
                    toks = toks.Skip(lead).Select((t, i) => t with { LineStart = i == 0 }).ToList();
                }
                Finish();
                current = new List<Tok>(toks);
                currentAfterBreak = pageBreak;
                catOpen = false;
            }
            else if (StartsSeq(toks, expectedAfter) || LineIsRow(toks, schema))
            {
                Finish();
                current = new List<Tok>(toks);
                currentAfterBreak = pageBreak;
                catOpen = false;
            }
            else current!.AddRange(toks);
            pageBreak = false;
        }
        Finish();
        return (schema, rows);
    }

    private static RawRow ToRow(TableSchema schema, ParsedTokens p, CategoryCell? category, List<Tok> toks)
    {
        var values = schema.ValueColumns;
        var row = new RawRow
        {
            Values = new string?[values.Count], Category = category, Seq = p.Seq, Name = p.Name, Unit = p.Unit,
            Attribute = p.Attribute, LineStart = toks[0].Line, LineEnd = toks[^1].Line, NameParts = p.NameParts,
        };
        row.Notes.AddRange(p.Notes);
        var cells = p.Cells;
        int n = values.Count, k = cells.Count;
        var primaries = Enumerable.Range(0, n).Where(i => values[i].IsPrimary).ToList();
        if (k >= n)
        {
            for (int i = 0; i < n; i++) row.Values[i] = cells[i];
            row.Notes.AddRange(cells.Skip(n));
        }
        else if (k == primaries.Count)
        {
            for (int i = 0; i < k; i++) row.Values[primaries[i]] = cells[i];
        }
        else for (int i = 0; i < k; i++) row.Values[i] = cells[i];
        return row;
    }

    private static bool StartsSeq(List<Tok> toks, int lastSeq)
    {
        var m = SeqToken().Match(toks[0].Text);
        if (!m.Success) return false;
        if (m.Groups[2].Length == 0 && (m.Groups[3].Length > 0 || toks.Count < 2 || !StartsWord(toks[1].Text))) return false;
        return int.Parse(m.Groups[1].Value) == lastSeq + 1;
    }

    /// <summary>True when the tokens alone make a row: a name of four or more characters, the unit where the table
    /// has a unit column, and at least one value.</summary>
    private static bool LineIsRow(List<Tok> toks, TableSchema schema)
    {
        if (toks.Count < 2) return false;
        var p = Parse(toks, schema);
        if (p.Seq is not null) return false;
        int cjk = p.Name.Count(CjkText.IsCjk);
        if (cjk < 4 || !CjkText.IsCjk(p.Name[0])) return false;
        if (schema.Has(ColumnRole.Unit) && p.Unit is null) return false;
        return p.Cells.Count >= 1;
    }

    /// <summary>Splits a row's tokens into sequence number, name, unit, value cells, notes and attribute.</summary>
    public static ParsedTokens Parse(List<Tok> input, TableSchema schema)
    {
        var toks = new List<Tok>(input);
        var p = new ParsedTokens();
        if (toks.Count == 0) return p;
        var m = SeqToken().Match(toks[0].Text);
        if (m.Success && (m.Groups[2].Length > 0 ? m.Groups[3].Length > 0 || toks.Count > 1 : m.Groups[3].Length == 0 && toks.Count > 1 && StartsWord(toks[1].Text)))
        {
            p.Seq = m.Groups[1].Value;
            var rest = m.Groups[3].Value;
            if (rest.Length > 0) toks[0] = toks[0] with { Text = rest };
            else toks.RemoveAt(0);
        }
        if (toks.Count == 0) return p;

        int attrAt = toks.FindIndex(t => IsAttr(t.Text));
        int limit = attrAt >= 0 ? attrAt : toks.Count;
        int nameEnd = -1, valueStart = -1;
        bool unitCol = schema.Has(ColumnRole.Unit);
        if (unitCol)
        {
            for (int u = 1; u < limit; u++)
            {
                if (u + 1 < limit && !toks[u + 1].LineStart && Units.IsUnit(toks[u].Text) && Units.IsUnit(toks[u].Text + toks[u + 1].Text))
                { nameEnd = u; p.Unit = toks[u].Text + toks[u + 1].Text; valueStart = u + 2; break; } // 亿吨 标准煤
                if (Units.IsUnit(toks[u].Text)) { nameEnd = u; p.Unit = toks[u].Text; valueStart = u + 1; break; }
                if (u + 1 < limit && toks[u + 1].LineStart && Units.IsUnit(toks[u].Text + toks[u + 1].Text))
                { nameEnd = u; p.Unit = toks[u].Text + toks[u + 1].Text; valueStart = u + 2; break; }
            }
        }
        if (nameEnd < 0)
        {
            nameEnd = limit;
            for (int u = 1; u < limit; u++)
            {
                if (IsValueLike(toks[u].Text)) { nameEnd = u; break; }
                if (!unitCol && Units.SplitNameUnit(toks[u - 1].Text).Unit is not null) { nameEnd = u; break; }
            }
            valueStart = nameEnd;
            if (unitCol && nameEnd < limit && Dash().IsMatch(toks[nameEnd].Text) && limit - nameEnd > 1)
            {
                p.Unit = toks[nameEnd].Text;
                valueStart = nameEnd + 1;
            }
        }
        p.Name = JoinTokens(toks.Take(nameEnd).ToList());
        if (nameEnd == 2 && !toks[1].LineStart && toks.Take(2).All(t => t.Text.Count(CjkText.IsCjk) >= 2) && !toks[0].Text.Any(char.IsAsciiLetter))
            p.NameParts = [toks[0].Text, toks[1].Text];
        if (p.Unit is null)
        {
            var (name, unit) = Units.SplitNameUnit(p.Name);
            if (unit is not null) { p.Name = name; p.Unit = unit; }
        }

        // Value cells.
        var cells = new List<(string Text, bool Single, int Line)>();
        for (int i = valueStart; i < toks.Count; i++)
        {
            var t = toks[i];
            if (IsAttr(t.Text)) { p.Attribute = t.Text; continue; }
            if (cells.Count > 0)
            {
                var prev = cells[^1];
                bool sameLine = prev.Line == t.Line;
                if (sameLine && VerbPrefix().IsMatch(prev.Text) && NumericStart().IsMatch(t.Text))
                { cells[^1] = (prev.Text + t.Text, prev.Single, t.Line); continue; }
                if (Suffix().IsMatch(t.Text)) { cells[^1] = (prev.Text + t.Text, prev.Single, t.Line); continue; }
                if (prev.Text.Count(c => c is '[' or '［') > prev.Text.Count(c => c is ']' or '］'))
                { cells[^1] = (prev.Text + t.Text, prev.Single, t.Line); continue; } // [5 以上]
                if (sameLine && t.Text[0] is '(' or '（' && !prev.Text.EndsWith(')') && !prev.Text.EndsWith('）'))
                { cells[^1] = (prev.Text + " " + t.Text, prev.Single, t.Line); continue; } // 1.4 (2016年)
                if (!sameLine && t.Single && prev.Single && !IsCompleteValue(prev.Text) && !Dash().IsMatch(t.Text))
                { cells[^1] = (CjkText.JoinWrapped(prev.Text, t.Text), true, t.Line); continue; }
                if (!sameLine && t.Single && ShortTail().IsMatch(t.Text) && CjkText.IsCjk(prev.Text[^1]))
                { cells[^1] = (prev.Text + t.Text, prev.Single, t.Line); continue; }
                if (!sameLine && t.Single && !prev.Single && VerbPrefix().IsMatch(prev.Text) && NumericStart().IsMatch(t.Text))
                { cells[^1] = (prev.Text + t.Text, prev.Single, t.Line); continue; }
            }
            cells.Add((t.Text, t.Single, t.Line));
        }
        foreach (var c in cells)
        {
            var text = CjkText.Compact(c.Text);
            if (text.Contains('，') || text.Contains('。')) p.Notes.Add(text);
            else p.Cells.Add(text);
        }
        int nValues = schema.ValueColumns.Count;
        p.Complete = schema.Has(ColumnRole.Attribute)
            ? p.Attribute is not null
            : p.Cells.Count >= nValues && !CjkText.IsCjk(p.Cells[^1][^1]);
        return p;
    }

    private static string JoinTokens(List<Tok> toks)
    {
        var s = "";
        for (int i = 0; i < toks.Count; i++)
        {
            if (i == 0) s = toks[i].Text;
            else if (toks[i].LineStart) s = CjkText.JoinWrapped(s, toks[i].Text);
            else s = s + " " + toks[i].Text;
        }
        return CjkText.Compact(s);
    }

    public static bool IsAttr(string t) => t is "预期性" or "约束性" or "预期" or "约束";

    private static bool StartsWord(string t) => t.Length > 0 && (CjkText.IsCjk(t[0]) || char.IsLetter(t[0]) || t[0] is '（' or '“' || DigitWord().IsMatch(t));

    /// <summary>A name that begins with a figure and letters: 5G基站, 4K超高清, 3D打印.</summary>
    [GeneratedRegex(@"^\d{1,2}[A-Za-z]+\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex DigitWord();

    /// <summary>Numbers, bounds, dashes, brackets, and target phrases (完成…, 控制在…, 累计…, 持平 …).</summary>
    public static bool IsValueLike(string t) =>
        IsAttr(t) || NumericStart().IsMatch(t) || Dash().IsMatch(t) || ValueWord().IsMatch(t);

    public static bool IsDash(string t) => Dash().IsMatch(t);

    private static bool IsCompleteValue(string t) => NumericStart().IsMatch(t) || Dash().IsMatch(t);

    [GeneratedRegex(@"^(?:[—–\-－]\d{1,4}[—–\-－]|第\d{1,4}页(?:共\d+页)?|\d{1,4}/\d{1,4})$")]
    private static partial Regex PageNumber();
    [GeneratedRegex(@"^(\d{1,3})([\.．、]?)(.*)$")]
    private static partial Regex SeqToken();
    [GeneratedRegex(@"^(?:[一二三四五六七八九十]+、)?\p{IsCJKUnifiedIdeographs}{0,4}$")]
    private static partial Regex CategoryFragment();
    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{1,2}$")]
    private static partial Regex ShortTail();
    [GeneratedRegex(@"^[\[［【>＞<＜≥≤]?[\d０-９]")]
    private static partial Regex NumericStart();
    [GeneratedRegex(@"^(?:[—–\-－\\/／]+|--)$")]
    private static partial Regex Dash();
    [GeneratedRegex(@"^(?:完成|控制|累计|提高|提升|下降|降低|减少|减排|增长|持平|与|不低于|不高于|不超过|维持|保持|接近|达到|力争|年均|约|低于|高于|超过|稳定|基本)")]
    private static partial Regex ValueWord();
    [GeneratedRegex(@"^(?:累计)?(?:提高|提升|下降|降低|减少|增长|增加|提高到|提升到|下降到|降低到|达到|不低于|不高于|不超过|超过|接近|约|年均增长)$")]
    private static partial Regex VerbPrefix();
    [GeneratedRegex(@"^(?:左右|以上|以下|以内)$")]
    private static partial Regex Suffix();
}
