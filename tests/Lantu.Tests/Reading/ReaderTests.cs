using System.Text;
using Lantu.Core;
using Lantu.Core.Model;
using Lantu.Core.Reading;

namespace Lantu.Tests.Reading;

public class ReaderTests
{
    static ReaderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static string Text(string prefix) => File.ReadAllText(Samples.File(prefix), Encoding.UTF8);

    private static string Shape(StructuredPlan plan) => string.Join("\n",
        plan.AllNodes().Select(n => $"{n.Kind}|{n.Number}|{n.Title}|{n.Children.Count}")
            .Concat(plan.Boxes.Select(b => $"box|{b.Number}|{b.Title}|{string.Join(",", b.Items.Select(i => i.Name))}")));

    [Theory]
    [InlineData("gb18030")]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    [InlineData("utf-16le-nobom")]
    public void Every_text_encoding_gives_the_same_plan_as_utf8(string encoding)
    {
        var text = Text("000");
        byte[] bytes = encoding switch
        {
            "gb18030" => Encoding.GetEncoding("GB18030").GetBytes(text),
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
            "utf-16le" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            "utf-16be" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
            _ => Encoding.Unicode.GetBytes(text),
        };
        var doc = DocumentReader.Read(bytes, "plan.txt");
        Assert.StartsWith(encoding.Replace("-nobom", ""), doc.Encoding);
        var utf8 = Samples.Parsed("000");
        Assert.Equal(utf8.Source.ContentHash, doc.ContentHash);
        Assert.Equal(Shape(utf8), Shape(PlanParser.Parse(doc)));
    }

    [Fact]
    public void Gbk_text_is_detected_from_the_bytes_not_the_name()
    {
        var bytes = Encoding.GetEncoding("GB18030").GetBytes(Text("003"));
        var doc = DocumentReader.Read(bytes, "plan.docx"); // a misleading name
        Assert.Equal("gb18030", doc.Encoding);
        Assert.Equal(Samples.Parsed("003").Source.ContentHash, doc.ContentHash);
    }

    [Fact]
    public void A_docx_with_real_tables_gives_the_same_structure_as_the_text()
    {
        var lines = Text("002").Replace("\r\n", "\n").Split('\n');
        var docx = DocxBuilder.FromLines(lines);
        var doc = DocumentReader.Read(docx, "fuzhou.docx");
        Assert.Equal("docx", doc.Format);
        // The indicator table survives as rows of cells, not prose.
        Assert.Contains(doc.Lines, l => l.StartsWith("1\t地区生产总值\t\t亿元\t5777\t9000"));
        var fromDocx = PlanParser.Parse(doc);
        var fromText = Samples.Parsed("002");
        Assert.Equal(Shape(fromText), Shape(fromDocx));
        Assert.Equal(fromText.Metadata.Title, fromDocx.Metadata.Title);
        Assert.Equal(fromText.Metadata.DocumentNumber, fromDocx.Metadata.DocumentNumber);
    }

    [Fact]
    public void Random_bytes_are_refused_as_binary()
    {
        var bytes = new byte[4096];
        new Random(42).NextBytes(bytes);
        var e = Assert.Throws<DocumentReadException>(() => DocumentReader.Read(bytes, "noise.txt"));
        Assert.Contains("二进制", e.Message);
        Assert.Contains("noise.txt", e.Message);
    }

    [Fact]
    public void An_empty_file_is_refused()
    {
        Assert.Contains("为空", Assert.Throws<DocumentReadException>(() => DocumentReader.Read([], "empty.txt")).Message);
        Assert.Contains("没有文字", Assert.Throws<DocumentReadException>(() => DocumentReader.Read("\n \r\n"u8.ToArray(), "blank.txt")).Message);
    }

    [Fact]
    public void A_truncated_docx_is_refused_as_damaged()
    {
        var docx = DocxBuilder.FromLines(Text("004").Split('\n').Take(200));
        var truncated = docx[..(docx.Length / 2)];
        var e = Assert.Throws<DocumentReadException>(() => DocumentReader.Read(truncated, "cut.docx"));
        Assert.Contains("损坏", e.Message);
    }

    [Fact]
    public void A_legacy_doc_and_a_zip_that_is_not_word_are_named_as_such()
    {
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];
        Assert.Contains(".doc", Assert.Throws<DocumentReadException>(() => DocumentReader.Read(ole, "old.doc")).Message);
        using var zipStream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(zipStream, System.IO.Compression.ZipArchiveMode.Create, true))
            using (var w = new StreamWriter(zip.CreateEntry("hello.txt").Open())) w.Write("hi");
        var e = Assert.Throws<DocumentReadException>(() => DocumentReader.Read(zipStream.ToArray(), "archive.docx"));
        Assert.Contains("Word", e.Message);
    }

    [Fact]
    public void An_ofd_package_is_named_as_such_and_pointed_to_the_other_versions()
    {
        using var zipStream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(zipStream, System.IO.Compression.ZipArchiveMode.Create, true))
        {
            using (var w = new StreamWriter(zip.CreateEntry("OFD.xml").Open()))
                w.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\" DocType=\"OFD\" Version=\"1.0\"><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>");
            using (var w = new StreamWriter(zip.CreateEntry("Doc_0/Document.xml").Open())) w.Write("<ofd:Document xmlns:ofd=\"http://www.ofdspec.org/2016\"/>");
        }
        var e = Assert.Throws<DocumentReadException>(() => DocumentReader.Read(zipStream.ToArray(), "规划纲要.ofd"));
        Assert.Contains("OFD", e.Message);
        Assert.Contains("PDF", e.Message);
    }

    [Fact]
    public void Invalid_utf8_that_is_not_gb18030_either_is_refused()
    {
        byte[] bytes = [.. "规划"u8.ToArray(), 0x81, 0x20, 0x81, 0x7F, 0xFF, 0xFF];
        Assert.Throws<DocumentReadException>(() => DocumentReader.Read(bytes, "bad.txt"));
    }
}
