using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CsvHelper;
using CsvHelper.Configuration;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Lantu.Core.Reading;
using Lantu.Storage.Accounts;
using Lantu.Storage.Monitoring;

namespace Lantu.Application.Exchange;

/// <summary>
/// The per-plan data-entry template: 指标编号, 指标名称, 单位, one column per year of the plan period, 来源, 备注.
/// Written as CSV (UTF-8 with BOM, CsvHelper) or .xlsx (DocumentFormat.OpenXml); read back from either, the format
/// recognised from the bytes.
/// </summary>
public static partial class TemplateFile
{
    public const string IdColumn = "指标编号", NameColumn = "指标名称", UnitColumn = "单位", SourceColumn = "来源", NoteColumn = "备注";

    /// <summary>The period a column header names: 2021 or 2021年 (the year, quarter 0), 2024Q1, 2024年第1季度 or
    /// 2024年1季度 (a quarter); null for any other header.</summary>
    public static (int Year, int Quarter)? Period(string header)
    {
        var m = PeriodHeader().Match(header.Trim());
        if (!m.Success) return null;
        int year = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        if (year is <= 1949 or >= 2100) return null;
        return (year, m.Groups[2].Success ? m.Groups[2].Value[0] - '0' : m.Groups[3].Success ? m.Groups[3].Value[0] - '0' : 0);
    }

    [GeneratedRegex(@"^(\d{4})(?:年?|[Qq]([1-4])|年第?([1-4])季度)$")]
    private static partial Regex PeriodHeader();

    public static List<string[]> Build(IReadOnlyList<IndicatorRecord> indicators, IReadOnlyDictionary<string, Dictionary<int, double>> values, int fromYear, int toYear)
    {
        var years = Enumerable.Range(fromYear, toYear - fromYear + 1).ToList();
        var rows = new List<string[]>();
        rows.Add([IdColumn, NameColumn, UnitColumn, .. years.Select(y => y.ToString()), SourceColumn, NoteColumn]);
        foreach (var i in indicators)
        {
            var known = values.GetValueOrDefault(i.Key);
            rows.Add([i.Id.ToString(), i.Name, i.Unit ?? "", .. years.Select(y => known is not null && known.TryGetValue(y, out var v) ? v.ToString(CultureInfo.InvariantCulture) : ""), "", ""]);
        }
        return rows;
    }

    public static void WriteCsv(List<string[]> rows, Stream output)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(true), leaveOpen: true);
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        foreach (var row in rows)
        {
            foreach (var cell in row) csv.WriteField(SpreadsheetText.Neutralise(cell));
            csv.NextRecord();
        }
    }

    public static void WriteXlsx(List<string[]> rows, Stream output)
    {
        using var doc = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var wb = doc.AddWorkbookPart();
        wb.Workbook = new Workbook();
        var ws = wb.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        uint r = 0;
        foreach (var row in rows)
        {
            var xrow = new Row { RowIndex = ++r };
            for (int c = 0; c < row.Length; c++)
            {
                var cell = row[c];
                bool number = r > 1 && c >= 3 && double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
                xrow.Append(number
                    ? new Cell { DataType = CellValues.Number, CellValue = new CellValue(double.Parse(cell, CultureInfo.InvariantCulture)) }
                    : new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(SpreadsheetText.Neutralise(cell))) });
            }
            data.Append(xrow);
        }
        ws.Worksheet = new Worksheet(data);
        wb.Workbook.AppendChild(new Sheets(new Sheet { Id = wb.GetIdOfPart(ws), SheetId = 1, Name = "监测数据" }));
        wb.Workbook.Save();
    }

    /// <summary>Reads the first sheet of an .xlsx or a CSV (UTF-8, UTF-16 or GB18030) into rows of cell text.</summary>
    public static List<string[]> Read(byte[] bytes, string fileName) =>
        ReadCells(bytes, fileName).Select(row => row.Select(SpreadsheetText.Restore).ToArray()).ToList();

    private static List<string[]> ReadCells(byte[] bytes, string fileName)
    {
        if (bytes.Length == 0) throw new ImportRejectedException(fileName, [new ImportProblem(0, "-", "文件为空")]);
        if (bytes.AsSpan().StartsWith("PK\x03\x04"u8)) return ReadXlsx(bytes, fileName);
        string text;
        try { text = Lantu.Core.Reading.TextReader.Decode(bytes, fileName).Text; }
        catch (DocumentReadException e) { throw new ImportRejectedException(fileName, [new ImportProblem(0, "-", e.Problem)]); }
        var rows = new List<string[]>();
        try
        {
            using var csv = new CsvParser(new StringReader(text), new CsvConfiguration(CultureInfo.InvariantCulture) { BadDataFound = null });
            while (csv.Read()) rows.Add(csv.Record ?? []);
        }
        catch (CsvHelperException e)
        {
            throw new ImportRejectedException(fileName, [new ImportProblem(rows.Count + 1, "-", "CSV 格式错误：" + e.Message.Split('\n')[0])]);
        }
        return rows;
    }

    private static List<string[]> ReadXlsx(byte[] bytes, string fileName)
    {
        // The package is scanned first (expanded size, XML depth) as a .docx is: a worksheet of 100,000 nested
        // elements would otherwise overflow the stack when OpenXml builds its tree, taking the portal down.
        try { DocxGuard.Check(bytes, new ReadBudget(ReadLimits.Default, fileName)); }
        catch (DocumentReadException e) { throw new ImportRejectedException(fileName, [new ImportProblem(0, "-", e.Problem)]); }
        catch (Exception e) when (e is InvalidDataException or System.Xml.XmlException)
        {
            throw new ImportRejectedException(fileName, [new ImportProblem(0, "-", "Excel 文件已损坏或不是 .xlsx（" + e.Message + "）")]);
        }
        try
        {
            using var stream = new MemoryStream(bytes, false);
            using var doc = SpreadsheetDocument.Open(stream, false);
            var wb = doc.WorkbookPart ?? throw new InvalidDataException("no workbook");
            var sheet = wb.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw new InvalidDataException("no sheet");
            var ws = (WorksheetPart)wb.GetPartById(sheet.Id!);
            var shared = wb.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
            var rows = new List<string[]>();
            foreach (var row in ws.Worksheet.Descendants<Row>())
            {
                var cells = new List<string>();
                foreach (var cell in row.Elements<Cell>())
                {
                    int col = ColumnIndex(cell.CellReference?.Value);
                    while (col >= 0 && cells.Count < col) cells.Add("");
                    cells.Add(cell.DataType?.Value == CellValues.SharedString ? shared[int.Parse(cell.CellValue!.Text)]
                        : cell.DataType?.Value == CellValues.InlineString ? cell.InlineString?.InnerText ?? ""
                        : cell.CellValue?.Text ?? "");
                }
                int rowIndex = (int)(row.RowIndex?.Value ?? (uint)(rows.Count + 1));
                while (rows.Count < rowIndex - 1) rows.Add([]);
                rows.Add(cells.ToArray());
            }
            return rows;
        }
        catch (Exception e) when (e is not ImportRejectedException)
        {
            throw new ImportRejectedException(fileName, [new ImportProblem(0, "-", "Excel 文件已损坏或不是 .xlsx（" + e.Message + "）")]);
        }
    }

    private static int ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference)) return -1;
        int n = 0;
        foreach (var c in reference.TakeWhile(char.IsLetter)) n = n * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        return n - 1;
    }
}
