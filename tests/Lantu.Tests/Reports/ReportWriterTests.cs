using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Lantu.Core.Reading;
using Lantu.Reports;
using Lantu.Tests.Reading;

namespace Lantu.Tests.Reports;

public sealed class ReportWriterTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("lantu-report-").FullName;
    private static readonly ReportModel Model = XiamenReport.Model();

    public void Dispose() => Directory.Delete(_dir, true);

    private string Save(ReportModel model, ReportFormat format, string name)
    {
        var path = Path.Combine(_dir, name + ReportWriter.Extension(format));
        using (var f = File.Create(path)) ReportWriter.Write(model, format, f);
        ChartTests.Keep(Path.GetFileName(path), File.ReadAllBytes(path));
        return path;
    }

    private static string Squash(IEnumerable<string> lines) =>
        string.Concat(lines).Replace(" ", "").Replace("\u3000", "").Replace("\t", "");

    [Fact]
    public void The_docx_is_valid_open_xml_with_headings_tables_and_charts()
    {
        var path = Save(Model, ReportFormat.Docx, "report");
        using var doc = WordprocessingDocument.Open(path, false);
        var errors = new OpenXmlValidator().Validate(doc).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        var body = doc.MainDocumentPart!.Document.Body!;
        var styles = body.Descendants<DocumentFormat.OpenXml.Wordprocessing.ParagraphStyleId>().Select(s => s.Val!.Value).ToList();
        // 总体情况, 分类评估情况, 主要指标监测情况, 预警, 指标走势与评估说明, 重点项目专栏.
        Assert.Equal(6, styles.Count(s => s == "Heading1"));
        Assert.Contains("Title", styles);
        var tables = body.Descendants<DocumentFormat.OpenXml.Wordprocessing.Table>().ToList();
        Assert.Equal(2, tables.Count);
        Assert.All(tables, t => Assert.NotNull(t.Elements<DocumentFormat.OpenXml.Wordprocessing.TableRow>().First().TableRowProperties?.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.TableHeader>()));
        Assert.Equal(Model.Indicators.Count + 1, tables[1].Elements<DocumentFormat.OpenXml.Wordprocessing.TableRow>().Count());
        Assert.Equal(new ReportContent(Model).Charted.Count, doc.MainDocumentPart.ImageParts.Count());
    }

    [Fact]
    public void The_xlsx_has_summary_indicator_and_project_sheets_with_numbers_as_numbers()
    {
        var path = Save(Model, ReportFormat.Xlsx, "report");
        using var doc = SpreadsheetDocument.Open(path, false);
        var errors = new OpenXmlValidator().Validate(doc).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        var wb = doc.WorkbookPart!;
        var sheets = wb.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().ToList();
        Assert.Equal(["汇总", "指标", "项目"], sheets.Select(s => s.Name!.Value));

        DocumentFormat.OpenXml.Spreadsheet.Cell[] Row(string sheet, int row) =>
            ((WorksheetPart)wb.GetPartById(sheets.Single(s => s.Name == sheet).Id!)).Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>()
                .Single(r => r.RowIndex! == (uint)row).Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().ToArray();
        string Text(DocumentFormat.OpenXml.Spreadsheet.Cell c) => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "";

        var header = Row("指标", 1).Select(Text).ToList();
        var first = Row("指标", 2);
        Assert.Equal("劳动年龄人口平均受教育年限", Text(first[header.IndexOf("指标")]));
        var value = first.Single(c => c.CellReference == ColumnOf(header.IndexOf("2023年评估值")) + "2");
        Assert.Equal(DocumentFormat.OpenXml.Spreadsheet.CellValues.Number, value.DataType!.Value);
        Assert.Equal(12.98, double.Parse(value.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("滞后", Text(first[header.IndexOf("评估结果")]));
        Assert.Contains("2021年实际", header);

        // 汇总: the total row of the category table, numbers as numbers.
        var total = Enumerable.Range(1, 20).Select(r => { try { return Row("汇总", r); } catch (InvalidOperationException) { return []; } })
            .Single(r => r.Length > 0 && Text(r[0]) == "合计");
        Assert.Equal(["2", "4", "3", "1", "3", "13"], total.Skip(1).Select(Text));
        Assert.All(total.Skip(1), c => Assert.Equal(DocumentFormat.OpenXml.Spreadsheet.CellValues.Number, c.DataType!.Value));

        Assert.Equal("嘉庚创新实验室", Text(Row("项目", 2)[3]));
    }

    private static string ColumnOf(int index) => ((char)('A' + index)).ToString();

    [Fact]
    public void The_docx_and_xlsx_open_in_libreoffice_and_read_back()
    {
        foreach (var format in new[] { ReportFormat.Docx, ReportFormat.Xlsx })
        {
            var path = Save(Model, format, "report-" + format.ToString().ToLowerInvariant());
            var pdf = LibreOffice.ConvertToPdf(path, _dir);
            ChartTests.Keep(Path.GetFileName(pdf), File.ReadAllBytes(pdf));
            var text = Squash(DocumentReader.ReadFile(pdf).Lines);
            Assert.Contains("厦门市国民经济和社会发展第十四个五年规划", text);
            Assert.Contains("森林覆盖率", text);
            Assert.Contains("劳动年龄人口平均受教育年限", text);
            foreach (var label in new[] { "严重滞后", "滞后", "无法评估", "符合序时进度", "已完成/超前" })
                Assert.Contains(label, text);
            Assert.Contains("嘉庚创新实验室", text);
            if (format == ReportFormat.Docx) Assert.Contains("实施中期评估报告", text);
        }
    }

    [Fact]
    public void The_html_is_self_contained_and_escapes_hostile_text()
    {
        var hostile = XiamenReport.Builder(gdpName: "<script>alert('x')</script>地区生产总值增长 & \"引号\"")
            .Box(99, "<img src=x onerror=alert(1)>", ["<b>项目</b>"]).Build();
        var html = Encoding.UTF8.GetString(ReportWriter.Write(hostile, ReportFormat.Html));
        ChartTests.Keep("report.html", Encoding.UTF8.GetBytes(html));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img src=x", html);
        Assert.DoesNotContain("<b>项目", html);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;地区生产总值增长 &amp; &quot;引号&quot;", html);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html);
        // Self-contained: charts inline (one per indicator with a value up to the year), no external resources or scripts.
        Assert.Equal(new ReportContent(Model).Charted.Count, CountOf(html, "src=\"data:image/png;base64,"));
        Assert.True(new ReportContent(Model).Charted.Count >= Model.Indicators.Count - 1);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org", ""));
        Assert.DoesNotContain("https://", html);
        // Every status colour comes with its label in text.
        Assert.Contains("status-severely_lagging\" style=\"background:#cf222e\">严重滞后</span>", html);
        Assert.Contains(">已完成/超前</span>", html);
        Assert.Contains("<html lang=\"zh-CN\">", html);
    }

    [Fact]
    public void Html_indicator_rows_follow_the_report_order()
    {
        var html = Encoding.UTF8.GetString(ReportWriter.Write(Model, ReportFormat.Html));
        var positions = new ReportContent(Model).Ordered.Select(i => html.IndexOf($"\">{i.Name}</a></th>", StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p > 0));
        Assert.Equal(positions.OrderBy(p => p), positions);
    }

    [Fact]
    public void A_model_with_no_indicators_or_boxes_still_writes_every_format()
    {
        var empty = new ReportBuilder("空规划", "某区", 2021, 2025, 2025).Build();
        foreach (var f in Enum.GetValues<ReportFormat>())
            Assert.True(ReportWriter.Write(empty, f).Length > 500, f.ToString());
    }

    private static int CountOf(string s, string part)
    {
        int n = 0;
        for (int i = s.IndexOf(part, StringComparison.Ordinal); i >= 0; i = s.IndexOf(part, i + 1, StringComparison.Ordinal)) n++;
        return n;
    }
}
