using Lantu.Core;
using Lantu.Core.Indicators;
using Lantu.Core.Reading;

namespace Lantu.Tests.Reading;

/// <summary>Word 97-2003 .doc files go through LibreOffice (installed by .ci/run) and read like the .docx they become.</summary>
public class LegacyDocTests
{
    [Fact]
    public void A_doc_saved_by_libreoffice_gives_the_same_plan_as_its_text()
    {
        using var dir = new Samples.TempDir();
        var docx = dir.File("plan.docx");
        File.WriteAllBytes(docx, DocxBuilder.FromLines(File.ReadAllLines(Samples.Path004)));
        var doc = LibreOffice.Convert(docx, dir.Path, "doc");
        var source = DocumentReader.ReadFile(doc);
        Assert.Equal("doc", source.Format);
        var fromDoc = PlanParser.Parse(source);
        var fromText = Samples.Parsed("004");
        Assert.Equal(fromText.Metadata.Title, fromDoc.Metadata.Title);
        Assert.Equal(fromText.AllNodes().Select(n => n.Number + n.Title), fromDoc.AllNodes().Select(n => n.Number + n.Title));
        Assert.Equal(fromText.Indicators.Where(r => r.Source == RowSource.Table).Select(r => (r.Name, r.Base, r.Target)),
            fromDoc.Indicators.Where(r => r.Source == RowSource.Table).Select(r => (r.Name, r.Base, r.Target)));
    }

    [Fact]
    public void Rich_text_saved_as_doc_reads_like_the_word_file_it_came_from()
    {
        using var dir = new Samples.TempDir();
        var docx = dir.File("plan.docx");
        File.WriteAllBytes(docx, DocxBuilder.FromLines(File.ReadAllLines(Samples.Path004)));
        var rtf = LibreOffice.Convert(docx, dir.Path, "rtf");
        var bytes = File.ReadAllBytes(rtf);
        Assert.StartsWith("{\\rtf", System.Text.Encoding.ASCII.GetString(bytes, 0, 8));

        var source = DocumentReader.Read(bytes, "规划.doc");
        var fromRtf = PlanParser.Parse(source);
        var fromText = Samples.Parsed("004");
        Assert.Equal(fromText.Metadata.Title, fromRtf.Metadata.Title);
        Assert.Equal(fromText.Indicators.Where(r => r.Source == RowSource.Table).Select(r => (r.Name, r.Base, r.Target)),
            fromRtf.Indicators.Where(r => r.Source == RowSource.Table).Select(r => (r.Name, r.Base, r.Target)));
    }

    [Fact]
    public void A_damaged_doc_is_refused_with_the_reason()
    {
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];
        var e = Assert.Throws<DocumentReadException>(() => DocumentReader.Read(ole, "old.doc"));
        Assert.Contains("无法将该文件转换为 .docx", e.Message);
        Assert.Contains("old.doc", e.ToString());
    }
}
