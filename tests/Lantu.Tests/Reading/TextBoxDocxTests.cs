using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Lantu.Core;
using Lantu.Core.Reading;

namespace Lantu.Tests.Reading;

/// <summary>
/// Word plans often draw a 专栏 as a shape with a text box. Word stores the box twice (a DrawingML shape and a VML
/// fallback inside mc:AlternateContent), anchored inside a body paragraph. The box must be read once, as lines of
/// its own after the anchoring paragraph, not glued into that paragraph's text.
/// </summary>
public class TextBoxDocxTests
{
    private const string Namespaces =
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" " +
        "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" " +
        "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" " +
        "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" " +
        "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" " +
        "xmlns:v=\"urn:schemas-microsoft-com:vml\"";

    private static string Box(params string[] paragraphs) =>
        "<w:txbxContent>" + string.Concat(paragraphs.Select(p => $"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>")) + "</w:txbxContent>";

    private static byte[] Document()
    {
        string[] box = ["专栏1　重点工程", "01　新型基础设施", "新建5G基站2万个，建设城市大数据中心。", "02　产业创新平台", "建设3个省级制造业创新中心。"];
        var anchored =
            $"<w:p {Namespaces}><w:r><w:t>加快建设新型基础设施，推动产业创新。</w:t></w:r><w:r><mc:AlternateContent>" +
            "<mc:Choice Requires=\"wps\"><w:drawing><wp:anchor distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\" simplePos=\"0\" relativeHeight=\"1\" behindDoc=\"0\" locked=\"0\" layoutInCell=\"1\" allowOverlap=\"1\">" +
            "<wp:simplePos x=\"0\" y=\"0\"/><wp:positionH relativeFrom=\"column\"><wp:posOffset>0</wp:posOffset></wp:positionH>" +
            "<wp:positionV relativeFrom=\"paragraph\"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx=\"5000000\" cy=\"2000000\"/>" +
            "<wp:wrapTopAndBottom/><wp:docPr id=\"1\" name=\"专栏1\"/><wp:cNvGraphicFramePr/>" +
            "<a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"><wps:wsp><wps:cNvSpPr txBox=\"1\"/><wps:spPr/>" +
            $"<wps:txbx>{Box(box)}</wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>" +
            $"<mc:Fallback><w:pict><v:shape><v:textbox>{Box(box)}</v:textbox></v:shape></w:pict></mc:Fallback>" +
            "</mc:AlternateContent></w:r></w:p>";
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var body = new Body(
                Para("厦门市“十四五”新型基础设施建设专项规划"), Para("第一章　总体要求"), Para("第二章　重点任务"),
                new Paragraph(anchored), Para("第三章　保障措施"), Para("加强组织领导。"));
            main.Document = new Document(body);
            main.Document.Save();
        }
        return stream.ToArray();
    }

    private static Paragraph Para(string text) => new(new Run(new Text(text)));

    [Fact]
    public void A_text_box_is_read_once_as_lines_after_its_anchor()
    {
        var doc = DocumentReader.Read(Document(), "box.docx");
        Assert.Equal("加快建设新型基础设施，推动产业创新。", doc.Lines[3]);
        Assert.Equal(1, doc.Lines.Count(l => l.Contains("新型基础设施") && l.StartsWith("01")));
        Assert.Equal(new[] { "专栏1　重点工程", "01　新型基础设施" }, doc.Lines.Skip(4).Take(2));
    }

    [Fact]
    public void The_box_in_the_text_box_becomes_a_box_with_its_projects()
    {
        var plan = PlanParser.Parse(DocumentReader.Read(Document(), "box.docx"));
        var box = plan.Boxes.Single();
        Assert.Equal(("重点工程", 5, 9), (box.Title, box.LineStart, box.LineEnd));
        Assert.Equal(new[] { "新型基础设施", "产业创新平台" }, box.Items.Select(i => i.Name));
        Assert.Equal(new[] { "总体要求", "重点任务", "保障措施" }, plan.Outline.Select(n => n.Title));
    }
}
