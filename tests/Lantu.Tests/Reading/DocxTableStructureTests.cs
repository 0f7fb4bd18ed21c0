using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Lantu.Core.Indicators;
using Lantu.Core.Normalization;
using Lantu.Core.Reading;
using V = DocumentFormat.OpenXml.Vml;

namespace Lantu.Tests.Reading;

/// <summary>
/// Word tables as real .docx files hold them (issue 13 item 3): the indicator table nested in a one-cell layout
/// table, a small table nested in a cell, a text box in a cell, rows and cells wrapped in content controls, rows
/// that leave out grid columns (w:gridBefore), and a table edited with track changes on (text deleted, inserted and
/// moved; a row deleted, a row inserted). The document is read as it now reads: every cell in its column, nothing
/// deleted, nothing twice.
/// </summary>
public class DocxTableStructureTests
{
    private static readonly string[] Header = ["序号", "指标名称", "单位", "2020年", "2025年", "属性"];

    private static readonly string[][] Rows =
    [
        ["1", "地区生产总值增长率", "%", "3.6", "6左右", "预期性"],
        ["2", "常住人口城镇化率", "%", "61.4", "65", "预期性"],
        ["3", "森林覆盖率", "%", "58.1", "58.5", "约束性"],
    ];

    [Fact]
    public void A_table_nested_in_a_layout_table_reads_as_the_table_alone()
    {
        var plain = Read(Body(Para("表1　主要指标"), Table(Header, Rows)));
        var framed = Read(Body(new Table(Borders(), new TableRow(new TableCell(Para("表1　主要指标"), Table(Header, Rows), Para(""))))));
        Assert.Equal(4, plain.Count(l => l.Contains('\t')));
        Assert.Equal(plain.Where(l => l.Length > 0), framed.Where(l => l.Length > 0));
    }

    [Fact]
    public void A_table_nested_in_a_cell_and_a_text_box_in_a_cell_keep_their_text_in_that_cell()
    {
        var nested = Table(["城镇", "农村"], [["3.2", "1.5"]]);
        var box = new Paragraph(new Run(new Picture(new V.Shape(new V.TextBox(new TextBoxContent(Para("含开发区")))))));
        var lines = Read(Body(Table(Header, [
            [Cell("1"), Cell("居民人均可支配收入增长"), Cell("%"), new TableCell(nested, Para("")), Cell("6.5"), Cell("预期性")],
            [Cell("2"), new TableCell(Para("常住人口城镇化率"), box), Cell("%"), Cell("61.4"), Cell("65"), Cell("预期性")],
        ])));
        Assert.Contains("1\t居民人均可支配收入增长\t%\t城镇 农村 3.2 1.5\t6.5\t预期性", lines);
        Assert.Contains("2\t常住人口城镇化率 含开发区\t%\t61.4\t65\t预期性", lines);
    }

    [Fact]
    public void Rows_and_cells_in_content_controls_and_rows_that_skip_grid_columns_keep_their_columns()
    {
        var sdtRow = new SdtRow(new SdtContentRow(Row(Rows[1])));
        var sdtCellRow = new TableRow(Cell("3"), new SdtCell(new SdtContentCell(Cell("森林覆盖率"))), Cell("%"), Cell("58.1"), Cell("58.5"), Cell("约束性"));
        // A note row indented by one grid column, spanning the rest.
        var note = new TableRow(new TableRowProperties(new GridBefore { Val = 1 }),
            new TableCell(new TableCellProperties(new GridSpan { Val = 5 }), Para("注：森林覆盖率为约束性指标。")));
        var lines = Read(Body(new Table(Borders(), Row(Header), Row(Rows[0]), sdtRow, sdtCellRow, note)));
        Assert.Equal(Rows.Select(r => string.Join('\t', r)), lines.Where(l => l.Contains('\t')).Skip(1).Take(3));
        Assert.Contains("\t注：森林覆盖率为约束性指标。\t\t\t\t", lines);
    }

