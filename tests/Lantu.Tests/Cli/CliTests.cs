using System.Text.Json;

namespace Lantu.Tests.Cli;

/// <summary>The command-line contract: JSON names scripts rely on, exit codes, errors on stderr.</summary>
public class CliTests
{
    [Fact]
    public void Samples_then_plans_outline_and_boxes_speak_the_json_contract()
    {
        using var database = TestDatabase.Fresh();
        var db = database.Location;
        var ingest = CliRunner.Process(db, "samples", "--json");
        Assert.Equal(0, ingest.ExitCode);

        var plans = JsonDocument.Parse(CliRunner.Process(db, "plans", "--json").Stdout).RootElement;
        Assert.Equal(5, plans.GetArrayLength());
        var fuzhou = plans.EnumerateArray().Single(p => p.GetProperty("region").GetString() == "福州市");
        foreach (var field in new[] { "id", "title", "region", "level", "kind", "period_start", "period_end", "source_file", "headings", "boxes", "glossary" })
            Assert.True(fuzhou.TryGetProperty(field, out _), field);
        Assert.Equal(2021, fuzhou.GetProperty("period_start").GetInt32());
        Assert.Equal(16, fuzhou.GetProperty("boxes").GetInt32());

        var outline = JsonDocument.Parse(CliRunner.Lantu(db, "outline", "福州", "--json").Stdout).RootElement;
        var chapter1 = outline.EnumerateArray().First(n => n.GetProperty("kind").GetString() == "chapter");
        Assert.Equal("第一章", chapter1.GetProperty("number").GetString());
        Assert.Equal(106, chapter1.GetProperty("line_start").GetInt32());
        Assert.Equal(6, chapter1.GetProperty("children").EnumerateArray().Count(c => c.GetProperty("kind").GetString() == "section"));

        var boxes = JsonDocument.Parse(CliRunner.Lantu(db, "boxes", "1", "--json").Stdout).RootElement;
        var box3 = boxes.EnumerateArray().Single(b => b.GetProperty("number").GetString() == "3");
        var item = box3.GetProperty("items")[0];
        Assert.Equal("嘉庚创新实验室", item.GetProperty("name").GetString());
        Assert.True(item.GetProperty("line_start").GetInt32() > box3.GetProperty("line_start").GetInt32());

        var export = JsonDocument.Parse(CliRunner.Lantu(db, "export", "鲤城").Stdout).RootElement;
        Assert.Equal("鲤城区", export.GetProperty("plan").GetProperty("region").GetString());
        Assert.Equal(25, export.GetProperty("boxes").GetArrayLength());
    }

    [Fact]
    public void Errors_go_to_stderr_with_a_nonzero_exit()
    {
        using var dir = new Samples.TempDir();
        using var database = TestDatabase.Fresh();
        var db = database.Location;
        var junk = dir.File("junk.pdf");
        File.WriteAllBytes(junk, [0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x34, 0x0A, 0x00, 0x01]); // a truncated PDF
        var bad = CliRunner.Process(db, "ingest", junk);
        Assert.NotEqual(0, bad.ExitCode);
        Assert.Contains("junk.pdf", bad.Stderr);
        Assert.Contains("PDF", bad.Stderr);

        var missing = CliRunner.Process(db, "outline", "上海");
        Assert.NotEqual(0, missing.ExitCode);
        Assert.Contains("没有找到", missing.Stderr);
        Assert.DoesNotContain("Unhandled exception", missing.Stderr + bad.Stderr); // one clear line, no stack trace
        Assert.DoesNotContain("   at ", missing.Stderr + bad.Stderr);
        Assert.Equal("", missing.Stdout.Trim());
    }

    [Fact]
    public void Ingest_with_overrides_names_a_document_that_has_no_title()
    {
        using var database = TestDatabase.Fresh();
        var db = database.Location;
        var run = CliRunner.Lantu(db, "ingest", Samples.Path001, "--title", "泉州台商投资区“十四五”规划纲要", "--region", "泉州台商投资区", "--json");
        Assert.Equal(0, run.ExitCode);
        var plan = JsonDocument.Parse(CliRunner.Lantu(db, "plans", "--json").Stdout).RootElement[0];
        Assert.Equal("泉州台商投资区“十四五”规划纲要", plan.GetProperty("title").GetString());
        Assert.Equal("开发区", plan.GetProperty("level").GetString());
        Assert.Equal(2025, plan.GetProperty("period_end").GetInt32());
    }
}
