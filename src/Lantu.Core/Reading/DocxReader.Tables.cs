using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace Lantu.Core.Reading;

/// <summary>
/// Word tables as real documents hold them: a row's cells with their spans and vertical merges, cells and rows wrapped
/// in content controls or custom XML, grid columns a row leaves out, what is nested in a cell (a table, a text box),
/// one-column layout tables around the real content, and rows and cells deleted with track changes on.
/// </summary>
public static partial class DocxReader
{
    private static string RowText(TableRow row, WordNumbering numbering)
    {
        var cells = new List<string>();
        // Grid columns a row leaves out before its first cell or after its last (w:gridBefore, w:gridAfter).
        int before = row.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0;
        int after = row.TableRowProperties?.GetFirstChild<GridAfter>()?.Val?.Value ?? 0;
        for (int i = 0; i < before; i++) cells.Add("");
        foreach (var cell in Cells(row))
        {
            var props = cell.TableCellProperties;
            if (props?.GetFirstChild<CellDeletion>() is not null) continue; // a cell deleted with track changes on
            bool continuation = props?.VerticalMerge is { } vm && (vm.Val is null || vm.Val.Value == MergedCellValues.Continue);
            cells.Add(continuation ? "" : CellText(cell, numbering));
            int span = props?.GridSpan?.Val?.Value ?? 1;
            for (int i = 1; i < span; i++) cells.Add("");
        }
        for (int i = 0; i < after; i++) cells.Add("");
        return string.Join('\t', cells);
    }

    /// <summary>A cell's text on one line: its paragraphs, and the text of what is nested in it (a table, a text
    /// box, a content control), each piece separated by a space.</summary>
    private static string CellText(OpenXmlElement cell, WordNumbering numbering)
    {
        var pieces = new List<string>();
        foreach (var child in cell.ChildElements)
        {
            switch (child)
            {
                case Paragraph p:
                    var boxes = new List<TextBoxContent>();
                    pieces.Add(Numbered(p, ParagraphText(p, boxes), numbering, cell: true));
                    pieces.AddRange(boxes.Select(box => CellText(box, numbering)));
                    break;
                case Table nested:
                    pieces.AddRange(Rows(nested).Where(r => !IsDeleted(r)).SelectMany(Cells).Select(c => CellText(c, numbering)));
                    break;
                case SdtBlock sdt when sdt.SdtContentBlock is { } content:
                    pieces.Add(CellText(content, numbering));
                    break;
                case CustomXmlBlock custom:
                    pieces.Add(CellText(custom, numbering));
                    break;
            }
        }
        return string.Join(" ", pieces.Select(s => s.Replace('\t', ' ').Replace('\n', ' ')).Where(s => s.Length > 0));
    }

    /// <summary>A table's rows, those wrapped in a content control or custom XML included.</summary>
    private static IEnumerable<TableRow> Rows(Table table) => table.ChildElements.SelectMany(RowsIn);

    private static IEnumerable<TableRow> RowsIn(OpenXmlElement e) => e switch
    {
        TableRow row => [row],
        SdtRow sdt => sdt.SdtContentRow?.ChildElements.SelectMany(RowsIn) ?? [],
        CustomXmlRow custom => custom.ChildElements.SelectMany(RowsIn),
        _ => [],
    };

    /// <summary>A row's cells, those wrapped in a content control or custom XML included.</summary>
    private static IEnumerable<TableCell> Cells(TableRow row) => row.ChildElements.SelectMany(CellsIn);

    private static IEnumerable<TableCell> CellsIn(OpenXmlElement e) => e switch
    {
        TableCell cell => [cell],
        SdtCell sdt => sdt.SdtContentCell?.ChildElements.SelectMany(CellsIn) ?? [],
        CustomXmlCell custom => custom.ChildElements.SelectMany(CellsIn),
        _ => [],
    };

    /// <summary>A row deleted with track changes on: the document as it now reads no longer has it.</summary>
    private static bool IsDeleted(TableRow row) => row.TableRowProperties?.GetFirstChild<Deleted>() is not null;

    /// <summary>A layout table: one cell per row, and a table nested in it.</summary>
    private static bool IsFrame(Table table) =>
        Rows(table).All(r => Cells(r).Count() == 1) && table.Descendants<Table>().Any();
}
