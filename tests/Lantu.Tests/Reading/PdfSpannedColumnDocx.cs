using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Lantu.Tests.Reading;

/// <summary>
/// A .docx whose indicator table has a sub-row column (城市/农村) that only its later rows use: the header and the
/// first rows' name cell span it, so the first page prints no rule for it, and the pages after do. Right under the
/// table, with nothing between, a second table with other columns (as a review table and a target table are often
/// printed), so the two tables' borders touch.
/// </summary>
public static class PdfSpannedColumnDocx
{
    private static readonly int[] ColumnTwips = [700, 2600, 900, 1200, 1200, 1200];
    private static readonly int[] SecondTwips = [3300, 1500, 1500, 1500];

    private static readonly string[] Names =
        ["民政事业费支出（亿元）", "社会组织数（万个）", "各类优抚对象人数（万人）", "社会捐赠额（亿元）", "福利彩票销售额（亿元）", "社区服务中心（个）"];

    public static byte[] Build(int spanningRows, int groups, bool repeatHeader)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var table = NewTable(ColumnTwips);
            var header = new TableRow(Cell("序号", 700), Cell("主要项目和指标", 3500, span: 2), Cell("2005年", 1200), Cell("2010年", 1200), Cell("年均增长（%）", 1200));
            if (repeatHeader) header.PrependChild(new TableRowProperties(new TableHeader()));
            table.AppendChild(header);
            int seq = 0;
            for (int i = 0; i < spanningRows; i++)
                table.AppendChild(new TableRow(Cell(Seq(++seq), 700), Cell(Names[i % Names.Length], 3500, span: 2),
                    Cell(Figure(i, 1), 1200), Cell(Figure(i, 2), 1200), Cell(Figure(i, 3), 1200)));
            for (int g = 0; g < groups; g++)
            {
                seq++;
                foreach (var (part, first) in new[] { ("城市", true), ("农村", false) })
                    table.AppendChild(new TableRow(Cell(first ? Seq(seq) : "", 700, merge: first), Cell(first ? "最低生活保障人数（万人）" : "", 2600, merge: first),
                        Cell(part, 900), Cell(Figure(g, first ? 4 : 5), 1200), Cell(Figure(g, first ? 6 : 7), 1200), Cell(Figure(g, 8), 1200)));
            }
            table.AppendChild(new TableRow(Cell("注：[ ]内为五年累计数。", 7800, span: 6)));
            var second = NewTable(SecondTwips);
            second.AppendChild(new TableRow(Cell("主要项目和指标", 3300), Cell("2010年", 1500), Cell("2015年目标值", 1500), Cell("年均增长（%）", 1500)));
            second.AppendChild(new TableRow(Cell("社会组织数（万个）", 3300), Cell("44.6", 1500), Cell("60", 1500), Cell("6.1", 1500)));
            main.Document = new Document(new Body(Para("民政事业发展第十二个五年规划"), Para("表1　主要指标"), table, second, Para("第二章　主要任务")));
            main.Document.Save();
        }
        return stream.ToArray();
    }

    private static string Seq(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Figure(int row, int column) => ((row + 1) * 37.3 + column * 11.1).ToString("0.0", CultureInfo.InvariantCulture);

    private static Table NewTable(int[] twips)
    {
        static BorderType Line<T>() where T : BorderType, new() => new T { Val = BorderValues.Single, Size = 4 };
        var table = new Table(new TableProperties(
            new TableBorders(Line<TopBorder>(), Line<LeftBorder>(), Line<BottomBorder>(), Line<RightBorder>(),
                Line<InsideHorizontalBorder>(), Line<InsideVerticalBorder>()),
            new TableLayout { Type = TableLayoutValues.Fixed }));
        table.AppendChild(new TableGrid(twips.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));
        return table;
    }

    /// <summary>A cell; <paramref name="span"/> grid columns wide, or merged down (<paramref name="merge"/>: true
    /// starts the merge, false goes on with it).</summary>
    private static TableCell Cell(string text, int twips, int span = 1, bool? merge = null)
    {
        var props = new TableCellProperties(new TableCellWidth { Width = twips.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
        if (span > 1) props.AppendChild(new GridSpan { Val = span });
        if (merge is { } restart) props.AppendChild(restart ? new VerticalMerge { Val = MergedCellValues.Restart } : new VerticalMerge());
        return new TableCell(props, Para(text));
    }

    private static Paragraph Para(string text) => new(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
}
