using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Lantu.Tests.Web;

/// <summary>`lantu serve` as a user runs it: an empty database gets the samples, then the address is printed.</summary>
public class ServeCommandTests
{
    [Fact]
    public async Task Serve_ingests_the_samples_into_an_empty_database_and_prints_the_address()
    {
        using var database = TestDatabase.Fresh();
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "lantu.dll"), "serve", "--urls", "http://127.0.0.1:0", "--db", database.Location })
            psi.ArgumentList.Add(a);
        psi.Environment["LANTU_DB"] = "";
        psi.Environment["LANTU_ADMIN_USER"] = "";
        psi.Environment["LANTU_ADMIN_PASSWORD"] = "";
        using var p = Process.Start(psi)!;
        try
        {
            string? address = null;
            var output = new List<string>();
            var deadline = DateTime.UtcNow.AddSeconds(120);
            while (address is null && DateTime.UtcNow < deadline)
            {
                var line = await p.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(120));
                if (line is null) break;
                output.Add(line);
                if (Regex.Match(line, @"请在浏览器中打开：(http://127\.0\.0\.1:\d+)") is { Success: true } m) address = m.Groups[1].Value;
            }
            Assert.True(address is not null, string.Join("\n", output));
            Assert.Contains(output, l => l.Contains("已导入 5 份样例规划"));
            for (var i = 0; i < 2; i++) output.Add(await p.StandardOutput.ReadLineAsync() ?? "");
            Assert.Contains(output, l => l.Contains("工作人员登录与上传未启用"));
            using var http = new HttpClient();
            var plans = JsonDocument.Parse(await http.GetStringAsync(address + "/api/plans")).RootElement;
            Assert.Equal(5, plans.GetArrayLength());
            Assert.Contains("规划目录", await http.GetStringAsync(address + "/"));
        }
        finally
        {
            if (!p.HasExited) p.Kill(true);
            await p.WaitForExitAsync();
        }
    }
}
