using Lantu.Core.Reading;
using Xunit.Abstractions;

namespace Lantu.Tests.Reading;

/// <summary>
/// A bordered table whose first page prints no rule for a column its first rows' cells span (issue 13 item 3): the
/// PDF reader takes the table's columns from all its pages, so the first page's rows come out with the spanning
/// cell followed by an empty one, exactly as the Word reader gives the .docx, and the pages continue one table. A
/// second table printed right under it, its borders touching, stays a table of its own columns.
/// </summary>
public class PdfSpannedColumnTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_column_the_first_page_does_not_draw_reads_as_the_docx(bool repeatHeader)
    {
        using var dir = new Samples.TempDir();
        var docx = PdfSpannedColumnDocx.Build(spanningRows: 50, groups: 25, repeatHeader);
        File.WriteAllBytes(dir.File("table.docx"), docx);
        var pdfPath = LibreOffice.ConvertToPdf(dir.File("table.docx"), dir.Path);
        var fromDocx = DocumentReader.Read(docx, "table.docx").Lines.Where(l => l.Contains('\t')).ToList();
        var fromPdf = DocumentReader.ReadFile(pdfPath).Lines.Where(l => l.Contains('\t')).ToList();
        foreach (var (d, p) in fromDocx.Zip(fromPdf).Where(x => x.First != x.Second).Take(5))
            output.WriteLine($"docx: {d}\npdf:  {p}");
        using (var document = UglyToad.PdfPig.PdfDocument.Open(pdfPath))
            Assert.True(document.NumberOfPages >= 2, $"the table should run over a page break; it took {document.NumberOfPages} page(s)");
        // The shape the docx gives: the spanning name followed by an empty cell, six columns throughout.
        Assert.Equal("1\t民政事业费支出（亿元）\t\t48.4\t59.5\t70.6", fromDocx[1]);
        Assert.Equal(1 + 50 + 25 * 2 + 1 + 2, fromDocx.Count);
        Assert.Equal(fromDocx, fromPdf);
    }
}
