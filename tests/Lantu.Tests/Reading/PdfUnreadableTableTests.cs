using System.Diagnostics;
using System.Net;
using System.Text;
using Lantu.Core.Reading;
using Xunit.Abstractions;

namespace Lantu.Tests.Reading;

/// <summary>
/// PDFs whose table cannot be read as text (issue 13 item 3): the table pasted as a picture, and fonts that carry no
/// Unicode mapping (no ToUnicode map: the text layer decodes to control characters and stray Latin letters). The
/// reader must say so in a warning naming the page, and give no rows made of what it could not read.
/// </summary>
public class PdfUnreadableTableTests(ITestOutputHelper output)
{
    private const string Chromium = "/usr/bin/chromium";

    [Fact]
    public void Glyphs_of_a_font_without_a_unicode_mapping_are_a_warning_not_rows()
    {
        // LibreOffice 7.4 writes the font of the figures and Latin letters first, the Chinese font second.
        const int font = 0;
        var docx = PdfTableDocx.Build(PdfTableDocx.Rows(copies: 1), repeatHeader: true);
        var fromDocx = DocumentReader.Read(docx, "table.docx").Lines.Where(l => l.Contains('\t')).ToList();
        var pdf = WithoutUnicodeMaps(PrintDocx(docx), only: font);

        var document = DocumentReader.Read(pdf, "table.pdf");
        foreach (var w in document.Warnings) output.WriteLine(w);
        var rows = document.Lines.Where(l => l.Contains('\t')).ToList();
        output.WriteLine($"rows kept: {rows.Count} of {fromDocx.Count}");
        Assert.Contains(document.Warnings, w => w.Contains("第 1 页", StringComparison.Ordinal) && w.Contains("没有 Unicode 映射", StringComparison.Ordinal));
        Assert.DoesNotContain(document.Lines, l => l.Any(c => c < 0x20 && c != '\t' || c == '\uFFFD'));
        // A row is given as the .docx gives it, or not at all: never with the figures (or the names) left out.
        Assert.All(rows, r => Assert.Contains(r, fromDocx));
        Assert.True(rows.Count < fromDocx.Count, "some rows hold glyphs of the unmapped font");
        // Lines wholly in the Chinese font are read.
        Assert.Contains(document.Lines, l => l.Contains("发展目标", StringComparison.Ordinal));
    }

    [Fact]
    public void A_pdf_whose_every_font_lacks_a_unicode_mapping_is_refused_with_the_reason()
    {
        var docx = PdfTableDocx.Build(PdfTableDocx.Rows(copies: 1), repeatHeader: true);
        var pdf = WithoutUnicodeMaps(PrintDocx(docx), only: null);
        var e = Assert.Throws<DocumentReadException>(() => DocumentReader.Read(pdf, "table.pdf"));
        Assert.Contains("没有 Unicode 映射", e.Message);
    }

    [Fact]
    public void A_table_pasted_as_a_picture_is_a_warning_not_rows()
    {
        Assert.True(File.Exists(Chromium), "Debian's chromium is required: apt-get install -y chromium");
        using var dir = new Samples.TempDir();
        // The table as an office pastes it: a screenshot of the table, placed as a picture between paragraphs.
        File.WriteAllText(dir.File("table.html"), TableHtml(PdfTableDocx.Rows(copies: 1)), Encoding.UTF8);
        Run("--screenshot=" + dir.File("table.png"), "--window-size=700,900", new Uri(dir.File("table.html")).AbsoluteUri);
        File.WriteAllText(dir.File("plan.html"), """
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>规划</title></head><body>
            <h1>某市国民经济和社会发展第十四个五年规划纲要</h1><p>第一章　发展目标</p>
            <p>锚定二〇三五年远景目标，今后五年经济社会发展要努力实现以下主要目标。</p>
            <p>表1　“十四五”经济社会发展主要指标</p><img src="table.png" style="width:600px">
            <p>注：〔〕内为五年累计数。</p></body></html>
            """, Encoding.UTF8);
        Run("--no-pdf-header-footer", "--print-to-pdf=" + dir.File("plan.pdf"), new Uri(dir.File("plan.html")).AbsoluteUri);

        var document = DocumentReader.ReadFile(dir.File("plan.pdf"));
        foreach (var w in document.Warnings) output.WriteLine(w);
        Assert.Contains(document.Warnings, w => w.Contains("第 1 页有一幅图片", StringComparison.Ordinal));
        Assert.Contains(document.Lines, l => l.Contains("主要指标", StringComparison.Ordinal));
        Assert.DoesNotContain(document.Lines, l => l.Contains('\t'));

        // Whoever imports it is told (the CLI and the upload page show the ingest's warnings).
        using var store = TestDatabase.Fresh();
        var result = new Lantu.Storage.PlanIngestor(store.Db).IngestFile(dir.File("plan.pdf"));
        Assert.Contains(result.Warnings, w => w.Contains("第 1 页有一幅图片", StringComparison.Ordinal));
    }

    [Fact]
    public void A_pdf_read_whole_has_no_warning()
    {
        var pdf = PrintDocx(PdfTableDocx.Build(PdfTableDocx.Rows(copies: 1), repeatHeader: true));
        Assert.Empty(DocumentReader.Read(pdf, "table.pdf").Warnings);
    }

    private static byte[] PrintDocx(byte[] docx)
    {
        using var dir = new Samples.TempDir();
        File.WriteAllBytes(dir.File("table.docx"), docx);
        return File.ReadAllBytes(LibreOffice.ConvertToPdf(dir.File("table.docx"), dir.Path));
    }

    /// <summary>The PDF with its fonts' ToUnicode maps unlinked (the key renamed, same length, so the cross-reference
    /// offsets stay right): all of them, or only the <paramref name="only"/>-th.</summary>
    private static byte[] WithoutUnicodeMaps(byte[] pdf, int? only)
    {
        var text = Encoding.Latin1.GetString(pdf);
        int found = 0, at = 0;
        var sb = new StringBuilder();
        for (int i; (i = text.IndexOf("/ToUnicode", at, StringComparison.Ordinal)) >= 0; at = i + "/ToUnicode".Length)
        {
            sb.Append(text, at, i - at).Append(only is null || only == found ? "/ToUnicodX" : "/ToUnicode");
            found++;
        }
        sb.Append(text, at, text.Length - at);
        Assert.True(found > (only ?? 0), $"the PDF has {found} ToUnicode maps");
        return Encoding.Latin1.GetBytes(sb.ToString());
    }

    private static string TableHtml(List<string[]> rows)
    {
        var sb = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>table{border-collapse:collapse} td{border:1px solid #000;padding:3px;font-size:13px}</style></head><body><table>");
        foreach (var row in rows.Prepend(PdfTableDocx.Header))
            sb.Append("<tr>").Append(string.Concat(row.Select(c => $"<td>{WebUtility.HtmlEncode(c)}</td>"))).Append("</tr>");
        return sb.Append("</table></body></html>").ToString();
    }

    private static void Run(params string[] args)
    {
        var start = new ProcessStartInfo(Chromium) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in new[] { "--headless", "--no-sandbox", "--disable-gpu" }.Concat(args)) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "chromium did not finish");
    }
}
