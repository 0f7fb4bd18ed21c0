using System.Buffers;
using System.Text.RegularExpressions;
using Lantu.Core.Indicators.Shapes;
using Lantu.Core.Normalization;

namespace Lantu.Core.Indicators;

/// <summary>
/// Finds indicator tables: a caption (专栏 N / 表 N / …主要指标 / …主要目标) followed by a header that names an
/// indicator column and a year, target or attribute column; then the first shape in <see cref="TableShapes.All"/>
/// that recognises the layout there finds the body. Its thresholds are <see cref="TableLocatorOptions"/>.
/// </summary>
public static partial class TableLocator
{
    /// <summary>The document's indicator tables. <paramref name="planStart"/> is the plan's first year when known: a
    /// table whose years all precede it reviews the previous period (<see cref="ReviewByYears"/>).</summary>
    public static List<TableRegion> Locate(NormalizedDocument doc, TableLocatorOptions? options = null, int? planStart = null)
    {
        var o = options?.Checked() ?? TableLocatorOptions.Default;
        var regions = new List<TableRegion>();
        int n = doc.CleanLines.Count;
        for (int i = 1; i <= n; i++)
        {
            if (doc.TocLines.Contains(i)) continue;
            var line = doc.CleanLine(i);
            TableRegion? region;
            if (IsCaption(line, o)) region = TryRegion(doc, i, o);
            else if (IsBareHeader(doc, i, o) || IsBareCellLinesHeader(doc, i, o)) // a page may open with its table
                region = TryRegion(doc, i - 1, o) is { } r ? r with { Title = "", TitleLine = i } : null;
            else continue;
            if (region is null) continue;
            regions.Add(region);
            i = region.BodyEnd;
        }
        return ReviewByYears.Apply(doc, regions, planStart, o);
    }

    /// <summary>A header line with no caption above it: names the indicator column, a value column and a unit or
    /// attribute column or a second value column, and holds nothing else.</summary>
    private static bool IsBareHeader(NormalizedDocument doc, int i, TableLocatorOptions o)
    {
        var raw = Raw(doc, i);
        return IsBareHeaderText(raw) && HeaderReader.LooksLikeHeader(raw) && !CaptionAbove(doc, i, o);
    }

    /// <summary>A header of one label per line (text copied from a web page) with no caption above it.</summary>
    private static bool IsBareCellLinesHeader(NormalizedDocument doc, int i, TableLocatorOptions o)
    {
        var cell = CellLines.PipedCells.Strip(doc.CleanLine(i));
        if (HeaderReader.WithoutGloss(cell).AsSpan().IndexOfAny(FirstColumnWords) < 0) return false; // most lines: no label regex
        var first = HeaderReader.Tokens(cell);
        if (first is not [(LabelKind.Name or LabelKind.Seq or LabelKind.Category, _)]) return false;
        if (i > 1 && doc.CleanLine(i - 1).Trim().Length > 0 && IsBareCellLinesHeader(doc, i - 1, o)) return false; // starts above
        if (CellLines.CellLinesHeader.FindEnd(doc, i) is not int end) return false;
        var labels = CellLines.CellLinesHeader.Labels(doc, i, end);
        return IsBareHeaderText(string.Join(" ", labels)) && !CaptionAbove(doc, i, o);
    }

    private static bool IsBareHeaderText(string header)
    {
        if (HeaderReader.WithoutGloss(header).AsSpan().IndexOfAny(NameWords) < 0) return false; // most lines: no label regex
        var tokens = HeaderReader.Tokens(header);
        return tokens.Any(t => t.Kind == LabelKind.Name)
            && (tokens.Any(t => t.Kind is LabelKind.Unit or LabelKind.Attribute) ? tokens.Any(t => t.Kind is LabelKind.Value or LabelKind.Growth) : tokens.Count(t => t.Kind is LabelKind.Value or LabelKind.Growth) >= 2);
    }

    /// <summary>What every label of <see cref="HeaderReader.LabelToken"/>'s name group holds: a text without one of
    /// them has no indicator-name label (checked on every line before the label regex, which is far slower).</summary>
    private static readonly SearchValues<string> NameWords = SearchValues.Create(["指标", "项目", "主要内容"], StringComparison.Ordinal);

    /// <summary>The same for a name, sequence (序号) or category (类别) label.</summary>
    private static readonly SearchValues<string> FirstColumnWords =
        SearchValues.Create(["指标", "项目", "主要内容", "序号", "编号", "类别", "分类", "类型", "领域", "维度"], StringComparison.Ordinal);

    private static bool CaptionAbove(NormalizedDocument doc, int i, TableLocatorOptions o)
    {
        for (int j = i - 1; j >= Math.Max(1, i - o.CaptionReach); j--)
            if (IsCaption(doc.CleanLine(j), o)) return true; // handled from its caption
        return false;
    }

    public static bool IsCaption(string line, TableLocatorOptions? options = null)
    {
        var o = options ?? TableLocatorOptions.Default;
        var c = HeaderReader.Compact(line);
        if (c.Length < o.CaptionMinLength || c.Length > o.CaptionMaxLength || c.EndsWith('。')) return false;
        if (Caption().IsMatch(c)) return c.Contains("指标") || c.Contains("目标");
        // A comma (full-width, or a half-width one that parts no thousands) marks prose: a paragraph that names its
        // 主要指标 and wraps there in a printed page is no caption.
        return TitleWords().IsMatch(c) && !c.Contains('，') && !ProseComma().IsMatch(c);
    }

    [GeneratedRegex(@"\D,|,\D")]
    private static partial Regex ProseComma();

