using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Lantu.Core.Monitoring;

namespace Lantu.Reports;

/// <summary>
/// The report as a workbook (DocumentFormat.OpenXml; ClosedXML fails on .NET 10): sheets 汇总 (title, summary,
/// category × status counts), 指标 (one row per indicator in report order, numbers as numbers, one column per
/// observed year, status cells in the status colour) and 项目 (专栏 items).
/// </summary>
internal static class XlsxReportWriter
{
    // Cell formats (cellXfs indexes): 0 plain, 1 bold header, 2 title, 3 wrapped text, 4 number, 5 bold, 6+ status fills.
    private const uint Plain = 0, Header = 1, TitleStyle = 2, Wrap = 3, Num = 4, Bold = 5, StatusBase = 6;

    public static void Write(ReportContent c, Stream output)
    {
        var m = c.Model;
        using var ms = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(ms, SpreadsheetDocumentType.Workbook))
        {
            var wb = doc.AddWorkbookPart();
            wb.Workbook = new Workbook();
            var styles = wb.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = Stylesheet();
            var sheets = wb.Workbook.AppendChild(new Sheets());
            doc.PackageProperties.Title = c.Title;
            doc.PackageProperties.Creator = "蓝图规划综合管理信息系统";

            // 汇总
            var summary = new List<object?[]>
            {
                new object?[] { new Styled(c.Title, TitleStyle) },
                new object?[] { c.Meta },
                Array.Empty<object?>(),
                new object?[] { new Styled("总体情况", Bold) },
                new object?[] { new Styled(c.Summary, Wrap) },
                Array.Empty<object?>(),
                new object?[] { new Styled("各类别指标评估结果（项）", Bold) },
                new[] { "类别" }.Concat(c.Columns.Select(col => col.Label)).Append("合计").Select(h => (object?)new Styled(h, Header)).ToArray(),
            };
            foreach (var row in c.Categories.Append(c.Total))
                summary.Add(new object?[] { row == c.Total ? new Styled(row.Category, Bold) : row.Category }
                    .Concat(c.Columns.Select(col => (object?)row[col.Code])).Append(row.Total).ToArray());
            summary.Add([]);
            summary.Add([new Styled("预警", Bold)]);
            if (c.WarningLines.Count == 0) summary.Add([$"截至{m.Year}年，没有列入预警的指标。"]);
            foreach (var w in c.WarningLines) summary.Add([w]);
            AddSheet(wb, sheets, 1, "汇总", summary, [18, 14, 14, 12, 12, 12, 10], merges: ["A1:G1", "A2:G2", "A5:G5"], tallRow: (5, 150));

            // 指标
            var years = Enumerable.Range(m.PeriodStart, Math.Max(0, m.Year - m.PeriodStart + 1)).ToList();
            var head = new[] { "序号", "类别", "指标", "单位", "属性", "基期值（文本）", "目标值（文本）", "基期值", "目标值", $"{m.Year}年评估值", "序时进度/目标", "评估结果", "状态代码", "说明", $"{m.PeriodEnd}年预测", "预测能否实现", $"评估方法：{m.Method.Label()}", "方法状态代码", "计算依据", "预计数与来源等级" }
                .Concat(years.Select(y => $"{y}年实际")).Append("原文行号");
            var rows = new List<object?[]> { head.Select(h => (object?)new Styled(h, Header)).ToArray() };
            int n = 0;
            foreach (var i in c.Ordered)
            {
                var e = i.Evaluation;
                rows.Add(new object?[]
                {
                    ++n, i.Category, i.Name, i.Unit, i.Attribute, i.BasePrinted, i.TargetPrinted, i.Spec.BaseValue, TargetNumber(i.Spec),
                    e.Value, Round(e.Expected), new Styled(i.Status.Label(), StatusBase + (uint)ReportContent.TableStatuses.ToList().IndexOf(i.Status)),
                    i.Status.Code(), e.Reason, Round(e.Forecast), e.WillMeetTarget switch { true => "可实现", false => "难以实现", _ => null },
                    i.Result.Label, i.Result.Code, ReportContent.FiguresText(i),
                    string.Join("；", years.Where(y => i.Observations.ContainsKey(y) && ReportContent.ValueMark(i, y).Length > 0)
                        .Select(y => $"{y}年{ReportContent.ValueMark(i, y)}")),
                }.Concat(years.Select(y => i.Observations.TryGetValue(y, out var v) ? (object?)v : null)).Append(i.LineStart).ToArray());
            }
            AddSheet(wb, sheets, 2, "指标", rows, [6, 10, 30, 8, 8, 12, 16, 10, 10, 12, 12, 14, 16, 50, 12, 12, 16, 16, 50, 24, .. years.Select(_ => 10.0), 10], freeze: true);

            // 项目
            var projects = new List<object?[]> { new[] { "专栏编号", "专栏", "序号", "项目" }.Select(h => (object?)new Styled(h, Header)).ToArray() };
            foreach (var b in m.ProjectBoxes)
                foreach (var (item, k) in b.Items.Select((x, k) => (x, k + 1)))
                    projects.Add([b.Number, b.Title, k, item]);
            AddSheet(wb, sheets, 3, "项目", projects, [10, 36, 8, 60], freeze: true);
            wb.Workbook.Save();
        }
        ms.Position = 0;
        ms.CopyTo(output);
    }

    private sealed record Styled(string Text, uint Style);

    /// <summary>Computed figures (paths, forecasts) to four decimals; observed values are written as reported.</summary>
    private static double? Round(double? v) => v is double d ? Math.Round(d, 4) : null;

    /// <summary>The target figure the evaluator uses: level, rate, total, change, bound, or the range's minimum.</summary>
    private static double? TargetNumber(TargetSpec t) => t.Form switch
    {
        TargetForm.Range => t.Min,
        TargetForm.Unassessable => null,
        _ => t.Value,
    };

    private static void AddSheet(WorkbookPart wb, Sheets sheets, uint id, string name, List<object?[]> rows, double[] widths,
        bool freeze = false, string[]? merges = null, (int Row, double Height)? tallRow = null)
    {
        var part = wb.AddNewPart<WorksheetPart>();
        // Printed (and converted to PDF) landscape, fitted to the page width.
        var ws = new Worksheet(new SheetProperties(new PageSetupProperties { FitToPage = true }));
        if (freeze)
            ws.Append(new SheetViews(new SheetView(new Pane
            {
                VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen,
            }) { WorkbookViewId = 0 }));
        ws.Append(new Columns(widths.Select((w, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true })));
        var data = new SheetData();
        uint r = 0;
        foreach (var values in rows)
        {
            r++;
            var row = new Row { RowIndex = r };
            if (tallRow is { } t && t.Row == r) { row.Height = t.Height; row.CustomHeight = true; }
            if (values.FirstOrDefault() is Styled { Style: TitleStyle }) { row.Height = 28; row.CustomHeight = true; }
            for (int col = 0; col < values.Length; col++)
            {
                var v = values[col];
                if (v is null || v is double and (double.NaN or double.PositiveInfinity or double.NegativeInfinity)) continue;
                var reference = ColumnName(col) + r;
                row.Append(v switch
                {
                    Styled s => Text(reference, s.Text, s.Style),
                    int or long or double or decimal => new Cell
                    {
                        CellReference = reference, DataType = CellValues.Number, StyleIndex = v is double ? Num : Plain,
                        CellValue = new CellValue(Convert.ToDouble(v, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture)),
                    },
                    _ => Text(reference, Convert.ToString(v, CultureInfo.InvariantCulture) ?? "", Plain),
                });
            }
            data.Append(row);
        }
        ws.Append(data);
        if (merges is { Length: > 0 }) ws.Append(new MergeCells(merges.Select(x => new MergeCell { Reference = x })));
        ws.Append(new PageMargins { Left = 0.5, Right = 0.5, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 });
        ws.Append(new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 });
        part.Worksheet = ws;
        sheets.Append(new Sheet { Id = wb.GetIdOfPart(part), SheetId = id, Name = name });
    }

    private static Cell Text(string reference, string text, uint style) => new()
    {
        CellReference = reference, DataType = CellValues.InlineString, StyleIndex = style,
        InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }),
    };

    private static string ColumnName(int index)
    {
        var s = "";
        for (int i = index + 1; i > 0; i = (i - 1) / 26) s = (char)('A' + (i - 1) % 26) + s;
        return s;
    }

    private static Stylesheet Stylesheet()
    {
        var statusFills = ReportContent.TableStatuses.Select(s => s.Colour().TrimStart('#').ToUpperInvariant()).ToList();
        var fonts = new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "等线" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "等线" }),
            new Font(new Bold(), new FontSize { Val = 16 }, new FontName { Val = "等线" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new Color { Rgb = "FFFFFFFF" }, new FontName { Val = "等线" }));
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFE7E6E6" }) { PatternType = PatternValues.Solid }));
        foreach (var c in statusFills) fills.Append(new Fill(new PatternFill(new ForegroundColor { Rgb = "FF" + c }) { PatternType = PatternValues.Solid }));
        var borders = new Borders(new Border(), new Border(
            new LeftBorder { Style = BorderStyleValues.Thin }, new RightBorder { Style = BorderStyleValues.Thin },
            new TopBorder { Style = BorderStyleValues.Thin }, new BottomBorder { Style = BorderStyleValues.Thin }, new DiagonalBorder()));
        var xfs = new CellFormats(
            new CellFormat(),
            new CellFormat(new Alignment { Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Center, WrapText = true })
                { FontId = 1, FillId = 2, BorderId = 1, ApplyFont = true, ApplyFill = true, ApplyBorder = true, ApplyAlignment = true },
            new CellFormat { FontId = 2, ApplyFont = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { ApplyAlignment = true },
            new CellFormat { NumberFormatId = 0 }, // General: values keep the precision they were reported with
            new CellFormat { FontId = 1, ApplyFont = true });
        for (int i = 0; i < statusFills.Count; i++)
            xfs.Append(new CellFormat { FontId = 3, FillId = (uint)(3 + i), ApplyFont = true, ApplyFill = true });
        return new Stylesheet(fonts, fills, borders,
            new CellStyleFormats(new CellFormat()), xfs, new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }));
    }
}
