using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Lantu.Core;
using Lantu.Core.Indicators;
using Lantu.Core.Normalization;
using Lantu.Core.Reading;
using Lantu.Core.Text;
using Lantu.Tests.Reading;
using Xunit.Abstractions;

namespace Lantu.Tests.Indicators;

/// <summary>
/// Issue 13 item 3: a review table (the previous period's targets against what was achieved) as a Word table and as
/// the PDF LibreOffice prints of it. The table is the Fuzhou plan's 表1 (41 rows, real figures): a two-row header
/// whose 指标名称, 规划目标 and 完成情况 cells span two columns, sub-indicators under a parent name, long names that
/// wrap in the PDF's narrow columns, rows of different heights, and a table that runs over onto the next page
/// without its header repeated. The page-break split of one parent cell in the sample's text
/// (主要污染物排放总 / 量减少) is one cell here, as Word holds it.
/// </summary>
public class OfficeTableTests(ITestOutputHelper output)
{
    private static readonly string[] Paragraphs =
        ["福州市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", "第一章　发展基础", "表1 福州市“十三五”经济社会发展主要指标完成情况", "第二章　发展环境"];

    private static List<string[]> TableRows()
    {
        var source = SamplePlans.Load("002").Doc.Source;
        var region = SamplePlans.Tables("002").Single(t => t.Region.TitleLine == 140).Region;
        var rows = new List<string[]>
        {
            new[] { "序号|v", "指标名称|s2", "单位|v", "2015年|v", "规划目标|s2", "完成情况|s2", "指标属性|v" },
            new[] { "|c", "", "", "|c", "|c", "2020年", "年均增长 [累计]", "2020年", "年均增长 [累计]", "|c" },
        };
        foreach (var line in Enumerable.Range(region.HeaderStart, region.BodyEnd - region.HeaderStart + 1).Select(source.Line))
        {
            if (!line.Contains('\t') || HeaderReader.LooksLikeHeader(line.Replace('\t', ' '))) continue;
            var cells = line.Split('\t').Select(c => c.Trim()).ToArray();
            if (cells[1] == "量减少") { cells[1] = ""; rows[^3][1] += "量减少"; } // one cell in Word
            rows.Add(cells);
        }
        return rows;
    }

    private static byte[] Docx() => DocxBuilder.WithTable(Paragraphs, tableAfter: 3, TableRows());

    /// <summary>The same document as an office suite writes it: every cell border drawn, and the table's grid of
    /// columns declared (w:tblGrid, which LibreOffice needs to lay cells spanning columns over the right columns).</summary>
    internal static byte[] AsOfficeWritesIt(byte[] docx)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var doc = WordprocessingDocument.Open(stream, true))
        {
            foreach (var table in doc.MainDocumentPart!.Document!.Body!.Elements<Table>())
            {
                var props = table.GetFirstChild<TableProperties>() ?? table.PrependChild(new TableProperties());
                props.AppendChild(new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
                    new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 }));
                int columns = table.Elements<TableRow>().Max(r => r.Elements<TableCell>()
                    .Sum(c => c.TableCellProperties?.GridSpan?.Val?.Value ?? 1));
                var grid = new TableGrid();
                for (int i = 0; i < columns; i++) grid.AppendChild(new GridColumn { Width = (9000 / columns).ToString(System.Globalization.CultureInfo.InvariantCulture) });
                props.InsertAfterSelf(grid);
            }
            doc.MainDocumentPart.Document.Save();
        }
        return stream.ToArray();
    }

    private IndicatorTable? Table(NormalizedDocument doc, string label)
    {
        var table = IndicatorExtractor.ExtractTables(doc).FirstOrDefault(t => t.Region.Title.Contains("完成情况"));
        var expected = ExpectedRows.Get("002", 140);
        var (exact, right, cells) = WebCopyTests.Score(table, expected);
        output.WriteLine($"{label}: rows {exact}/{expected.Length}, cells {right}/{cells}, extracted {table?.Rows.Count ?? 0}");
        return table;
    }

    [Fact]
    public void Review_table_in_a_docx()
    {
        var doc = Normalizer.Normalize(DocumentReader.Read(Docx(), "fuzhou.docx"));
        var table = Table(doc, "docx");
        Assert.NotNull(table);
        Assert.Equal(TableKind.Review, table.Schema.Kind);
        SamplePlans.AssertRows(table, ExpectedRows.Get("002", 140));
    }

    /// <summary>LibreOffice gives the table equal column widths, so the two-row header wraps over four printed lines
    /// (指标名 / 称, 规划目 / 标, 完成情 / 况), figures wrap in the narrowest columns (848.0 / 4), and the table runs on to a
    /// second page. With the cell borders drawn, the grid they make puts every piece of text in its cell (first run,
    /// before the grid was read: 0/41, no table found).</summary>
    [Fact]
    public void Review_table_in_the_pdf_libreoffice_prints()
    {
        using var dir = new Samples.TempDir();
        var docx = dir.File("fuzhou.docx");
        File.WriteAllBytes(docx, AsOfficeWritesIt(Docx()));
        var pdf = LibreOffice.ConvertToPdf(docx, dir.Path);
        var doc = Normalizer.Normalize(DocumentReader.ReadFile(pdf));
        var table = Table(doc, "pdf");
        Assert.NotNull(table);
        // PDF text keeps a space between Chinese and Latin (研发(R&D) 经费); compare names in the form search uses.
        var expected = ExpectedRows.Get("002", 140).Select(e => e.Split('|')).ToList();
        var actual = table.Rows.ToList();
        Assert.Equal(expected.Count, actual.Count);
        for (int i = 0; i < expected.Count; i++)
        {
            var e = expected[i].Select(CjkText.SearchForm).ToArray();
            var a = actual[i];
            Assert.Equal((e[2], e[3]), (CjkText.SearchForm(a.Name), CjkText.SearchForm(a.Parent ?? "")));
            Assert.Equal((e[1], e[4], e[5], e[6], e[7], e[8], e[9]),
                (a.Seq, a.Unit ?? "", CjkText.SearchForm(a.Base ?? ""), CjkText.SearchForm(a.Target ?? ""), CjkText.SearchForm(a.Growth ?? ""), CjkText.SearchForm(a.Actual ?? ""), a.Attribute ?? ""));
        }
    }
}
