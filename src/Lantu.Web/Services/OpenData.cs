using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Lantu.Core.Model;
using Lantu.Storage;
using Lantu.Storage.Records;

namespace Lantu.Web.Services;

/// <summary>Open data downloads: the catalogue and each plan's structure as CSV, JSON and XLSX.</summary>
public static class OpenData
{
    public sealed record Table(string Name, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows);

    public static readonly string[] CatalogueColumns =
        ["id", "title", "region", "level", "kind", "subject", "period_start", "period_end", "horizon_year", "source_file", "version", "headings", "boxes", "glossary"];

    /// <summary>The catalogue projection shared by /api/plans and the downloads (the shape of `lantu plans --json`).</summary>
    public static CatalogueItem Item(PlanSummary p) => new(p.Id, p.Title, p.Region, p.Level, p.Kind, p.Subject, p.PeriodStart, p.PeriodEnd,
        p.HorizonYear, p.SourceFile, p.Version, p.Headings, p.Boxes, p.Glossary);

    public static Table Catalogue(IReadOnlyList<PlanSummary> plans) => new("规划目录", CatalogueColumns,
        plans.Select(p => (IReadOnlyList<object?>)[p.Id, p.Title, p.Region, p.Level, p.Kind, p.Subject, p.PeriodStart, p.PeriodEnd,
            p.HorizonYear, p.SourceFile, p.Version, p.Headings, p.Boxes, p.Glossary]).ToList());

    /// <summary>One plan as tables: metadata, outline, boxes (one row per item), glossary.</summary>
    public static IReadOnlyList<Table> PlanTables(PlanExport e)
    {
        var d = e.Plan;
        var info = new Table("基本信息", ["field", "value"], new List<IReadOnlyList<object?>>
        {
            new object?[] { "id", d.Id }, new object?[] { "title", d.Title }, new object?[] { "region", d.Region },
            new object?[] { "level", d.Level }, new object?[] { "kind", d.Kind }, new object?[] { "subject", d.Subject },
            new object?[] { "period_start", d.PeriodStart }, new object?[] { "period_end", d.PeriodEnd },
            new object?[] { "horizon_year", d.HorizonYear }, new object?[] { "issuer", d.Issuer },
            new object?[] { "document_number", d.DocumentNumber }, new object?[] { "issued_date", d.IssuedDate },
            new object?[] { "based_on", string.Join("；", d.BasedOn) }, new object?[] { "source_file", d.SourceFile },
            new object?[] { "version", d.Version }, new object?[] { "content_hash", d.ContentHash },
        });
        var outline = new List<IReadOnlyList<object?>>();
        void Walk(OutlineRecord n, int depth, string? parent)
        {
            outline.Add([d.Id, depth, n.Kind, n.Number, n.Title, parent, n.LineStart, n.LineEnd]);
            foreach (var c in n.Children) Walk(c, depth + 1, n.Number);
        }
        foreach (var n in e.Outline) Walk(n, 0, null);
        var boxes = e.Boxes.SelectMany(b => b.Items.Count == 0
            ? [(IReadOnlyList<object?>)[d.Id, b.Number, b.Title, b.Kind, null, null, b.LineStart, b.LineEnd]]
            : b.Items.Select(i => (IReadOnlyList<object?>)[d.Id, b.Number, b.Title, b.Kind, i.Name, i.Text, i.LineStart, i.LineEnd])).ToList();
        var glossary = e.Glossary.Select(g => (IReadOnlyList<object?>)[d.Id, g.Term, g.Definition, string.Join("、", g.Places), g.LineStart, g.LineEnd]).ToList();
        return
        [
            info,
            new Table("目录", ["plan_id", "depth", "kind", "number", "title", "parent_number", "line_start", "line_end"], outline),
            new Table("专栏", ["plan_id", "box_number", "box_title", "box_kind", "item_name", "item_text", "line_start", "line_end"], boxes),
            new Table("名词解释", ["plan_id", "term", "definition", "places", "line_start", "line_end"], glossary),
        ];
    }

