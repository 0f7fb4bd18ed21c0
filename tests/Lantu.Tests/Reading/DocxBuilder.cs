using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Lantu.Tests.Reading;

/// <summary>Builds a real .docx from text lines: each line a paragraph, each run of tab-separated lines a Word table.</summary>
public static class DocxBuilder
{
    /// <param name="mergeFirstColumn">Store each table's first column as Word stores a merged category cell: the
    /// cell that has text starts a vertical merge, the empty cells below it continue it.</param>
    public static byte[] FromLines(IEnumerable<string> lines, bool mergeFirstColumn = false)
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
                    bool header = table.Elements<TableRow>().Count() == 0;
                    var row = table.AppendChild(new TableRow(line.Split('\t').Select(cell => new TableCell(Para(cell)))));
                    if (mergeFirstColumn && !header && row.GetFirstChild<TableCell>() is { } first)
                        first.PrependChild(new TableCellProperties(new VerticalMerge
                        { Val = first.InnerText.Length > 0 ? MergedCellValues.Restart : MergedCellValues.Continue }));
                    continue;
                }
                table = null;
                body.AppendChild(Para(line));
            }
            main.Document = new Document(body);
            main.Document.Save();
        }
        return stream.ToArray();
    }

    /// <summary>A .docx of paragraphs and one Word table, written where <paramref name="tableAfter"/> says. Cells are
    /// "text", "text|v" (starts a vertical merge), "|c" (a vertically merged continuation), "text|s2" (spans two
    /// grid columns), as Word stores merged header cells.</summary>
    public static byte[] WithTable(IReadOnlyList<string> paragraphs, int tableAfter, IEnumerable<string[]> rows)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var body = new Body();
            for (int i = 0; i < paragraphs.Count; i++)
            {
                body.AppendChild(Para(paragraphs[i]));
                if (i + 1 != tableAfter) continue;
                var table = body.AppendChild(new Table());
                foreach (var row in rows)
                {
                    var tr = table.AppendChild(new TableRow());
                    foreach (var markup in row)
                    {
                        var parts = markup.Split('|');
                        var cell = new TableCell(Para(parts[0]));
                        var mark = parts.Length > 1 ? parts[1] : "";
                        OpenXmlElement? prop = mark switch
                        {
                            "v" => new VerticalMerge { Val = MergedCellValues.Restart },
                            "c" => new VerticalMerge(),
                            "s2" => new GridSpan { Val = 2 },
                            _ => null,
                        };
                        if (prop is not null) cell.PrependChild(new TableCellProperties(prop));
                        tr.AppendChild(cell);
                    }
                }
            }
            main.Document = new Document(body);
            main.Document.Save();
        }
        return stream.ToArray();
    }

    private static Paragraph Para(string text) => new(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
}
