using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Lantu.Tests.Reading;

/// <summary>
/// A .docx holding an indicator table the way planning offices write one: every border drawn, narrow columns so
/// names, units and header cells wrap over two or three lines, a merged 类别 cell over several rows, and enough rows
/// to run over a page break, with the header row marked to repeat on each page or not.
/// </summary>
public static class PdfTableDocx
{
    public static readonly string[] Header = ["类别", "序号", "指标名称", "单位", "2020年基期值", "2025年目标值", "年均增长〔累计〕", "指标属性"];

    private static readonly int[] ColumnTwips = [900, 600, 2300, 1000, 1100, 1100, 1100, 900];

    private static readonly (string Name, string Unit, string Base, string Target, string Growth)[] Indicators =
    [
        ("地区生产总值增长率", "%", "3.6", "6左右", "—"),
        ("全员劳动生产率", "万元/人", "12.8", "16.5", "5.2"),
        ("常住人口城镇化率", "%", "61.4", "65", "〔3.6〕"),
        ("研究与试验发展经费投入强度", "%", "2.15", "2.6", "〔0.45〕"),
        ("每万人口高价值发明专利拥有量", "件", "6.3", "12", "〔5.7〕"),
        ("数字经济核心产业增加值占地区生产总值比重", "%", "7.8", "10", "〔2.2〕"),
        ("居民人均可支配收入增长", "%", "5.1", "与经济增长基本同步", "—"),
        ("城镇调查失业率", "%", "5.2", "<5.5", "—"),
        ("劳动年龄人口平均受教育年限", "年", "10.9", "11.3", "〔0.4〕"),
        ("每千人口拥有执业（助理）医师数", "人", "2.9", "3.2", "〔0.3〕"),
        ("基本养老保险参保率", "%", "91", "95", "〔4〕"),
        ("单位地区生产总值能源消耗降低", "%", "—", "完成省下达任务", "〔14〕"),
        ("单位地区生产总值二氧化碳排放降低", "%", "—", "完成省下达任务", "〔18〕"),
        ("地表水达到或好于Ⅲ类水体比例", "%", "85.7", "90", "〔4.3〕"),
        ("森林覆盖率", "%", "58.1", "58.5", "〔0.4〕"),
        ("粮食综合生产能力", "万吨", "145", ">145", "—"),
        ("全社会用电量", "亿千瓦时", "312.6", "420", "6.1"),
        ("能源综合生产能力", "万吨标准煤", "860", "1000", "3.1"),
    ];

    private static readonly string[] Categories = ["经济发展", "创新驱动", "民生福祉", "绿色生态", "安全保障"];

    /// <summary>The table rows as the Word reader gives them: the 类别 cell only in the first row it covers.</summary>
    /// <param name="copies">How many times the indicator list is repeated (with its numbers going on), to fill pages.</param>
    /// <param name="longNames">Names lengthened to five or six printed lines, so page breaks cut rows.</param>
    public static List<string[]> Rows(int copies, bool longNames = false)
    {
        var rows = new List<string[]>();
        int seq = 0;
        for (int copy = 0; copy < copies; copy++)
            for (int i = 0; i < Indicators.Length; i++)
            {
                var (name, unit, @base, target, growth) = Indicators[i];
                if (longNames) name += "（含县域、开发区和各类园区统计口径，按年度监测公报口径核算）";
                string category = i % 4 == 0 ? Categories[(copy * 5 + i / 4) % Categories.Length] : "";
                rows.Add([category, (++seq).ToString(CultureInfo.InvariantCulture), name, unit, @base, target, growth, i % 3 == 0 ? "约束性" : "预期性"]);
            }
        return rows;
    }

    /// <summary>A document: a title, a few paragraphs, the table (header + <paramref name="rows"/>), a closing paragraph.</summary>
    /// <param name="openSides">No left and right border (a common style in government documents: rules across,
    /// inner column rules only).</param>
    public static byte[] Build(IReadOnlyList<string[]> rows, bool repeatHeader, bool openSides = false)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var body = new Body();
            body.AppendChild(Para("某市国民经济和社会发展第十四个五年规划纲要"));
            body.AppendChild(Para("第一章　发展目标"));
            for (int i = 0; i < 6; i++)
                body.AppendChild(Para("锚定二〇三五年远景目标，综合考虑发展趋势和条件，坚持目标导向和问题导向相结合，坚持守正和创新相统一，今后五年经济社会发展要努力实现以下主要目标。"));
            body.AppendChild(Para("表1　“十四五”经济社会发展主要指标"));
            body.AppendChild(Table(rows, repeatHeader, openSides));
            body.AppendChild(Para("注：〔〕内为五年累计数。"));
            body.AppendChild(Para("第二章　发展环境"));
            main.Document = new Document(body);
            main.Document.Save();
        }
        return stream.ToArray();
    }

    private static Table Table(IReadOnlyList<string[]> rows, bool repeatHeader, bool openSides)
    {
        static BorderType Line<T>(bool drawn = true) where T : BorderType, new() =>
            new T { Val = drawn ? BorderValues.Single : BorderValues.None, Size = 4 };
        var table = new Table(new TableProperties(
            new TableBorders(Line<TopBorder>(), Line<LeftBorder>(!openSides), Line<BottomBorder>(), Line<RightBorder>(!openSides),
                Line<InsideHorizontalBorder>(), Line<InsideVerticalBorder>()),
            new TableLayout { Type = TableLayoutValues.Fixed }));
        table.AppendChild(new TableGrid(ColumnTwips.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));
        var header = new TableRow(Header.Select((h, c) => Cell(h, c, null)));
        if (repeatHeader) header.PrependChild(new TableRowProperties(new TableHeader()));
        table.AppendChild(header);
        foreach (var row in rows)
        {
            // The 类别 cell is merged down over the rows below it that have none, as Word stores a merged cell.
            var merge = row[0].Length > 0 ? new VerticalMerge { Val = MergedCellValues.Restart } : new VerticalMerge();
            table.AppendChild(new TableRow(row.Select((text, c) => Cell(text, c, c == 0 ? merge : null))));
        }
        return table;
    }

    /// <summary>A page laid out in a bordered two-column frame (a one-row table), each column holding
    /// <paramref name="paragraphs"/>: a layout, not a table of figures.</summary>
    public static byte[] Framed(IReadOnlyList<string> paragraphs)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            static BorderType Line<T>() where T : BorderType, new() => new T { Val = BorderValues.Single, Size = 4 };
            var table = new Table(new TableProperties(new TableBorders(Line<TopBorder>(), Line<LeftBorder>(), Line<BottomBorder>(),
                Line<RightBorder>(), Line<InsideHorizontalBorder>(), Line<InsideVerticalBorder>())));
            table.AppendChild(new TableGrid(new GridColumn { Width = "4500" }, new GridColumn { Width = "4500" }));
            table.AppendChild(new TableRow(
                new TableCell(paragraphs.Select(p => Para(p))), new TableCell(paragraphs.Select(p => Para(p)))));
            main.Document = new Document(new Body(Para("某县“十四五”规划纲要（摘要）"), table, Para("第二章　发展环境")));
            main.Document.Save();
        }
        return stream.ToArray();
    }

    private static TableCell Cell(string text, int column, VerticalMerge? merge)
    {
        var props = new TableCellProperties(new TableCellWidth { Width = ColumnTwips[column].ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
        if (merge is not null) props.AppendChild(merge);
        return new TableCell(props, Para(text));
    }

    private static Paragraph Para(string text) => new(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
}
