using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Lantu.Application.Exchange;
using Lantu.Tests.Security;

namespace Lantu.Tests.Web;

/// <summary>The template download and import page, and the report download page, over HTTP in the test host.</summary>
public sealed class ImportReportPageTests : IAsyncLifetime
{
    private StaffHost _h = null!;
    public async Task InitializeAsync() => _h = await StaffHost.Start();
    public async Task DisposeAsync() => await _h.DisposeAsync();

    private static async Task<HttpResponseMessage> Upload(HttpClient c, long plan, string fileName, byte[] bytes, bool token = true)
    {
        var form = new MultipartFormDataContent();
        if (token) form.Add(new StringContent(await StaffHost.Token(c, $"/staff/import?plan={plan}")), "__RequestVerificationToken");
        form.Add(new StringContent(plan.ToString()), "plan");
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        return await c.PostAsync("/staff/import", form);
    }

    [Fact]
    public async Task Templates_download_and_a_filled_one_imports_only_when_every_cell_is_valid()
    {
        var admin = await _h.SignedIn(PortalHost.AdminUser);
        var page = await admin.GetStringAsync("/staff/import?plan=3");
        Assert.Contains("handler=template&amp;plan=3&amp;format=xlsx", page);

        var xlsx = await admin.GetAsync("/staff/import?handler=template&plan=3&format=xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);
        var rows = TemplateFile.Read(await xlsx.Content.ReadAsByteArrayAsync(), "t.xlsx");
        Assert.Equal(["指标编号", "指标名称", "单位", "2021", "2022", "2023", "2024", "2025", "来源", "备注"], rows[0]);
        var csvBytes = await admin.GetByteArrayAsync("/staff/import?handler=template&plan=3&format=csv");
        var csv = TemplateFile.Read(csvBytes, "t.csv");
        Assert.Equal(rows.Count, csv.Count);
        var forest = csv.FindIndex(r => r[1] == "森林覆盖率");
        Assert.True(forest > 0);

        // One bad cell (a share over 100%) and an unknown id: nothing stored, both problems listed by row and column.
        var before = _h.Count("observations");
        var row = csv[forest].ToArray();
        row[5] = "158.6"; // 2023
        var response = await Upload(admin, 3, "filled.csv", Csv([csv[0], row, ["9999", "不存在的指标", "%", "", "", "1", "", "", "", ""]]));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("未导入任何数据", html);
        Assert.Contains("<tr><td>2</td><td>2023</td><td>“森林覆盖率”是占比类指标", html);
        Assert.Contains("<tr><td>3</td><td>指标编号</td><td>指标编号“9999”不存在</td></tr>", html);
        Assert.Equal(before, _h.Count("observations"));

        // Corrected: stored, audited.
        row[5] = "58.6";
        row[8] = "统计公报";
        var good = Csv([csv[0], row]);
        response = await Upload(admin, 3, "filled.csv", good);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("已导入 1 个数值", await response.Content.ReadAsStringAsync());
        Assert.Equal(before + 1, _h.Count("observations"));
        Assert.Equal(1, _h.Count("audit_log", "action = 'observation.import' AND target = 'plan:3'"));

        // Not a spreadsheet, and no token.
        response = await Upload(admin, 3, "x.xlsx", Encoding.UTF8.GetBytes("PK\x03\x04 broken"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Excel 文件已损坏", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, (await Upload(admin, 3, "filled.csv", good, token: false)).StatusCode);
        Assert.Equal(before + 1, _h.Count("observations"));
    }

    [Fact]
    public async Task Reports_download_in_each_format_for_any_signed_in_staff_member()
    {
        var viewer = await _h.SignedIn(StaffHost.Viewer);
        var page = await viewer.GetStringAsync("/staff/reports?plan=3");
        Assert.Contains("<option value=\"2023\"", page);
        foreach (var (format, type, magic) in new[] { ("docx", "wordprocessingml", "PK"), ("xlsx", "spreadsheetml", "PK"), ("html", "text/html", "<!DOCTYPE html>") })
        {
            var token = await StaffHost.Token(viewer, "/staff/reports?plan=3");
            var r = await viewer.PostAsync("/staff/reports", StaffHost.Form(token, ("plan", "3"), ("year", "2023"), ("format", format)));
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            Assert.Contains(type, r.Content.Headers.ContentType!.ToString());
            Assert.Equal($"plan-3-2023-report.{format}", r.Content.Headers.ContentDisposition!.FileName?.Trim('"'));
            var bytes = await r.Content.ReadAsByteArrayAsync();
            Assert.StartsWith(magic, Encoding.UTF8.GetString(bytes, 0, 20).TrimStart('\uFEFF'), StringComparison.OrdinalIgnoreCase);
            if (format == "html") Assert.Contains("地区生产总值", Encoding.UTF8.GetString(bytes));
        }
        var t = await StaffHost.Token(viewer, "/staff/reports?plan=3");
        var invalid = await viewer.PostAsync("/staff/reports", StaffHost.Form(t, ("plan", "3"), ("year", "2030"), ("format", "docx")));
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Contains("年份应在规划期 2021–2025 之内", await invalid.Content.ReadAsStringAsync());
        invalid = await viewer.PostAsync("/staff/reports", StaffHost.Form(t, ("plan", "3"), ("year", "2023"), ("format", "pdf")));
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await viewer.PostAsync("/staff/reports", StaffHost.Form(null, ("plan", "3"), ("year", "2023"), ("format", "docx")))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await _h.Browser().GetAsync("/staff/reports")).StatusCode);
    }

    private static byte[] Csv(IEnumerable<string[]> rows)
    {
        using var ms = new MemoryStream();
        TemplateFile.WriteCsv(rows.ToList(), ms);
        return ms.ToArray();
    }
}