    /// <summary>A plan as one CSV: every structural record with its kind and source lines.</summary>
    public static Table PlanCsvTable(PlanExport e)
    {
        var rows = new List<IReadOnlyList<object?>>();
        void Walk(OutlineRecord n, int depth)
        {
            rows.Add(["heading", n.Kind, n.Number, n.Title, null, depth, n.LineStart, n.LineEnd]);
            foreach (var c in n.Children) Walk(c, depth + 1);
        }
        foreach (var n in e.Outline) Walk(n, 0);
        foreach (var b in e.Boxes)
        {
            rows.Add(["box", b.Kind, b.Number, b.Title, null, null, b.LineStart, b.LineEnd]);
            foreach (var i in b.Items) rows.Add(["box_item", b.Kind, b.Number, i.Name, i.Text, null, i.LineStart, i.LineEnd]);
        }
        foreach (var g in e.Glossary) rows.Add(["glossary", null, string.Join("、", g.Places), g.Term, g.Definition, null, g.LineStart, g.LineEnd]);
        return new Table(e.Plan.Title, ["record", "kind", "number", "title", "text", "depth", "line_start", "line_end"], rows);
    }

    public static byte[] Csv(Table table)
    {
        var sb = new StringBuilder();
        sb.AppendJoin(',', table.Columns.Select(Field)).Append("\r\n");
        foreach (var row in table.Rows) sb.AppendJoin(',', row.Select(Field)).Append("\r\n");
        // UTF-8 with BOM so spreadsheet programs read the Chinese text correctly.
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(sb.ToString())];
    }

    private static string Field(object? value)
    {
        var s = value switch { null => "", IFormattable f => f.ToString(null, CultureInfo.InvariantCulture), _ => value.ToString() ?? "" };
        // Quote when needed; a leading =,+,-,@ is prefixed so a spreadsheet never evaluates stored text as a formula.
        if (value is string) s = Lantu.Storage.Accounts.SpreadsheetText.Neutralise(s);
        return s.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;
    }

    public static byte[] Json<T>(T value) => Encoding.UTF8.GetBytes(LantuJson.Serialize(value) + "\n");

    /// <summary>An .xlsx workbook, one sheet per table, written with the Open XML SDK (inline strings, numbers as numbers).</summary>
    public static byte[] Xlsx(IReadOnlyList<Table> tables)
    {
        using var ms = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(ms, SpreadsheetDocumentType.Workbook))
        {
            var wbPart = doc.AddWorkbookPart();
            wbPart.Workbook = new Workbook();
            var sheets = wbPart.Workbook.AppendChild(new Sheets());
            uint id = 1;
            var used = new HashSet<string>();
            foreach (var table in tables)
            {
                var wsPart = wbPart.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                data.Append(Row(1, table.Columns));
                uint r = 2;
                foreach (var row in table.Rows) data.Append(Row(r++, row));
                wsPart.Worksheet = new Worksheet(data);
                sheets.Append(new Sheet { Id = wbPart.GetIdOfPart(wsPart), SheetId = id++, Name = SheetName(table.Name, used) });
            }
            wbPart.Workbook.Save();
        }
        return ms.ToArray();
    }

    private static Row Row(uint index, IEnumerable<object?> values)
    {
        var row = new Row { RowIndex = index };
        foreach (var v in values)
        {
            row.Append(v switch
            {
                null => new Cell(),
                int or long or double or decimal => new Cell
                {
                    DataType = CellValues.Number,
                    CellValue = new CellValue(Convert.ToString(v, CultureInfo.InvariantCulture)!),
                },
                _ => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(Clean(v.ToString()!)) { Space = SpaceProcessingModeValues.Preserve }) },
            });
        }
        return row;
    }

    // XML 1.0 cannot carry most control characters; a sheet name is at most 31 characters without []:*?/\.
    private static string Clean(string s) => new(s.Where(c => c is '\t' or '\n' or '\r' || c >= ' ').ToArray());

    private static string SheetName(string name, HashSet<string> used)
    {
        var clean = new string(name.Where(c => !"[]:*?/\\".Contains(c)).ToArray());
        if (clean.Length > 28) clean = clean[..28];
        if (clean.Length == 0) clean = "Sheet";
        var candidate = clean;
        for (var n = 2; !used.Add(candidate); n++) candidate = $"{clean}{n}";
        return candidate;
    }
}

/// <summary>One catalogue row as the API and downloads publish it (`lantu plans --json`).</summary>
public sealed record CatalogueItem(long Id, string Title, string? Region, string? Level, string? Kind, string? Subject, int? PeriodStart,
    int? PeriodEnd, int? HorizonYear, string SourceFile, int Version, int Headings, int Boxes, int Glossary);
