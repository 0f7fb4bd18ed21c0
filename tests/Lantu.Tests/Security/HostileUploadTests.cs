using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Lantu.Tests.Web;

namespace Lantu.Tests.Security;

/// <summary>Issue 17 item 7, the web side: a data-entry template (.xlsx) built to crash the reader is refused with a
/// clear message — not a stack overflow that kills the portal for everyone — whoever uploads it (files generated here).</summary>
public sealed class HostileUploadTests : IAsyncLifetime
{
    private StaffHost _h = null!;
    public async Task InitializeAsync() => _h = await StaffHost.Start();
    public async Task DisposeAsync() => await _h.DisposeAsync();

    /// <summary>An .xlsx whose worksheet is <paramref name="sheet"/> written by <paramref name="write"/>.</summary>
    private static byte[] Xlsx(Action<Stream> write)
    {
        var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Part(string name, string text) { using var s = zip.CreateEntry(name).Open(); s.Write(Encoding.UTF8.GetBytes(text)); }
            Part("[Content_Types].xml", """<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""");
            Part("_rels/.rels", """<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            Part("xl/workbook.xml", """<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="s" sheetId="1" r:id="r1"/></sheets></workbook>""");
            Part("xl/_rels/workbook.xml.rels", """<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""");
            using var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Optimal).Open();
            write(sheet);
        }
        return ms.ToArray();
    }

    private static byte[] Nested(int depth) => Xlsx(s =>
    {
        var w = new StreamWriter(s);
        w.Write("""<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is>""");
        for (var i = 0; i < depth; i++) w.Write("<r>");
        for (var i = 0; i < depth; i++) w.Write("</r>");
        w.Write("</is></c></row></sheetData></worksheet>");
        w.Flush();
    });

    /// <summary>A worksheet that inflates to 300 MB (whitespace inside the root element).</summary>
    private static byte[] Bomb() => Xlsx(s =>
    {
        s.Write("""<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"""u8);
        var spaces = new byte[1 << 20];
        Array.Fill(spaces, (byte)' ');
        for (var i = 0; i < 300; i++) s.Write(spaces);
        s.Write("<sheetData/></worksheet>"u8);
    });

    private static async Task<HttpResponseMessage> Import(HttpClient client, byte[] bytes)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(await StaffHost.Token(client, "/staff/import?plan=1")), "__RequestVerificationToken" },
            { new StringContent("1"), "plan" },
        };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        form.Add(file, "file", "template.xlsx");
        return await client.PostAsync("/staff/import", form);
    }

    [Theory]
    [InlineData(StaffHost.Reporter)]
    [InlineData(PortalHost.AdminUser)]
    public async Task A_template_of_100000_nested_elements_is_refused_and_the_portal_keeps_answering(string user)
    {
        var client = await _h.SignedIn(user);
        var before = (_h.Count("submissions"), _h.Count("observations"));
        var response = await Import(client, Nested(100_000));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("嵌套层级超过 160 层", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, (_h.Count("submissions"), _h.Count("observations")));
        Assert.Equal(HttpStatusCode.OK, (await _h.Host.Client().GetAsync("/")).StatusCode);
        // A template nested within the limit gets past the scan and is read as before (here: a sheet with no header).
        var shallow = await Import(client, Nested(20));
        Assert.DoesNotContain("嵌套层级", await shallow.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_template_that_inflates_to_300_MB_is_refused()
    {
        var client = await _h.SignedIn(StaffHost.Reporter);
        var bomb = Bomb();
        Assert.True(bomb.Length < 2 * 1024 * 1024, $"{bomb.Length} bytes");
        var response = await Import(client, bomb);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("疑似压缩炸弹", await response.Content.ReadAsStringAsync());
    }
}
