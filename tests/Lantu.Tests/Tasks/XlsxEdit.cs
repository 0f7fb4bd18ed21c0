using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Lantu.Tests.Tasks;

/// <summary>Edits a cell of a saved workbook the way a spreadsheet program would: as a shared string.</summary>
public static class XlsxEdit
{
    /// <summary>Sets the cell in the given column (by header text) of the first row whose first cell is <paramref name="key"/>.</summary>
    public static void SetCell(string path, string sheetName, string key, string header, string value)
    {
        using var doc = SpreadsheetDocument.Open(path, true);
        var wb = doc.WorkbookPart!;
        var sst = wb.SharedStringTablePart ?? wb.AddNewPart<SharedStringTablePart>();
        sst.SharedStringTable ??= new SharedStringTable();
        var sheet = wb.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
        var data = ((WorksheetPart)wb.GetPartById(sheet.Id!)).Worksheet.GetFirstChild<SheetData>()!;
        var rows = data.Elements<Row>().ToList();
        string Text(Cell c) => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "";
        var headerCells = rows[0].Elements<Cell>().ToList();
        var column = new string(headerCells.Single(c => Text(c) == header).CellReference!.Value!.TakeWhile(char.IsLetter).ToArray());
        var row = rows.Skip(1).First(r => Text(r.Elements<Cell>().First()) == key);
        var reference = column + row.RowIndex!.Value;
        sst.SharedStringTable.AppendChild(new SharedStringItem(new Text(value)));
        var index = sst.SharedStringTable.Elements<SharedStringItem>().Count() - 1;
        var cell = new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(index.ToString()) };
        var existing = row.Elements<Cell>().FirstOrDefault(c => c.CellReference?.Value == reference);
        if (existing is not null) row.ReplaceChild(cell, existing);
        else
        {
            var after = row.Elements<Cell>().LastOrDefault(c => string.CompareOrdinal(Pad(c.CellReference!.Value!), Pad(reference)) < 0);
            if (after is null) row.PrependChild(cell); else row.InsertAfter(cell, after);
        }
    }

    private static string Pad(string reference)
    {
        var letters = new string(reference.TakeWhile(char.IsLetter).ToArray());
        return letters.PadLeft(3, ' ');
    }
}
