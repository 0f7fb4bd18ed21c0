using Lantu.Core.Indicators;
using Lantu.Core.Normalization;
using Lantu.Core.Reading;
using Lantu.Tests.Corpus;
using UglyToad.PdfPig;

namespace Lantu.Tests.Reading;

/// <summary>
/// The corpus PDFs whose tables are wider than the page (c08, c16): LibreOffice prints a glyph that starts just past
/// the page's right edge and drops the ones after it. What is printed past the edge is read; what is not printed
/// cannot be, and the tests say which is which.
/// </summary>
public class PdfPageEdgeTests
{
    private static string Path(string file) => System.IO.Path.Combine(CorpusManifest.Folder, "documents", file);

    [Fact]
    public void A_header_cell_cut_at_the_page_edge_still_names_the_growth_column()
    {
        var file = Path("c16-national-agri-modernization-14th.lo.pdf");
        // 年均增(5年累计): the 5 is printed past the edge (x 598.6 on a 595.3 pt page), its 年 is not printed at all.
        using (var pdf = PdfDocument.Open(file))
        {
            var page = pdf.GetPage(1);
            Assert.Contains(page.Letters, l => l.Value == "5" && l.StartBaseLine.X > page.CropBox.Bounds.Right);
            Assert.DoesNotContain(page.Letters, l => l.Value == "年" && l.StartBaseLine.X > page.CropBox.Bounds.Right);
        }
        var document = DocumentReader.ReadFile(file);
        Assert.Contains(document.Lines, l => l.EndsWith("\t年均增(5累计)", StringComparison.Ordinal));
        var table = IndicatorExtractor.ExtractTables(Normalizer.Normalize(document)).Single();
        Assert.Equal(7, table.Rows.Count);
        Assert.Equal(("高标准农田面积", "亿亩", "8", "10.75", "[2.75)"),
            (table.Rows[2].Name, table.Rows[2].Unit, table.Rows[2].Base, table.Rows[2].Target, table.Rows[2].Growth));
    }

    [Fact]
    public void Cells_cut_at_the_page_edge_keep_what_is_printed_and_nothing_more()
    {
        var file = Path("c08-shanghai-outline-14th-indicators.lo.pdf");
        using (var pdf = PdfDocument.Open(file))
        {
            // [成片:五年累计约110 零星:五年累计约20]: the text stops at 约 on both lines; the figures are not in the file.
            var text = string.Concat(pdf.GetPages().SelectMany(p => p.Letters).Select(l => l.Value));
            Assert.Contains("成片:五年累计约", text);
            Assert.DoesNotContain("约110", text);
        }
        var lines = DocumentReader.ReadFile(file).Lines;
        Assert.Contains(lines, l => l.EndsWith("\t[成片:五年累计约零星:五年累计约", StringComparison.Ordinal));
        // 求 is printed past the edge (x 598.6) and read; the closing ] is not printed.
        Assert.Contains(lines, l => l.EndsWith("\t[确保完成国家要求", StringComparison.Ordinal));
    }
}
