using System.Text;
using Lantu.Core.Reading;
using Lantu.Storage;
using Lantu.Storage.Monitoring;
using Lantu.Tests.Fixtures;
using Lantu.Tests.Indicators;
using Microsoft.Playwright;
using MimeKit;
using MimeKit.Text;

namespace Lantu.Tests.Reading;

/// <summary>
/// A plan saved as a single-file web page: Chromium's "网页，单个文件" (.mhtml, written here by Debian's chromium
/// itself through the DevTools snapshot a browser's save uses), and the "single file web page" Word writes, which
/// sites publish as .doc (GB2312, quoted-printable, with an image part). Both must read as the page does.
/// </summary>
public class MhtmlReaderTests
{
    private static string[] Rows(IEnumerable<string> lines) => lines.Where(l => l.Contains('\t')).ToArray();

    [Fact]
    public async Task A_page_saved_by_chromium_as_mhtml_reads_as_the_page_itself()
    {
        var page = File.ReadAllBytes(FixtureFiles.XiamenGbkPage);
        var mhtml = await ChromiumSnapshot(FixtureFiles.XiamenGbkPage);
        Assert.StartsWith("From: <Saved by Blink>", Encoding.ASCII.GetString(mhtml, 0, 40));

        var fromPage = DocumentReader.Read(page, "xiamen.html");
        var fromMhtml = DocumentReader.Read(mhtml, "xiamen.mhtml");

        Assert.Equal("mhtml", fromMhtml.Format);
        Assert.Equal(Rows(fromPage.Lines), Rows(fromMhtml.Lines));
        Assert.Equal(fromPage.Lines.Where(l => l.Length > 0), fromMhtml.Lines.Where(l => l.Length > 0));

        using var store = TestDatabase.Fresh();
        var result = new PlanIngestor(store.Db).IngestBytes(mhtml, "厦门十四五规划纲要.mhtml");
        var rows = new IndicatorReader(store.Db).List(result.VersionId).Where(r => r.Source == "table").ToList();
        Assert.Equal(ExpectedRows.All[("000", 526)].Select(r => r.Replace(" ", "")),
            rows.Select(r => string.Join('|', r.Category, r.Seq, r.Name, r.Parent, r.Unit, r.Base, r.Target, r.Growth, r.Actual, r.Attribute, r.Note)));
    }

    [Fact]
    public void A_word_single_file_web_page_published_as_doc_reads_its_table()
    {
        var bytes = WordSingleFilePage();
        Assert.False(Encoding.ASCII.GetString(bytes).Contains("类别"), "the text should be encoded in the file, as Word writes it");

        var doc = DocumentReader.Read(bytes, "规划纲要.doc");

        Assert.Equal("mhtml", doc.Format);
        Assert.Contains("厦门市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", doc.Lines);
        Assert.Contains("类别\t指标\t单位\t2020年\t2025年\t年均增长\t属性", Rows(doc.Lines));
        Assert.Contains("经济发展\t地区生产总值\t亿元\t6384\t9000\t7%\t预期性", Rows(doc.Lines));
        Assert.DoesNotContain(doc.Lines, l => l.Contains("=E") || l.Contains("image001"));
    }

    [Fact]
    public void A_truncated_or_empty_single_file_page_is_refused_with_its_reason()
    {
        var cut = WordSingleFilePage()[..400];
        var e = Assert.Throws<DocumentReadException>(() => DocumentReader.Read(cut, "cut.mht"));
        Assert.True(e.Message.Contains("MHTML"), e.Message);

        var noPage = Encoding.ASCII.GetBytes("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: image/png\r\n\r\nxx\r\n--b--\r\n");
        var none = Assert.Throws<DocumentReadException>(() => DocumentReader.Read(noPage, "images.mht"));
        Assert.Contains("没有网页正文", none.Message);
    }

    [Fact]
    public void Plain_text_that_quotes_a_mime_header_is_still_text()
    {
        var text = "某区“十四五”规划\n\nContent-Type: multipart/related 是一种格式。\n\n第一章 总体要求\n";
        Assert.Equal("text", DocumentReader.Read(Encoding.UTF8.GetBytes(text), "plan.txt").Format);
    }

