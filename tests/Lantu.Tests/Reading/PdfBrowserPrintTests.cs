using System.Diagnostics;
using System.Net;
using System.Text;
using Lantu.Core.Reading;
using Xunit.Abstractions;

namespace Lantu.Tests.Reading;

/// <summary>
/// A plan's web page printed to PDF by a browser (Debian's chromium, as a user does with 打印 → 另存为 PDF): the
/// browser draws every cell border as a thin filled rectangle rather than a line, repeats the &lt;thead&gt; on each
/// page, and lays a 类别 cell with rowspan over several rows. The PDF's table must read as the HTML reader reads the
/// page itself.
/// </summary>
public class PdfBrowserPrintTests(ITestOutputHelper output)
{
    private const string Chromium = "/usr/bin/chromium";

    [Fact]
    public void A_web_page_table_printed_by_a_browser_reads_as_the_page_does()
    {
        var rows = PdfTableDocx.Rows(copies: 3);
        var html = Page(rows);
        using var dir = new Samples.TempDir();
        File.WriteAllText(dir.File("plan.html"), html, Encoding.UTF8);
        var pdfPath = PrintToPdf(dir.File("plan.html"), dir.File("plan.pdf"));

        var fromHtml = DocumentReader.Read(Encoding.UTF8.GetBytes(html), "plan.html").Lines.Where(l => l.Contains('\t')).ToList();
        var fromPdf = DocumentReader.ReadFile(pdfPath).Lines.Where(l => l.Contains('\t')).ToList();
        foreach (var (h, p) in fromHtml.Zip(fromPdf).Where(x => x.First != x.Second).Take(5))
            output.WriteLine($"html: {h}\npdf:  {p}");
        using (var pdf = UglyToad.PdfPig.PdfDocument.Open(pdfPath))
            Assert.True(pdf.NumberOfPages >= 2, $"the table should run over a page break; it took {pdf.NumberOfPages} page(s)");
        Assert.Equal(1 + rows.Count, fromHtml.Count);
        Assert.Equal(fromHtml, fromPdf);
    }

    /// <summary>The rows as an HTML table: the header in &lt;thead&gt;, each 类别 cell spanning the rows up to the next.</summary>
    private static string Page(List<string[]> rows)
    {
        var sb = new StringBuilder("""
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>某市“十四五”规划纲要</title>
            <style>table{border-collapse:collapse;width:600px} td,th{border:1px solid #000;padding:4px;font-size:15px}</style>
            </head><body><h1>某市国民经济和社会发展第十四个五年规划纲要</h1><p>表1　“十四五”经济社会发展主要指标</p><table><thead><tr>
            """);
        int[] widths = [60, 40, 170, 60, 70, 70, 70, 60];
        for (int c = 0; c < PdfTableDocx.Header.Length; c++) sb.Append($"<th style=\"width:{widths[c]}px\">{WebUtility.HtmlEncode(PdfTableDocx.Header[c])}</th>");
        sb.Append("</tr></thead><tbody>");
        for (int r = 0; r < rows.Count; r++)
        {
            sb.Append("<tr>");
            if (rows[r][0].Length > 0)
            {
                int span = 1;
                while (r + span < rows.Count && rows[r + span][0].Length == 0) span++;
                sb.Append($"<td rowspan=\"{span}\">{WebUtility.HtmlEncode(rows[r][0])}</td>");
            }
            foreach (var cell in rows[r].Skip(1)) sb.Append($"<td>{WebUtility.HtmlEncode(cell)}</td>");
            sb.Append("</tr>");
        }
        sb.Append("</tbody></table><p>注：〔〕内为五年累计数。</p></body></html>");
        return sb.ToString();
    }

    /// <summary>The page printed to PDF by Debian's chromium, as 打印 → 另存为 PDF does.</summary>
    internal static string PrintToPdf(string html, string pdf)
    {
        Assert.True(File.Exists(Chromium), "Debian's chromium is required: apt-get install -y chromium");
        var start = new ProcessStartInfo(Chromium)
        {
            ArgumentList = { "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--print-to-pdf=" + pdf, new Uri(html).AbsoluteUri },
            RedirectStandardError = true, RedirectStandardOutput = true,
        };
        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "chromium did not finish printing");
        Assert.True(File.Exists(pdf), "chromium printed no PDF");
        return pdf;
    }
}
