using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Lantu.Tests.Reading;

/// <summary>Builds a real .docx from text lines: each line a paragraph, each run of tab-separated lines a Word table.</summary>
public static class DocxBuilder
{
    public static byte[] FromLines(IEnumerable<string> lines)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var body = new Body();
            Table? table = null;
            foreach (var line in lines)
            {
                if (line.Contains('\t'))
                {
                    table ??= body.AppendChild(new Table(new TableProperties(new TableBorders(new TopBorder { Val = BorderValues.Single }))));
                    table.AppendChild(new TableRow(line.Split('\t').Select(cell =>
                        new TableCell(new Paragraph(new Run(new Text(cell) { Space = SpaceProcessingModeValues.Preserve }))))));
                    continue;
                }
                table = null;
                body.AppendChild(new Paragraph(new Run(new Text(line) { Space = SpaceProcessingModeValues.Preserve })));
            }
            main.Document = new Document(body);
            main.Document.Save();
        }
        return stream.ToArray();
    }
}
