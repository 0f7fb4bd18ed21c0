using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Lantu.Tests.Reading;

/// <summary>How a table's rules are drawn.</summary>
public enum TableRules
{
    /// <summary>三线表: a heavy rule above the header, a thin one under it, a heavy one under the last row; no
    /// vertical rules, no rules between rows.</summary>
    ThreeLine,

    /// <summary>No rule at all: columns are told only by where the text stands.</summary>
    None,
}

/// <summary>
/// A .docx holding an indicator table in the shapes offices print besides the fully bordered one: a 三线表 or a
/// table without rules, optionally on a landscape page in a small font (a wide table), each cell one paragraph.
/// </summary>
public static class OfficeShapeDocx
{
    /// <param name="columnTwips">Each column's width (1440 twips to the inch).</param>
    /// <param name="repeatHeader">The header row repeats at the top of each page (w:tblHeader).</param>
    /// <param name="halfPoints">The table's font size in half-points (21 = 10.5 pt, 五号; 16 = 8 pt).</param>
    public static byte[] Build(IReadOnlyList<string> header, IReadOnlyList<string[]> rows, IReadOnlyList<int> columnTwips,
        TableRules rules, bool landscape = false, int halfPoints = 21, bool repeatHeader = true)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var body = new Body();
            body.AppendChild(Para("某市国民经济和社会发展第十四个五年规划纲要"));
            body.AppendChild(Para("第一章　发展目标"));
            body.AppendChild(Para("锚定二〇三五年远景目标，综合考虑发展趋势和条件，今后五年经济社会发展要努力实现以下主要目标。"));
            body.AppendChild(Para("表1　“十四五”经济社会发展主要指标"));
            body.AppendChild(Table(header, rows, columnTwips, rules, halfPoints, repeatHeader));
            body.AppendChild(Para("注：〔〕内为五年累计数。"));
            body.AppendChild(Para("第二章　发展环境"));
            if (landscape)
                body.AppendChild(new SectionProperties(
                    new PageSize { Width = 16838, Height = 11906, Orient = PageOrientationValues.Landscape },
                    new PageMargin { Top = 1080, Bottom = 1080, Left = 1080, Right = 1080, Header = 720, Footer = 720, Gutter = 0 }));
            main.Document = new Document(body);
            main.Document.Save();
        }
        return stream.ToArray();
    }

    private static Table Table(IReadOnlyList<string> header, IReadOnlyList<string[]> rows, IReadOnlyList<int> columnTwips, TableRules rules, int halfPoints, bool repeatHeader)
    {
        static T Rule<T>(int size) where T : BorderType, new() => new() { Val = BorderValues.Single, Size = (uint)size };
        static T NoRule<T>() where T : BorderType, new() => new() { Val = BorderValues.None };
        var borders = rules == TableRules.ThreeLine
            ? new TableBorders(Rule<TopBorder>(12), NoRule<LeftBorder>(), Rule<BottomBorder>(12), NoRule<RightBorder>(),
                NoRule<InsideHorizontalBorder>(), NoRule<InsideVerticalBorder>())
            : new TableBorders(NoRule<TopBorder>(), NoRule<LeftBorder>(), NoRule<BottomBorder>(), NoRule<RightBorder>(),
                NoRule<InsideHorizontalBorder>(), NoRule<InsideVerticalBorder>());
        var table = new Table(new TableProperties(borders, new TableLayout { Type = TableLayoutValues.Fixed }));
        table.AppendChild(new TableGrid(columnTwips.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));
        var headerRow = repeatHeader ? new TableRow(new TableRowProperties(new TableHeader())) : new TableRow();
        for (int c = 0; c < header.Count; c++)
        {
            var cell = Cell(header[c], columnTwips[c], halfPoints);
            // The rule under the header row is drawn by the header cells' bottom borders.
            if (rules == TableRules.ThreeLine) cell.TableCellProperties!.AppendChild(new TableCellBorders(Rule<BottomBorder>(4)));
            headerRow.AppendChild(cell);
        }
        table.AppendChild(headerRow);
        foreach (var row in rows)
            table.AppendChild(new TableRow(row.Select((text, c) => Cell(text, columnTwips[c], halfPoints))));
        return table;
    }

    private static TableCell Cell(string text, int twips, int halfPoints) =>
        new(new TableCellProperties(new TableCellWidth { Width = twips.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }),
            new Paragraph(new Run(new RunProperties(new FontSize { Val = halfPoints.ToString(CultureInfo.InvariantCulture) }),
                new Text(text) { Space = SpaceProcessingModeValues.Preserve })));

    private static Paragraph Para(string text) => new(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
}