    /// <summary>The snapshot Chromium writes when a page is saved as one file (DevTools Page.captureSnapshot).</summary>
    private static async Task<byte[]> ChromiumSnapshot(string htmlPath)
    {
        const string chromium = "/usr/bin/chromium";
        Assert.True(File.Exists(chromium), "Debian's chromium is required: apt-get install -y chromium");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium, Headless = true, Args = ["--no-sandbox", "--disable-gpu"],
        });
        var page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(htmlPath).AbsoluteUri);
        var session = await page.Context.NewCDPSessionAsync(page);
        var result = await session.SendAsync("Page.captureSnapshot", new Dictionary<string, object> { ["format"] = "mhtml" });
        return Encoding.UTF8.GetBytes(result!.Value.GetProperty("data").GetString()!);
    }

    /// <summary>A page in the form Word's "单个文件网页" takes: multipart/related, the HTML in GB2312 as
    /// quoted-printable under a file:/// location, Word's Office markup, and an image part beside it.</summary>
    private static byte[] WordSingleFilePage()
    {
        const string html = """
            <html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
            <head><meta http-equiv=Content-Type content="text/html; charset=gb2312"><meta name=Generator content="Microsoft Word 15">
            <style><!-- p.MsoNormal {margin:0cm; font-size:10.5pt;} --></style></head>
            <body lang=ZH-CN style='tab-interval:21.0pt'><div class=WordSection1>
            <p class=MsoNormal align=center><b><span style='font-size:22.0pt'>厦门市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要</span></b></p>
            <p class=MsoNormal><span>第一章　发展基础</span></p>
            <p class=MsoNormal><span>“十四五”时期经济社会发展主要指标如下。</span><img width=10 height=10 src="规划纲要.files/image001.png"></p>
            <table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0>
            <tr><td><p class=MsoNormal>类别</p></td><td><p class=MsoNormal>指标</p></td><td><p class=MsoNormal>单位</p></td><td><p class=MsoNormal>2020年</p></td><td><p class=MsoNormal>2025年</p></td><td><p class=MsoNormal>年均增长</p></td><td><p class=MsoNormal>属性</p></td></tr>
            <tr><td rowspan=2><p class=MsoNormal>经济发展</p></td><td><p class=MsoNormal>地区生产总值</p></td><td><p class=MsoNormal>亿元</p></td><td><p class=MsoNormal>6384</p></td><td><p class=MsoNormal>9000</p></td><td><p class=MsoNormal>7%</p></td><td><p class=MsoNormal>预期性</p></td></tr>
            <tr><td><p class=MsoNormal>全员劳动生产率</p></td><td><p class=MsoNormal>万元/人</p></td><td><p class=MsoNormal>23.5</p></td><td><p class=MsoNormal>30</p></td><td><p class=MsoNormal>5%</p></td><td><p class=MsoNormal>预期性</p></td></tr>
            </table></div></body></html>
            """;
        var gb = CodePagesEncodingProvider.Instance.GetEncoding("gb2312")!;
        var page = new TextPart(TextFormat.Html) { ContentTransferEncoding = ContentEncoding.QuotedPrintable };
        page.SetText(gb, html);
        page.ContentType.Charset = "gb2312";
        page.ContentLocation = new Uri("file:///C:/D0A1/规划纲要.htm");
        var image = new MimePart("image", "png")
        {
            Content = new MimeContent(new MemoryStream(Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="))),
            ContentTransferEncoding = ContentEncoding.Base64,
            ContentLocation = new Uri("file:///C:/D0A1/规划纲要.files/image001.png"),
        };
        var related = new MultipartRelated { page, image };
        using var output = new MemoryStream();
        // Word writes the MIME header straight, without the From/Subject of a mail.
        var header = Encoding.ASCII.GetBytes("MIME-Version: 1.0\r\n");
        output.Write(header);
        related.WriteTo(output);
        return output.ToArray();
    }
}
