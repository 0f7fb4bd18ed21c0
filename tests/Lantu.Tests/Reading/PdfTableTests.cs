using Lantu.Core.Indicators;
using Lantu.Core.Normalization;
using Lantu.Core.Reading;
using Xunit.Abstractions;

namespace Lantu.Tests.Reading;

/// <summary>
/// Bordered tables in PDFs LibreOffice prints from a .docx (issue 13 item 3): the PDF must give the table exactly as
/// the Word reader gives the .docx it was printed from — header cells wrapped over lines (2020年 / 基期值,
/// 指标属 / 性), names and units wrapped (亿千瓦 / 时, 万吨标 / 准煤, 〔 / 0.45〕), short cells centred in tall rows,
/// rows of different heights, a merged 类别 cell, and the table running on over page breaks with its header repeated
/// on each page or not, and rows cut by a break.
/// </summary>
public class PdfTableTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_table_over_several_pages_reads_as_the_docx_it_was_printed_from(bool repeatHeader)
    {
        var docx = PdfTableDocx.Build(PdfTableDocx.Rows(copies: 4), repeatHeader);
        var (fromDocx, fromPdf, pages) = Read(docx);
        Assert.True(pages >= 3, $"the table should run over page breaks; it took {pages} page(s)");
        Assert.Equal(fromDocx, fromPdf);
        Assert.Equal(1 + 4 * 18, fromPdf.Count);
    }

    [Fact]
    public void Rows_cut_by_a_page_break_are_put_together_again()
    {
        var docx = PdfTableDocx.Build(PdfTableDocx.Rows(copies: 2, longNames: true), repeatHeader: false);
        var (fromDocx, fromPdf, pages) = Read(docx);
        Assert.True(pages >= 3, $"the table should run over page breaks; it took {pages} page(s)");
        Assert.Equal(fromDocx, fromPdf);
    }

    [Fact]
    public void A_table_without_left_and_right_borders_keeps_its_outer_columns()
    {
        var docx = PdfTableDocx.Build(PdfTableDocx.Rows(copies: 1), repeatHeader: true, openSides: true);
        var (fromDocx, fromPdf, _) = Read(docx);
        Assert.Equal(19, fromPdf.Count);
        Assert.Equal(fromDocx, fromPdf);
    }

    [Fact]
    public void A_frame_around_pages_of_text_is_not_read_as_a_table()
    {
        string[] paragraphs = [.. Enumerable.Range(1, 20).Select(i => $"第{i}条　坚持稳中求进工作总基调，推动高质量发展。")];
        using var dir = new Samples.TempDir();
        File.WriteAllBytes(dir.File("framed.docx"), PdfTableDocx.Framed(paragraphs));
        var lines = DocumentReader.ReadFile(LibreOffice.ConvertToPdf(dir.File("framed.docx"), dir.Path)).Lines;
        // Read as lines of text (the line reader's own way with two columns side by side), not as one table row
        // holding all twenty paragraphs of each column.
        Assert.DoesNotContain(lines, l => l.Contains('\t') && l.Length > 200);
        Assert.All(Enumerable.Range(1, 20), i => Assert.Contains(lines, l => l.Replace(" ", "").StartsWith($"第{i}条", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_indicator_table_of_the_pdf_is_the_one_of_the_docx()
    {
        var docx = PdfTableDocx.Build(PdfTableDocx.Rows(copies: 2), repeatHeader: true);
        using var dir = new Samples.TempDir();
        File.WriteAllBytes(dir.File("plan.docx"), docx);
        var pdf = LibreOffice.ConvertToPdf(dir.File("plan.docx"), dir.Path);
        var fromDocx = IndicatorExtractor.ExtractTables(Normalizer.Normalize(DocumentReader.Read(docx, "plan.docx"))).Single();
        var fromPdf = IndicatorExtractor.ExtractTables(Normalizer.Normalize(DocumentReader.ReadFile(pdf))).Single();
        Assert.Equal(36, fromDocx.Rows.Count);
        Assert.Equal(fromDocx.Rows.Select(r => r.ToString()), fromPdf.Rows.Select(r => r.ToString()));
        Assert.Equal("经济发展", fromPdf.Rows[0].Category);
        Assert.Equal(("全社会用电量", "亿千瓦时", "预期性"), (fromPdf.Rows[16].Name, fromPdf.Rows[16].Unit, fromPdf.Rows[16].Attribute));
    }

    /// <summary>The tab-separated lines (table rows) of the .docx and of the PDF LibreOffice prints from it, and
    /// how many pages the PDF has.</summary>
    private (List<string> Docx, List<string> Pdf, int Pages) Read(byte[] docx)
    {
        using var dir = new Samples.TempDir();
        File.WriteAllBytes(dir.File("table.docx"), docx);
        var pdfPath = LibreOffice.ConvertToPdf(dir.File("table.docx"), dir.Path);
        var fromDocx = Rows(DocumentReader.Read(docx, "table.docx").Lines);
        var pdf = DocumentReader.ReadFile(pdfPath);
        var fromPdf = Rows(pdf.Lines);
        foreach (var (d, p) in fromDocx.Zip(fromPdf).Where(x => x.First != x.Second).Take(5))
            output.WriteLine($"docx: {d}\npdf:  {p}");
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdfPath);
        // The table is one block: no page-break line inside it.
        int first = pdf.Lines.ToList().FindIndex(l => l.Contains('\t'));
        Assert.All(pdf.Lines.Skip(first).Take(fromPdf.Count), l => Assert.Contains("\t", l));
        return (fromDocx, fromPdf, document.NumberOfPages);
    }

    private static List<string> Rows(IEnumerable<string> lines) => lines.Where(l => l.Contains('\t')).ToList();
}
