using System.Text.Json;
using Dapper;

namespace Lantu.Tests.Cli;

/// <summary>`lantu samples`, `warnings`, `bulletin` and `report --method` on the sample plans and their published figures.</summary>
public class MonitoringCliTests
{
    // 鲤城区2023年政府工作报告 (2022-12-30), the 2022 figures as the report gives them (预计数), and its targets for 2023.
    private static readonly string[] LichengReport =
    [
        "鲤城区2023年政府工作报告",
        "预计全年实现地区生产总值539.69亿元、增长4.5%，一般公共预算总收入23.32亿元、增长1.6%，固定资产投资增长10%。",
        "2023年经济社会发展的主要预期目标是：地区生产总值增长7%左右，一般公共预算总收入增长5%，固定资产投资增长10%。",
    ];

    [Fact]
    public void Samples_lists_the_figures_that_match_no_indicator()
    {
        using var database = TestDatabase.Fresh();
        var run = CliRunner.Lantu(database.Location, "samples");
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("鲤城区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要：公报数据匹配 6 条（本次新增 6 条），未匹配 2 条", run.Stdout);
        Assert.Contains("未匹配 第35行 地区生产总值增长 2022 4.5%：规划中的“地区生产总值”是总量，此数据是增速", run.Stdout);
        Assert.Contains("厦门市“十四五”数字厦门专项规划：本地区公报数据 20 条均不是本规划的指标", run.Stdout);
        // Again: nothing new.
        Assert.Contains("（本次新增 0 条）", CliRunner.Lantu(database.Location, "samples").Stdout);
    }

    [Fact]
    public void Warnings_json_names_licheng_revenue_lagging_two_years()
    {
        using var database = TestDatabase.WithSamples(monitoring: true);
        var run = CliRunner.Lantu(database.Location, "warnings", "鲤城", "--json");
        Assert.True(run.ExitCode == 0, run.Stderr);
        var item = Assert.Single(JsonDocument.Parse(run.Stdout).RootElement.EnumerateArray());
        Assert.Equal(("一般公共预算总收入", "lagging_two_years", 2023, false),
            (item.GetProperty("name").GetString(), item.GetProperty("kind").GetString(), item.GetProperty("year").GetInt32(), item.GetProperty("binding").GetBoolean()));
        // Every plan: 鲤城区's warning among them; 2022 alone gives none.
        Assert.Contains("连续两年滞后", CliRunner.Lantu(database.Location, "warnings").Stdout);
        Assert.Equal("[]", CliRunner.Lantu(database.Location, "warnings", "鲤城", "--year", "2022", "--json").Stdout.Trim());
    }

    [Fact]
    public void Bulletin_proposes_and_only_accept_stores_with_an_audit_entry_each()
    {
        using var database = TestDatabase.WithSamples(monitoring: true);
        using var dir = new Samples.TempDir();
        var file = dir.File("licheng-2023.txt");
        File.WriteAllLines(file, LichengReport);
        long Count(string sql) { using var c = database.Db.Connect(); return c.ExecuteScalar<long>(sql); }
        long observations = Count("SELECT COUNT(*) FROM observations");

        var run = CliRunner.Lantu(database.Location, "bulletin", "鲤城", file, "--json");
        Assert.True(run.ExitCode == 0, run.Stderr);
        var proposals = JsonDocument.Parse(run.Stdout).RootElement.EnumerateArray().ToList();
        // The plan's monitored (table) indicators: levels to levels, the growth of investment to its growth indicator;
        // nothing from the targets sentence.
        Assert.Equal([("地区生产总值", 2022, 539.69, "亿元", true, 2), ("一般公共预算总收入", 2022, 23.32, "亿元", true, 2), ("固定资产投资增长率", 2022, 10.0, "%", true, 2)],
            proposals.Select(p => (p.GetProperty("indicator_name").GetString(), p.GetProperty("year").GetInt32(), p.GetProperty("value").GetDouble(),
                p.GetProperty("unit").GetString(), p.GetProperty("estimate").GetBoolean(), p.GetProperty("line").GetInt32())));
        Assert.Equal(["indicator", "indicator_name", "text_name", "year", "value", "unit", "estimate", "line", "sentence"],
            proposals[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(observations, Count("SELECT COUNT(*) FROM observations"));

        run = CliRunner.Lantu(database.Location, "bulletin", "鲤城", file, "--accept");
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("已记录 3 个数值", run.Stdout);
        Assert.Equal(observations + 3, Count("SELECT COUNT(*) FROM observations"));
        Assert.Equal(3, Count("SELECT COUNT(*) FROM audit_log WHERE action = 'observation.bulletin'"));
        Assert.Equal(3, Count("SELECT COUNT(*) FROM observations WHERE source = 'licheng-2023.txt 第2行' AND estimate = 1"));
    }

    [Fact]
    public void A_midterm_report_lists_the_categories_and_the_binding_indicators_apart()
    {
        using var database = TestDatabase.WithSamples(monitoring: true);
        using var dir = new Samples.TempDir();
        var path = dir.File("xiamen-2023.html");
        var run = CliRunner.Lantu(database.Location, "report", "厦门市国民经济", "--year", "2023", "--method", "midterm", "--format", "html", "-o", path);
        Assert.True(run.ExitCode == 0, run.Stderr);
        var html = File.ReadAllText(path);
        Assert.Contains("实施中期评估报告", html);
        foreach (var category in new[] { "提前实现", "快于预期", "基本符合预期", "滞后" }) Assert.Contains($"<th scope=\"col\">{category}</th>", html);
        Assert.Contains("约束性指标评估情况", html);
        Assert.Contains("约束性指标中期评估表", html);
        // 地区生产总值增长 3.1% (2023) against 7–7.5%: 滞后, and with 4.4% in 2022 on the warning list; the figures shown.
        Assert.Contains("地区生产总值增长（预期性）：连续两年滞后", html);
        Assert.Contains("计算依据：", html);
        // 研发经费投入强度 3.36 is a grade C copy, marked where shown.
        Assert.Contains("3.36（C级来源）", html);

        Assert.NotEqual(0, CliRunner.Lantu(database.Location, "report", "厦门市国民经济", "--year", "2023", "--method", "guess", "-o", path).ExitCode);
    }
}
