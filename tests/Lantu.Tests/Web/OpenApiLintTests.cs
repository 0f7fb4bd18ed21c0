using System.Diagnostics;
using System.Text.Json;

namespace Lantu.Tests.Web;

/// <summary>A fact that needs the Redocly CLI (tools/openapi, installed by .ci/run); skipped with the reason otherwise.</summary>
public sealed class RedoclyFactAttribute : FactAttribute
{
    public static string Cli => Path.Combine(Samples.RepoRoot, "tools", "openapi", "node_modules", ".bin", "redocly");

    public RedoclyFactAttribute()
    {
        if (!File.Exists(Cli)) Skip = "Redocly CLI not installed: run `npm ci` in tools/openapi (.ci/run does)";
    }
}

/// <summary>Issue 17 item 9: the live /openapi/v1.json lints clean with Redocly's recommended rules; every operation has an
/// operationId, a security declaration (HTTP Basic where needed) and documented problem+json 4xx answers.</summary>
public sealed class OpenApiLintTests : IAsyncLifetime
{
    private PortalHost _host = null!;
    public async Task InitializeAsync() => _host = await PortalHost.InMemory();
    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Every_operation_has_an_id_security_and_problem_answers()
    {
        var doc = JsonDocument.Parse(await _host.Client().GetStringAsync("/openapi/v1.json")).RootElement;
        Assert.Equal("basic", doc.GetProperty("components").GetProperty("securitySchemes").GetProperty("basicAuth").GetProperty("scheme").GetString());
        var ids = new HashSet<string>();
        foreach (var path in doc.GetProperty("paths").EnumerateObject())
            foreach (var op in path.Value.EnumerateObject())
            {
                var where = $"{op.Name} {path.Name}";
                Assert.True(ids.Add(op.Value.GetProperty("operationId").GetString()!), $"{where}: duplicate operationId");
                var security = op.Value.GetProperty("security");
                var needsBasic = (path.Name, op.Name) is ("/api/plans", "post") || path.Name is "/api/submissions" or "/api/due" or "/api/audit" or "/api/assignments" or "/api/revisions" || path.Name.StartsWith("/api/submissions/");
                Assert.True(needsBasic == security.EnumerateArray().Any(r => r.TryGetProperty("basicAuth", out _)), $"{where}: security {security}");
                var responses = op.Value.GetProperty("responses");
                Assert.True(responses.TryGetProperty("400", out var bad), where);
                Assert.True(bad.GetProperty("content").TryGetProperty("application/problem+json", out _), where);
                if (needsBasic) Assert.True(responses.TryGetProperty("401", out _) && responses.TryGetProperty("403", out _), where);
            }
        Assert.True(ids.Count >= 30, $"{ids.Count} operations");
    }

    [RedoclyFact]
    public async Task The_live_description_lints_clean_with_redoclys_recommended_rules()
    {
        var file = Path.Combine(Path.GetTempPath(), $"lantu-openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, await _host.Client().GetStringAsync("/openapi/v1.json"));
        try
        {
            var psi = new ProcessStartInfo(RedoclyFactAttribute.Cli)
            {
                ArgumentList = { "lint", file, "--config", Path.Combine(Samples.RepoRoot, "tools", "openapi", "redocly.yaml"), "--format=stylish" },
                RedirectStandardOutput = true, RedirectStandardError = true,
            };
            psi.Environment["REDOCLY_TELEMETRY"] = "off";
            psi.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
            using var p = Process.Start(psi)!;
            var stdout = p.StandardOutput.ReadToEndAsync();
            var stderr = p.StandardError.ReadToEndAsync();
            Assert.True(p.WaitForExit(120_000), "redocly lint did not finish in 120 s");
            var output = await stdout + await stderr;
            Assert.True(p.ExitCode == 0, output);
            Assert.DoesNotContain(" warning ", output);
            Assert.DoesNotContain(" error ", output);
        }
        finally { File.Delete(file); }
    }
}
