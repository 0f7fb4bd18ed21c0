using Lantu.Core.Indicators;
using Lantu.Core.Normalization;
using Lantu.Core.Reading;
using Lantu.Tests.Corpus;
using Xunit.Abstractions;

namespace Lantu.Tests.Reading;

/// <summary>
/// Tables offices print without a full grid (issue 13 item 3): a 三线表 (rules above and under the header and under
/// the last row only), a table with no rules at all, and a wide table on a landscape page in a small font. LibreOffice
/// prints each from a .docx; the PDF must give the table exactly as the Word reader gives the .docx: the same rows,
/// the same cells, names wrapped over two lines joined, the 类别 cell in its column though most rows leave it empty.
/// </summary>
public class PdfRulelessTableTests(ITestOutputHelper output)
{
    private static readonly int[] Portrait = [900, 600, 2300, 1000, 1100, 1100, 1100, 900];

    [Theory]
    [InlineData(TableRules.ThreeLine)]
    [InlineData(TableRules.None)]
    public void A_table_without_vertical_rules_reads_as_the_docx(TableRules rules)
    {
        var docx = OfficeShapeDocx.Build(PdfTableDocx.Header, PdfTableDocx.Rows(copies: 1), Portrait, rules);
        var (fromDocx, fromPdf) = Read(docx);
        Assert.Equal(19, fromDocx.Count);
        Assert.Equal(fromDocx, fromPdf);
    }

    [Theory]
    [InlineData(TableRules.ThreeLine, false, true)]
    [InlineData(TableRules.None, false, true)]
    [InlineData(TableRules.ThreeLine, true, true)]
    [InlineData(TableRules.None, true, true)]
    [InlineData(TableRules.ThreeLine, true, false)]
    [InlineData(TableRules.None, true, false)]
    public void A_table_without_vertical_rules_over_page_breaks_reads_as_the_docx(TableRules rules, bool longNames, bool repeatHeader)
    {
        var rows = PdfTableDocx.Rows(copies: longNames ? 2 : 4, longNames);
        var docx = OfficeShapeDocx.Build(PdfTableDocx.Header, rows, Portrait, rules, repeatHeader: repeatHeader);
        var (fromDocx, fromPdf) = Read(docx);
        Assert.Equal(1 + rows.Count, fromDocx.Count);
        Assert.Equal(fromDocx, fromPdf);
    }

    [Theory]
    [InlineData(TableRules.ThreeLine)]
    [InlineData(TableRules.None)]
    public void A_wide_table_on_a_landscape_page_in_a_small_font_reads_as_the_docx(TableRules rules)
    {
        // 十四五 values year by year: fourteen columns, 8 pt.
        string[] header = ["类别", "序号", "指标名称", "单位", "2020年", "2021年", "2022年", "2023年", "2024年", "2025年目标", "年均增长〔累计〕", "指标属性", "责任单位", "备注"];
        var rows = PdfTableDocx.Rows(copies: 1).Select((r, i) => (string[])[r[0], r[1], r[2], r[3], r[4], Step(r[4], 1), Step(r[4], 2), Step(r[4], 3), Step(r[4], 4), r[5], r[6], r[7], i % 2 == 0 ? "市发展改革委" : "市统计局", i % 5 == 0 ? "按省考核口径" : ""]).ToList();
        int[] widths = [700, 500, 2600, 900, 800, 800, 800, 800, 800, 1200, 1100, 800, 1200, 1100];
        var docx = OfficeShapeDocx.Build(header, rows, widths, rules, landscape: true, halfPoints: 16);
        var (fromDocx, fromPdf) = Read(docx);
        Assert.Equal(19, fromDocx.Count);
        Assert.Equal(fromDocx, fromPdf);
    }

    [Theory]
    [InlineData(TableRules.ThreeLine)]
    [InlineData(TableRules.None)]
    public void Shanghais_indicator_table_without_vertical_rules_gives_the_rows_of_its_docx(TableRules rules)
    {
        // c08's twenty rows as 上海市 prints them (corpus expected/c08.txt): 序号 | 指标 | 单位 | 属性 | 2025年 | 年均[累计],
        // long names and a long target that wrap, a cell of two bracketed totals.
        string[] header = ["序号", "指标", "单位", "属性", "2025年目标", "年均〔累计〕"];
        var rows = CorpusManifest.Expected("c08").Rows.Select(r => r.Split('|'))
            .Select(f => (string[])[f[1], f[2], f[4], f[9], f[6], f[7]]).ToList();
        var docx = OfficeShapeDocx.Build(header, rows, [600, 3000, 1100, 900, 2200, 1500], rules);
        var (fromDocx, fromPdf) = Read(docx);
        Assert.Equal(21, fromDocx.Count);
        Assert.Equal(fromDocx, fromPdf);
        using var dir = new Samples.TempDir();
        File.WriteAllBytes(dir.File("plan.docx"), docx);
        var fromDocxRows = IndicatorExtractor.ExtractTables(Normalizer.Normalize(DocumentReader.Read(docx, "plan.docx"))).Single().Rows;
        var fromPdfRows = IndicatorExtractor.ExtractTables(Normalizer.Normalize(DocumentReader.ReadFile(LibreOffice.ConvertToPdf(dir.File("plan.docx"), dir.Path)))).Single().Rows;
        Assert.Equal(20, fromPdfRows.Count);
        Assert.Equal(fromDocxRows.Select(r => r.ToString()), fromPdfRows.Select(r => r.ToString()));
    }

    /// <summary>A plausible yearly value after a base value (the base itself when it is not a number).</summary>
    private static string Step(string @base, int years) =>
        double.TryParse(@base, System.Globalization.CultureInfo.InvariantCulture, out var v)
            ? (v * (1 + 0.02 * years)).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) : @base;

    private (List<string> Docx, List<string> Pdf) Read(byte[] docx)
    {
        using var dir = new Samples.TempDir();
        File.WriteAllBytes(dir.File("table.docx"), docx);
        var pdfPath = LibreOffice.ConvertToPdf(dir.File("table.docx"), dir.Path);
        var fromDocx = DocumentReader.Read(docx, "table.docx").Lines.Where(l => l.Contains('\t')).ToList();
        var lines = DocumentReader.ReadFile(pdfPath).Lines;
        var fromPdf = lines.Where(l => l.Contains('\t')).ToList();
        output.WriteLine($"rows identical to the docx's: {fromDocx.Zip(fromPdf).Count(p => p.First == p.Second)}/{fromDocx.Count} (pdf gives {fromPdf.Count})");
        foreach (var line in lines) output.WriteLine(line.Replace('\t', '|'));
        // The table is one block: no page-break line inside it.
        int first = lines.ToList().FindIndex(l => l.Contains('\t'));
        Assert.All(lines.Skip(first).Take(fromPdf.Count), l => Assert.Contains("\t", l));
        foreach (var (d, p) in fromDocx.Zip(fromPdf).Where(x => x.First != x.Second).Take(5))
            output.WriteLine($"docx: {d.Replace('\t', '|')}\npdf:  {p.Replace('\t', '|')}");
        return (fromDocx, fromPdf);
    }
}
