using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Lantu.Core;
using Lantu.Core.Reading;
using Lantu.Core.Text;

namespace Lantu.Tests.Reading;

/// <summary>
/// Headings numbered by Word itself (a list style whose levels print 第%1章 / 第%2节 in Chinese counting), so the
/// paragraph's text holds only the title. The outline must still see 第一章, 第一节 ….
/// </summary>
public class WordNumberingTests
{
    private static Level Level(int index, string text, NumberFormatValues format) => new(
        new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = format }, new LevelText { Val = text }) { LevelIndex = index };

    private static byte[] Document()
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var numbering = main.AddNewPart<NumberingDefinitionsPart>();
            numbering.Numbering = new Numbering(
                new AbstractNum(
                    Level(0, "第%1章", NumberFormatValues.ChineseCounting),
                    Level(1, "第%2节", NumberFormatValues.ChineseCounting),
                    Level(2, "%3、", NumberFormatValues.ChineseCounting)) { AbstractNumberId = 0 },
                new AbstractNum(Level(0, "", NumberFormatValues.Bullet)) { AbstractNumberId = 1 },
                new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = 1 },
                new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 2 });
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new Styles(new Style(new StyleName { Val = "heading 1" },
                new StyleParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 1 })))
                { Type = StyleValues.Paragraph, StyleId = "Heading1" });
            Paragraph Styled(string text) => new(new ParagraphProperties(new ParagraphStyleId { Val = "Heading1" }), new Run(new Text(text)));
            Paragraph Listed(string text, int numId, int level) => new(
                new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = numId })),
                new Run(new Text(text)));
            Paragraph Plain(string text) => new(new Run(new Text(text)));
            main.Document = new Document(new Body(
                Plain("泉州市“十四五”教育发展专项规划"),
                Styled("发展基础"),
                Listed("主要成就", 1, 1), Plain("“十三五”时期，全市教育事业取得显著成就。"),
                Listed("面临形势", 1, 1), Listed("优质资源不足", 2, 0), Plain("优质学位供给仍然不足。"),
                Styled("总体要求"),
                Listed("指导思想", 1, 1), Listed("坚持立德树人", 1, 2), Plain("全面贯彻党的教育方针。")));
            main.Document.Save();
        }
        return stream.ToArray();
    }

    [Fact]
    public void Automatic_numbers_are_printed_before_the_text()
    {
        var lines = DocumentReader.Read(Document(), "edu.docx").Lines;
        Assert.Equal(new[] { "第一章　发展基础", "第一节　主要成就", "第二节　面临形势", "优质资源不足", "第二章　总体要求", "第一节　指导思想", "一、　坚持立德树人" },
            lines.Where(l => !l.Contains('。') && !l.Contains("规划")));
    }

    [Fact]
    public void The_outline_follows_the_automatic_numbers()
    {
        var plan = PlanParser.Parse(DocumentReader.Read(Document(), "edu.docx"));
        Assert.Equal(new[] { "第一章", "第二章" }, plan.Outline.Select(n => n.Number));
        Assert.Equal(new[] { "主要成就", "面临形势" }, plan.Outline[0].Children.Select(n => n.Title));
        Assert.Equal("坚持立德树人", plan.Outline[1].Children.Single().Children.Single().Title);
    }

    [Theory]
    [InlineData(1, "一")]
    [InlineData(10, "十")]
    [InlineData(14, "十四")]
    [InlineData(20, "二十")]
    [InlineData(105, "一百零五")]
    [InlineData(110, "一百一十")]
    public void Chinese_counting(int n, string expected) => Assert.Equal(expected, ChineseNumerals.Format(n));
}