    /// <summary>The line with its tabs, leading and trailing ones included (they place the cells): the clean line
    /// (traditional characters folded, glued pinyin dropped) inside the source line's outer whitespace.</summary>
    public static string Raw(NormalizedDocument doc, int line)
    {
        var source = WordTag().Replace(doc.Source.Line(line), "").TrimEnd('\r');
        var clean = doc.CleanLine(line);
        if (clean.Length == 0) return source;
        var lead = source[..(source.Length - source.TrimStart(OuterSpace).Length)];
        var trail = source[source.TrimEnd(OuterSpace).Length..];
        return lead + clean + trail;
    }

    private static readonly char[] OuterSpace = [' ', '\u3000', '\u00A0', '\t', '\uFEFF', '\u200B'];

    private static TableRegion? TryRegion(NormalizedDocument doc, int captionLine, TableLocatorOptions o)
    {
        int n = doc.CleanLines.Count;
        // The header starts within the next few non-empty lines and names the indicator column.
        int seen = 0, headerStart = -1;
        for (int j = captionLine + 1; j <= n && seen < o.HeaderSearchLines; j++)
        {
            var raw = Raw(doc, j);
            if (raw.Trim().Length == 0) continue;
            var c = HeaderReader.Compact(raw);
            if (TableNumber().IsMatch(c)) continue; // 表1 on its own line belongs to the caption
            seen++;
            if (c.Length > o.ProseLength && !raw.Contains('\t')) return null; // prose, not a header
            if (IsCaption(doc.CleanLine(j), o)) return null; // the table's own caption follows (a heading named 主要目标)
            if (j == captionLine + 1 || seen == 1) headerStart = j;
            if (c.Contains("指标") || HeaderReader.Tokens(c).Any(t => t.Kind is LabelKind.Name or LabelKind.Seq or LabelKind.Category))
            {
                if (headerStart < 0) headerStart = j;
                break;
            }
            if (c.Length > o.ProseLength) return null; // a long tabbed line (a caption returned above)
            if (seen == o.HeaderSearchLines) return null;
        }
        if (headerStart < 0) return null;
        var title = captionLine < 1 || HeaderReader.Compact(doc.CleanLine(captionLine)) == "" ? "" : CleanTitle(doc.CleanLine(captionLine));
        var start = new TableStart(captionLine, headerStart, title);
        foreach (var shape in TableShapes.All)
            if (shape.TryLocate(doc, start, o) is { } region) return region;
        return null;
    }

    private static string CleanTitle(string s) => Regex.Replace(s.Trim(), @"\s+", " ");

    /// <summary>A row that carries values: an attribute (预期性/约束性) or a cell that is only a number.</summary>
    internal static bool IsDataRow(string line) =>
        line.Split('\t').Any(cell => FlatTableReader.IsAttr(cell.Trim()) || DataCell().IsMatch(cell.Trim()));

    [GeneratedRegex(@"^[\d.,%％＞>≥≤<~～\-—〔〕\[\]]*\d[\d.,%％]*$")]
    private static partial Regex DataCell();

    /// <summary>A table of the previous period's targets and results: its title or header speaks of 完成 or 执行情况.</summary>
    internal static bool IsReview(string title, string header) =>
        Regex.IsMatch(HeaderReader.Compact(title), "完成|实现情况|执行情况|评估")
        || Regex.IsMatch(HeaderReader.Compact(header), "完成|规划目标|实现情况|执行情况");

    /// <summary>A note, a heading, another caption, or a full-width prose line ends a flat table.</summary>
    public static bool EndsTable(string line, double wrapWidth, TableLocatorOptions? options = null)
    {
        var o = options ?? TableLocatorOptions.Default;
        var t = line.Trim();
        if (IsNote(t)) return true;
        if (Heading().IsMatch(t) || Heading().IsMatch(HeaderReader.Compact(t))) return true; // 第 三 章 letter-spaced
        if (EnumHeading().IsMatch(t)) return true;
        if (Caption().IsMatch(HeaderReader.Compact(t)) && IsCaption(t, o)) return true;
        bool spaced = t.Contains(' ');
        if (!spaced && t.Length >= Math.Max(o.ProseLineMinLength, wrapWidth * o.ProseLineWidthShare) && !t.Contains('\t')) return true;
        return false;
    }

    /// <summary>A table's number on a line of its own: 表1, 表 2-1, 附表1, 续表3.</summary>
    [GeneratedRegex(@"^续?(?:附表|表|专栏)[0-9一二三四五六七八九十]{1,3}(?:[-—－.．][0-9]{1,2})?(?:[(（]续[)）])?$|^续表$")]
    private static partial Regex TableNumber();
    [GeneratedRegex(@"^(?:专栏|附表|表)\s*[0-9０-９一二三四五六七八九十]*")]
    private static partial Regex Caption();
    [GeneratedRegex(@"主要(?:经济社会发展|发展)?(?:指标|目标)|指标体系|指标完成情况|发展指标$|主要指标$")]
    private static partial Regex TitleWords();
    /// <summary>A note under a table: 注：…, 备注1, 说明（…）, 注：①…, 资料来源：…, or a numbered footnote [1] 指….</summary>
    public static bool IsNote(string line) => NoteStart().IsMatch(line.Trim());

    [GeneratedRegex(@"^(?:(?:注|备注|说明|资料来源|数据来源)\s*[:：\d（(①]|[\[［]\d{1,2}[\]］]\s*[\u4e00-\u9fff].{5})")]
    private static partial Regex NoteStart();
    [GeneratedRegex(@"^第[一二三四五六七八九十百零〇\d]+[章节篇部分]")]
    private static partial Regex Heading();
    [GeneratedRegex(@"^[一二三四五六七八九十]+、\S{6,}")]
    private static partial Regex EnumHeading();
    [GeneratedRegex(@"\[(?:bookmark|footnoteRef)[^\]]*\]")]
    private static partial Regex WordTag();
}
