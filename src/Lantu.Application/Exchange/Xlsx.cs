using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Lantu.Application.Exchange;

/// <summary>
/// Minimal .xlsx reading and writing with DocumentFormat.OpenXml (ClosedXML 0.95.4, the only version on the mirror,
/// fails on .NET 10 with InvalidProgramException in XLWorkbook's static constructor). Writes inline strings and
/// numbers; reads shared strings, inline strings, numbers and booleans, as Excel and WPS save them.
/// </summary>
public static class Xlsx
{
    public sealed record Sheet(string Name, IReadOnlyList<IReadOnlyList<object?>> Rows);

    public static void Write(string path, IEnumerable<Sheet> sheets)
    {
        using var doc = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var wbPart = doc.AddWorkbookPart();
        wbPart.Workbook = new Workbook();
        var sheetList = wbPart.Workbook.AppendChild(new Sheets());
        uint id = 1;
        foreach (var sheet in sheets)
        {
            var wsPart = wbPart.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            uint r = 1;
            foreach (var row in sheet.Rows)
            {
                var xr = new Row { RowIndex = r };
                for (int c = 0; c < row.Count; c++)
                {
                    var v = row[c];
                    if (v is null) continue;
                    var reference = ColumnName(c) + r;
                    xr.Append(v switch
                    {
                        int or long or double or decimal => new Cell
                        {
                            CellReference = reference, DataType = CellValues.Number,
                            CellValue = new CellValue(Convert.ToDouble(v, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture)),
                        },
                        _ => new Cell
                        {
                            CellReference = reference, DataType = CellValues.InlineString,
                            InlineString = new InlineString(new Text(Convert.ToString(v, CultureInfo.InvariantCulture) ?? "") { Space = SpaceProcessingModeValues.Preserve }),
                        },
                    });
                }
                data.Append(xr);
                r++;
            }
            wsPart.Worksheet = new Worksheet(data);
            sheetList.Append(new DocumentFormat.OpenXml.Spreadsheet.Sheet { Id = wbPart.GetIdOfPart(wsPart), SheetId = id++, Name = sheet.Name });
        }
        wbPart.Workbook.Save();
    }

    /// <summary>Every sheet by name: rows by 1-based row number, cells as text by 0-based column (missing cells empty).</summary>
    public static Dictionary<string, SortedDictionary<int, string[]>> Read(string path)
    {
        using var doc = SpreadsheetDocument.Open(path, false);
        var wbPart = doc.WorkbookPart ?? throw new InvalidDataException("不是有效的 Excel 工作簿（缺少 workbook）");
        var shared = wbPart.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? new();
        var result = new Dictionary<string, SortedDictionary<int, string[]>>();
        foreach (var s in wbPart.Workbook.Sheets?.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>() ?? [])
        {
            var part = (WorksheetPart)wbPart.GetPartById(s.Id!);
            var rows = new SortedDictionary<int, string[]>();
            int rowNo = 0;
            foreach (var row in part.Worksheet.Descendants<Row>())
            {
                rowNo = row.RowIndex?.Value is uint ri ? (int)ri : rowNo + 1;
                var cells = new List<string>();
                int col = -1;
                foreach (var cell in row.Elements<Cell>())
                {
                    col = cell.CellReference?.Value is { } cr ? ColumnIndex(cr) : col + 1;
                    while (cells.Count <= col) cells.Add("");
                    cells[col] = CellText(cell, shared);
                }
                rows[rowNo] = cells.ToArray();
            }
            result[s.Name?.Value ?? ""] = rows;
        }
        return result;
    }

    private static string CellText(Cell cell, List<string> shared)
    {
        if (cell.DataType?.Value == CellValues.InlineString) return cell.InlineString?.InnerText ?? "";
        var raw = cell.CellValue?.Text ?? "";
        if (cell.DataType?.Value == CellValues.SharedString)
            return int.TryParse(raw, out var i) && i >= 0 && i < shared.Count ? shared[i] : "";
        if (cell.DataType?.Value == CellValues.Boolean) return raw == "1" ? "TRUE" : "FALSE";
        return raw;
    }

    public static string ColumnName(int index)
    {
        var name = "";
        for (int n = index + 1; n > 0; n = (n - 1) / 26) name = (char)('A' + (n - 1) % 26) + name;
        return name;
    }

    private static int ColumnIndex(string reference)
    {
        int n = 0;
        foreach (var ch in reference.TakeWhile(char.IsLetter)) n = n * 26 + (char.ToUpperInvariant(ch) - 'A' + 1);
        return n - 1;
    }
}