    [Fact]
    public void A_table_edited_with_track_changes_reads_as_it_now_stands()
    {
        // Row 1: the target 5.5 deleted and 6左右 inserted; row 2 deleted; a row inserted; 森林 moved within its name.
        var changedTarget = new TableCell(new Paragraph(
            new DeletedRun(new Run(new DeletedText("5.5"))) { Author = "规划科", Id = "1" },
            new InsertedRun(new Run(new Text("6左右"))) { Author = "规划科", Id = "2" }));
        var deletedRow = Row(Rows[1]);
        deletedRow.PrependChild(new TableRowProperties(new Deleted { Author = "规划科", Id = "3" }));
        var insertedRow = Row(["4", "单位地区生产总值能源消耗降低", "%", "—", "〔14〕", "约束性"]);
        insertedRow.PrependChild(new TableRowProperties(new Inserted { Author = "规划科", Id = "4" }));
        var movedName = new TableCell(new Paragraph(
            new MoveFromRun(new Run(new Text("覆盖率"))) { Author = "规划科", Id = "5" },
            new Run(new Text("森林")),
            new MoveToRun(new Run(new Text("覆盖率"))) { Author = "规划科", Id = "6" }));
        var table = new Table(Borders(), Row(Header),
            new TableRow(Cell("1"), Cell("地区生产总值增长率"), Cell("%"), Cell("3.6"), changedTarget, Cell("预期性")),
            deletedRow,
            new TableRow(Cell("3"), movedName, Cell("%"), Cell("58.1"), Cell("58.5"), Cell("约束性")),
            insertedRow);
        var bytes = Docx(Body(Para("表1　主要指标"), table));

        var lines = DocumentReader.Read(bytes, "tracked.docx").Lines.Where(l => l.Contains('\t')).ToList();
        Assert.Equal([
            string.Join('\t', Header),
            "1\t地区生产总值增长率\t%\t3.6\t6左右\t预期性",
            "3\t森林覆盖率\t%\t58.1\t58.5\t约束性",
            "4\t单位地区生产总值能源消耗降低\t%\t—\t〔14〕\t约束性",
        ], lines);
        var rows = IndicatorExtractor.ExtractTables(Normalizer.Normalize(DocumentReader.Read(bytes, "tracked.docx"))).Single().Rows;
        Assert.Equal(["地区生产总值增长率", "森林覆盖率", "单位地区生产总值能源消耗降低"], rows.Select(r => r.Name));
        Assert.Equal("6左右", rows[0].Target);
    }

    private static List<string> Read(Body body) => [.. DocumentReader.Read(Docx(body), "table.docx").Lines];

    private static byte[] Docx(Body body)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            main.Document = new Document(new Body(Para("某市“十四五”规划纲要"), Para("第一章　发展目标")));
            foreach (var child in body.ChildElements) main.Document.Body!.AppendChild(child.CloneNode(true));
            main.Document.Body!.AppendChild(Para("第二章　发展环境"));
            main.Document.Save();
        }
        return stream.ToArray();
    }

    private static Body Body(params OpenXmlElement[] blocks) => new(blocks);

    private static Table Table(IReadOnlyList<string> header, IEnumerable<string[]> rows) =>
        new(new OpenXmlElement[] { Borders(), Row(header) }.Concat(rows.Select(Row)));

    private static Table Table(IReadOnlyList<string> header, IEnumerable<TableCell[]> rows) =>
        new(new OpenXmlElement[] { Borders(), Row(header) }.Concat(rows.Select(cells => new TableRow(cells))));

    private static TableProperties Borders() => new(new TableBorders(
        new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
        new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 }));

    private static TableRow Row(IEnumerable<string> cells) => new(cells.Select(Cell));

    private static TableCell Cell(string text) => new(Para(text));

    private static Paragraph Para(string text) => new(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
}
