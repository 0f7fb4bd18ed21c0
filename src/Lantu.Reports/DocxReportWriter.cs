using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Lantu.Core.Monitoring;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

namespace Lantu.Reports;

/// <summary>
/// The report as a Word document, the form government offices exchange: A4, Title/Heading 1–3 styles (so the
/// navigation pane and a table of contents work), tables with repeating header rows, charts embedded as PNG.
/// </summary>
internal static class DocxReportWriter
{
    private const string BodyFont = "宋体", HeadFont = "黑体", LatinFont = "Times New Roman";
    private const long ChartWidthEmu = 5_760_000; // 16 cm
    private static uint _drawingId;

    public static void Write(ReportContent c, Stream output, Func<ReportIndicator, byte[]> chart)
    {
        var m = c.Model;
        using var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            main.Document = new Document();
            AddStyles(main);
            var body = main.Document.AppendChild(new Body());
            doc.PackageProperties.Title = c.Title;
            doc.PackageProperties.Creator = "蓝图规划综合管理信息系统";
            doc.PackageProperties.Created = m.GeneratedAt.UtcDateTime;

            body.Append(Para(c.Title, "Title"));
            body.Append(Para(c.Meta, "Meta"));

            int section = 0;
            string H(string title) => $"{ReportContent.Numeral(++section)}、{title}";
            body.Append(Para(H("总体情况"), "Heading1"));
            body.Append(Para(c.Summary));
            if (c.DataNote is { } dataNote) body.Append(Para(dataNote));

            body.Append(Para(H("分类评估情况"), "Heading1"));
            body.Append(Para($"表1　各类别指标评估结果（{m.Method.Label()}，项）", "Caption"));
            var catHeader = new[] { "类别" }.Concat(c.Columns.Select(col => col.Label)).Append("合计").ToArray();
            var catRows = c.Categories.Append(c.Total).Select(r =>
                new[] { Cell(r.Category, bold: r == c.Total) }
                    .Concat(c.Columns.Select(col => Cell(r[col.Code].ToString(), right: true, bold: r == c.Total)))
                    .Append(Cell(r.Total.ToString(), right: true, bold: true)).ToArray());
            int catWidth = (9000 - 1800 - 800) / c.Columns.Count;
            body.Append(Table(catHeader, catRows, [1800, .. c.Columns.Select(_ => catWidth), 800]));

            int tableNo = 1;
            if (c.MidTerm is { } mid)
            {
                body.Append(Para(H("约束性指标评估情况"), "Heading1"));
                body.Append(Para(mid.Binding.Count == 0 ? "规划未列出约束性指标。"
                    : $"约束性指标{mid.Binding.Count}项单独评估，低于序时进度即为滞后：" +
                      string.Join("，", Enum.GetValues<MidTermCategory>().Where(k => mid.Binding.Any(b => b.Category == k))
                          .Select(k => $"{k.Label()}{mid.Binding.Count(b => b.Category == k)}项")) + "。"));
                if (mid.Binding.Count > 0)
                {
                    body.Append(Para($"表{++tableNo}　约束性指标中期评估表", "Caption"));
                    var binding = c.Ordered.Where(i => i.Binding).Select((i, n) => new[]
                    {
                        Cell((n + 1).ToString(), right: true), Cell(i.Name), Cell(i.Unit), Cell(i.TargetPrinted),
                        Cell(ReportContent.YearValue(i, m.Year), right: true), StatusCell(c.StatusLabel(i), c.StatusColour(i)), Cell(ReportContent.FiguresText(i)),
                    }).ToArray();
                    body.Append(Table(["序号", "指标", "单位", "目标值", $"{m.Year}年实际", "评估类别", "计算依据"], binding, [500, 1900, 600, 1300, 1000, 1100, 2600]));
                }
            }

            body.Append(Para(H("主要指标监测情况"), "Heading1"));
            body.Append(Para("约束性指标在前；同类指标中需要关注的在前。实际值标“预计数”的为公报或政府工作报告中的预计数，标“C级来源”的为二手转载数据。"));
            body.Append(Para($"表{++tableNo}　主要指标监测评估表", "Caption"));
            var header = new[] { "序号", "类别", "指标", "单位", "属性", "基期值", "目标值", $"{m.Year}年实际", "序时进度/目标", "评估结果", $"{m.PeriodEnd}年预测" };
            var rows = c.Ordered.Select((i, n) => new[]
            {
                Cell((n + 1).ToString(), right: true), Cell(i.Category), Cell(i.Name), Cell(i.Unit), Cell(i.Attribute, bold: i.Binding),
                Cell(i.BasePrinted), Cell(i.TargetPrinted), Cell(ReportContent.YearValue(i, m.Year), right: true),
                Cell(ReportContent.Number(i.Evaluation.Expected), right: true), StatusCell(c.StatusLabel(i), c.StatusColour(i)), Cell(ReportContent.ForecastText(i)),
            }).ToArray();
            body.Append(Table(header, rows, [500, 900, 2100, 600, 700, 700, 900, 800, 900, 1000, 1000]));

            body.Append(Para(H("预警"), "Heading1"));
            body.Append(Para("约束性指标按当前趋势预测达不到目标，或任一指标连续两年滞后，列入预警。"));
            if (m.Warnings.Count == 0) body.Append(Para($"截至{m.Year}年，没有列入预警的指标。"));
            foreach (var (w, n) in c.WarningLines.Select((w, n) => (w, n + 1))) body.Append(Para($"{n}. {w}"));

            body.Append(Para(H("指标走势与评估说明"), "Heading1"));
            body.Append(Para(ReportContent.ChartLegend));
            if (c.UnchartedText is { } uncharted) body.Append(Para(uncharted));
            int k = 0;
            foreach (var i in c.Charted)
            {
                k++;
                body.Append(Para($"{k}. {i.Name}（{c.StatusLabel(i)}）", "Heading2"));
                body.Append(Picture(main, chart(i), $"{i.Name}走势图"));
                body.Append(Para(i.Result.Reason));
                body.Append(Para("计算依据：" + ReportContent.FiguresText(i)));
            }

            body.Append(Para(H("重点项目专栏"), "Heading1"));
            if (m.ProjectBoxes.Count == 0) body.Append(Para("规划未列出重点项目专栏。"));
            foreach (var b in m.ProjectBoxes)
            {
                body.Append(Para($"专栏{b.Number}：{b.Title}", "Heading2"));
                int j = 0;
                foreach (var item in b.Items) body.Append(Para($"{++j}. {item}"));
            }
            body.Append(Para($"本报告由蓝图规划综合管理信息系统根据监测数据自动生成（{m.GeneratedAt:yyyy年M月d日 HH:mm}）。", "Meta"));

            // Page numbers at the bottom centre (— 3 —), as official documents print them.
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = new Footer(new Paragraph(
                new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
                new Run(new Text("— ") { Space = SpaceProcessingModeValues.Preserve }),
                new SimpleField(new Run(new Text("1"))) { Instruction = " PAGE " },
                new Run(new Text(" —") { Space = SpaceProcessingModeValues.Preserve })));
            body.Append(new SectionProperties(
                new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 1440, Bottom = 1440, Left = 1304, Right = 1304, Header = 720, Footer = 720, Gutter = 0 }));
            main.Document.Save();
        }
        ms.Position = 0;
        ms.CopyTo(output);
    }

    private static Paragraph Para(string text, string? style = null)
    {
        var p = new Paragraph();
        if (style is not null) p.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        p.Append(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        return p;
    }

    private static TableCell Cell(string text, bool right = false, bool bold = false, string? fill = null, string? colour = null)
    {
        var rp = new RunProperties();
        if (bold) rp.Append(new Bold());
        if (colour is not null) rp.Append(new Color { Val = colour });
        var pp = new ParagraphProperties(new ParagraphStyleId { Val = "TableText" });
        if (right) pp.Append(new Justification { Val = JustificationValues.Right });
        var cell = new TableCell();
        var tcp = new TableCellProperties();
        if (fill is not null) tcp.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = fill });
        tcp.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
        cell.Append(tcp);
        cell.Append(new Paragraph(pp, new Run(rp, new Text(text) { Space = SpaceProcessingModeValues.Preserve })));
        return cell;
    }

    /// <summary>The label in white on the status colour: the text carries the meaning, the colour only helps.</summary>
    private static TableCell StatusCell(string label, string colour) => Cell(label, bold: true, fill: colour.TrimStart('#'), colour: "FFFFFF");

    private static Table Table(string[] header, IEnumerable<TableCell[]> rows, int[] widths)
    {
        var border = () => new[]
        {
            (OpenXmlElement)new TopBorder { Val = BorderValues.Single, Size = 4, Color = "808080" },
            new LeftBorder { Val = BorderValues.Single, Size = 4, Color = "808080" },
            new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "808080" },
            new RightBorder { Val = BorderValues.Single, Size = 4, Color = "808080" },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "808080" },
            new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = "808080" },
        };
        var table = new Table(new TableProperties(
            new TableWidth { Width = widths.Sum().ToString(), Type = TableWidthUnitValues.Dxa },
            new TableBorders(border()),
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableCellMarginDefault(new TopMargin { Width = "30", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = 60, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "30", Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = 60, Type = TableWidthValues.Dxa })));
        table.Append(new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString() })));
        var head = new TableRow(new TableRowProperties(new TableHeader(), new CantSplit()));
        foreach (var (h, w) in header.Zip(widths))
        {
            var cell = Cell(h, bold: true, fill: "E7E6E6");
            cell.TableCellProperties!.PrependChild(new TableCellWidth { Width = w.ToString(), Type = TableWidthUnitValues.Dxa });
            head.Append(cell);
        }
        table.Append(head);
        foreach (var r in rows)
        {
            var row = new TableRow(new TableRowProperties(new CantSplit()));
            foreach (var (cell, w) in r.Zip(widths))
            {
                cell.TableCellProperties!.PrependChild(new TableCellWidth { Width = w.ToString(), Type = TableWidthUnitValues.Dxa });
                row.Append(cell);
            }
            table.Append(row);
        }
        return table;
    }

    private static Paragraph Picture(MainDocumentPart main, byte[] png, string name)
    {
        var part = main.AddImagePart(ImagePartType.Png);
        using (var s = new MemoryStream(png)) part.FeedData(s);
        var relId = main.GetIdOfPart(part);
        var (w, h) = PngSize(png);
        long cx = ChartWidthEmu, cy = ChartWidthEmu * h / Math.Max(1, w);
        uint id = Interlocked.Increment(ref _drawingId);
        var graphic = new A.Graphic(new A.GraphicData(
            new PIC.Picture(
                new PIC.NonVisualPictureProperties(new PIC.NonVisualDrawingProperties { Id = 0U, Name = name + ".png" }, new PIC.NonVisualPictureDrawingProperties()),
                new PIC.BlipFill(new A.Blip { Embed = relId }, new A.Stretch(new A.FillRectangle())),
                new PIC.ShapeProperties(new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = cx, Cy = cy }),
                    new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
        { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" });
        var inline = new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new DW.DocProperties { Id = id, Name = name, Description = name },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            graphic)
        { DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U };
        return new Paragraph(new ParagraphProperties(new KeepNext(), new Justification { Val = JustificationValues.Center }), new Run(new Drawing(inline)));
    }

    private static (long W, long H) PngSize(byte[] png) => png.Length >= 24
        ? (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)))
        : (16, 9);

    private static void AddStyles(MainDocumentPart main)
    {
        var part = main.AddNewPart<StyleDefinitionsPart>();
        var styles = new Styles(new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = LatinFont, HighAnsi = LatinFont, EastAsia = BodyFont, ComplexScript = LatinFont },
                new FontSize { Val = "24" }, new FontSizeComplexScript { Val = "24" }, new Languages { Val = "en-US", EastAsia = "zh-CN" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120", Line = "360", LineRule = LineSpacingRuleValues.Auto }))));
        styles.Append(new Style(new StyleName { Val = "Normal" }, new PrimaryStyle(),
            new StyleParagraphProperties(new Indentation { FirstLineChars = 200 })) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true });
        styles.Append(Heading("Title", "Title", 0, "44", JustificationValues.Center, outline: false));
        styles.Append(Heading("Heading1", "heading 1", 0, "32", null));
        styles.Append(Heading("Heading2", "heading 2", 1, "28", null));
        styles.Append(Heading("Heading3", "heading 3", 2, "24", null));
        styles.Append(new Style(new StyleName { Val = "Meta" }, new BasedOn { Val = "Normal" },
            new StyleParagraphProperties(new Indentation { FirstLineChars = 0, FirstLine = "0" }, new Justification { Val = JustificationValues.Center }),
            new StyleRunProperties(new Color { Val = "57606A" }, new FontSize { Val = "21" })) { Type = StyleValues.Paragraph, StyleId = "Meta" });
        styles.Append(new Style(new StyleName { Val = "caption" }, new BasedOn { Val = "Normal" }, new PrimaryStyle(),
            new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "120", After = "60" },
                new Indentation { FirstLineChars = 0, FirstLine = "0" }, new Justification { Val = JustificationValues.Center }),
            new StyleRunProperties(new RunFonts { EastAsia = HeadFont }, new Bold(), new FontSize { Val = "21" })) { Type = StyleValues.Paragraph, StyleId = "Caption" });
        styles.Append(new Style(new StyleName { Val = "Table Text" }, new BasedOn { Val = "Normal" },
            new StyleParagraphProperties(new SpacingBetweenLines { After = "0", Line = "260", LineRule = LineSpacingRuleValues.Auto }, new Indentation { FirstLineChars = 0, FirstLine = "0" }),
            new StyleRunProperties(new FontSize { Val = "18" }, new FontSizeComplexScript { Val = "18" })) { Type = StyleValues.Paragraph, StyleId = "TableText" });
        part.Styles = styles;
    }

    private static Style Heading(string id, string name, int level, string size, JustificationValues? justify, bool outline = true)
    {
        var pp = new StyleParagraphProperties(new KeepNext(), new KeepLines(),
            new SpacingBetweenLines { Before = level == 0 ? "360" : "240", After = "120" },
            new Indentation { FirstLineChars = 0, FirstLine = "0" });
        if (justify is not null) pp.Append(new Justification { Val = justify });
        if (outline) pp.Append(new OutlineLevel { Val = level });
        return new Style(new StyleName { Val = name }, new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" }, new PrimaryStyle(), pp,
            new StyleRunProperties(new RunFonts { EastAsia = HeadFont }, new Bold(), new FontSize { Val = size }, new FontSizeComplexScript { Val = size }))
        { Type = StyleValues.Paragraph, StyleId = id };
    }
}
