using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Lantu.Core.Model;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using WText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Lantu.Core.Reading;

/// <summary>
/// Word .docx through DocumentFormat.OpenXml. Each paragraph becomes a line; each table row becomes one line of
/// tab-separated cells (a cell spanning columns is followed by empty cells, a vertically merged continuation is
/// empty), so the table's grid survives instead of being flattened into prose.
/// </summary>
public static partial class DocxReader
{
    public static SourceDocument Read(byte[] bytes, string fileName) =>
        Read(bytes, fileName, new ReadBudget(ReadLimits.Default, fileName));

    public static SourceDocument Read(byte[] bytes, string fileName, ReadBudget budget)
    {
        try
        {
            // Sizes and depth first: OpenXml loads whole parts and this reader recurses into nested content.
            DocxGuard.Check(bytes, budget);
            using var stream = new MemoryStream(bytes, writable: false);
            var settings = new OpenSettings { MaxCharactersInPart = budget.Limits.MaxExpandedBytes };
            using var doc = WordprocessingDocument.Open(stream, false, settings);
            var body = doc.MainDocumentPart?.Document?.Body
                ?? throw new DocumentReadException(fileName, "这是 ZIP 文件，但不是 Word 文档（缺少 word/document.xml）(a ZIP archive that is not a .docx)");
            var lines = new List<string>();
            var numbering = new WordNumbering(doc.MainDocumentPart!);
            foreach (var element in body.ChildElements)
            {
                AppendBlock(element, lines, numbering);
                budget.CheckLines(lines.Count);
            }
            if (lines.All(string.IsNullOrWhiteSpace))
                throw new DocumentReadException(fileName, "Word 文档没有文字内容 (the document has no text)");
            return new SourceDocument(fileName, "docx", "docx", lines);
        }
        catch (DocumentReadException) { throw; }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException
                                   or IOException or System.Xml.XmlException or InvalidOperationException or ArgumentException)
        {
            throw new DocumentReadException(fileName, "Word 文档已损坏或不完整 (truncated or damaged .docx: " + e.Message + ")", e);
        }
    }

    private static void AppendBlock(OpenXmlElement element, List<string> lines, WordNumbering numbering)
    {
        switch (element)
        {
            case Paragraph p:
                var boxes = new List<TextBoxContent>();
                var text = ParagraphText(p, boxes);
                // An automatically numbered paragraph prints its number (第一章, （一）); the outline needs it.
                text = Numbered(p, text, numbering);
                lines.AddRange(text.Split('\n'));
                // Text boxes (a 专栏 drawn as a shape) follow the paragraph that anchors them, as blocks of their own.
                foreach (var box in boxes)
                    foreach (var child in box.ChildElements) AppendBlock(child, lines, numbering);
                break;
            case Table t when IsFrame(t):
                // A one-column layout table around the real content (a box drawn as a table, holding the indicator
                // table): its content is read as if it stood in the body.
                foreach (var cell in Rows(t).SelectMany(Cells))
                    foreach (var child in cell.ChildElements) AppendBlock(child, lines, numbering);
                break;
            case Table t:
                lines.Add("");
                foreach (var row in Rows(t).Where(r => !IsDeleted(r))) lines.Add(RowText(row, numbering));
                lines.Add("");
                break;
            case SdtBlock sdt:
                foreach (var child in sdt.SdtContentBlock?.ChildElements ?? Enumerable.Empty<OpenXmlElement>())
                    AppendBlock(child, lines, numbering);
                break;
            case CustomXmlBlock custom:
                foreach (var child in custom.ChildElements) AppendBlock(child, lines, numbering);
                break;
        }
    }

    /// <summary>The text with Word's automatic number in front. Every numbered paragraph advances its list, as in
    /// Word; an empty one prints its number only inside a table cell (an auto-numbered 序号 column).</summary>
    private static string Numbered(Paragraph p, string text, WordNumbering numbering, bool cell = false)
    {
        if (numbering.Label(p) is not { } label) return text;
        if (text.Trim().Length == 0) return cell ? label : text;
        return label + (cell ? "" : "　") + text.TrimStart();
    }

    private static string ParagraphText(Paragraph p, List<TextBoxContent>? boxes = null)
    {
        var sb = new StringBuilder();
        Walk(p, sb, boxes);
        return sb.ToString();
    }

    /// <summary>The paragraph's text in document order. A shape's text box is collected, not inlined, and the
    /// fallback copy Word keeps of every drawing (mc:Fallback) is skipped so box text is not read twice.</summary>
    private static void Walk(OpenXmlElement element, StringBuilder sb, List<TextBoxContent>? boxes)
    {
        foreach (var node in element.ChildElements)
        {
            switch (node)
            {
                case AlternateContentFallback: break;
                // Text deleted, or moved away, with track changes on: the document as it now reads has it elsewhere or not at all.
                case DeletedRun or MoveFromRun: break;
                case TextBoxContent box: boxes?.Add(box); break;
                case WText t: sb.Append(t.Text); break;
                case TabChar: sb.Append('\t'); break;
                case Break br when br.Type is null || br.Type.Value == BreakValues.TextWrapping: sb.Append('\n'); break;
                case NoBreakHyphen: sb.Append('-'); break;
                default: Walk(node, sb, boxes); break;
            }
        }
    }
}
