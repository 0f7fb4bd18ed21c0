using Lantu.Core;
using Lantu.Core.Model;
using Lantu.Core.Reading;
using Lantu.Tests.Structure;

namespace Lantu.Tests.Reading;

/// <summary>A real PDF: the digital-Xiamen plan's paragraphs laid out by LibreOffice at its own line width,
/// read back through the text layer.</summary>
public class PdfTests
{
    [Fact]
    public void A_pdf_made_by_libreoffice_gives_the_same_outline_and_boxes()
    {
        using var dir = new Samples.TempDir();
        var text = Samples.Parsed("004");
        var docx = dir.File("digital-xiamen.docx");
        File.WriteAllBytes(docx, DocxBuilder.FromLines(text.Paragraphs.Select(p => p.Text)));
        var pdfPath = LibreOffice.ConvertToPdf(docx, dir.Path);

        var doc = DocumentReader.ReadFile(pdfPath);
        Assert.Equal("pdf", doc.Format);
        var plan = PlanParser.Parse(doc);
        var headings = plan.AllNodes().Where(n => n.Kind is "chapter" or "section").Select(n => (n.Number + n.Title).Replace(" ", ""));
        Assert.Equal(ExpectedHeadings.DigitalXiamen, headings);
        Assert.Equal(text.Boxes.Select(b => b.Number + b.Title), plan.Boxes.Select(b => b.Number + b.Title));
        Assert.Equal(new[] { "嘉庚创新实验室", "厦门大学国家集成电路产教融合创新平台" },
            plan.Boxes.Single(b => b.Number == "10").Items.Take(2).Select(i => i.Name));
        Assert.Equal("厦门市“十四五”数字厦门专项规划", plan.Metadata.Title);
    }

    [Fact]
    public void A_pdf_without_a_text_layer_or_truncated_is_refused()
    {
        using var dir = new Samples.TempDir();
        var docx = dir.File("short.docx");
        File.WriteAllBytes(docx, DocxBuilder.FromLines(["第一章 总则", "一、目标"]));
        var pdf = File.ReadAllBytes(LibreOffice.ConvertToPdf(docx, dir.Path));
        var e = Assert.Throws<DocumentReadException>(() => DocumentReader.Read(pdf[..(pdf.Length / 3)], "cut.pdf"));
        Assert.Contains("PDF", e.Message);
    }
}
