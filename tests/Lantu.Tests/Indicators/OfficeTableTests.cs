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

    /// <summary>Known gap (first run 0/41: no table found). LibreOffice gives the table equal column widths, so the
    /// two-row header wraps over four printed lines (指标名 / 称, 规划目 / 标, 完成情 / 况) and PdfTables puts a wrapped
    /// header fragment and the sub-header below it in one cell (况2020); no header row is then recognised. The data
    /// rows come out right apart from cells wrapped in the narrowest columns (848.0 / 4). Needs the header rows
    /// rebuilt from geometry the way data rows are.</summary>
    [Fact(Skip = "Known gap, see the summary: wrapped two-row header of a LibreOffice PDF table (docs/ACCURACY.md, issue 13)")]
    public void Review_table_in_the_pdf_libreoffice_prints()
    {
        using var dir = new Samples.TempDir();
        var docx = dir.File("fuzhou.docx");
        File.WriteAllBytes(docx, Docx());
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
