using System.Text;
using Lantu.Application.Exchange;
using Lantu.Application.Monitoring;
using Lantu.Core.Monitoring;
using Lantu.Storage;
using Lantu.Storage.Monitoring;
using Lantu.Tests.Cli;

namespace Lantu.Tests.Monitoring;

/// <summary>Relations between a table's sub-rows and their parent, on the sample plans' real tables: 厦门's review
/// table groups 基本养老/基本医疗/工伤/失业/生育保险参保人数 (万人) under 社会保险参保人数; 福州's groups
/// 户籍/常住人口城镇化率 under 城镇化率 and 固定宽带家庭普及率 (147.9% printed) under 互联网普及.</summary>
public class RelationRuleTests
{
    [Fact]
    public void The_sample_tables_mark_sub_rows_with_their_parent()
    {
        using var database = TestDatabase.WithSamples();
        var db = database.Db;
        var plan = new PlanReader(db).Resolve("厦门市国民经济");
        var rows = new IndicatorReader(db).List(plan.VersionId);
        var insured = rows.Where(r => r.Parent == "社会保险参保人数").Select(r => (r.Name, r.Unit)).ToList();
        Assert.Equal(5, insured.Count);
        Assert.All(insured, r => Assert.Equal("万人", r.Unit));
        Assert.Contains(rows, r => r.Name == "社会保险参保人数" && r.Parent is null && r.Unit is null); // the heading row
    }

    [Fact]
    public void A_part_above_its_whole_rejects_the_import_and_parts_adding_up_beyond_it_are_stored_with_a_flag()
    {
        using var database = TestDatabase.WithSamples();
        var db = database.Db;
        var plan = new PlanReader(db).Resolve("厦门市国民经济");
        var rows = new IndicatorReader(db).List(plan.VersionId);
        int Id(string name) => rows.Single(r => r.Name == name && r.TableKind == "review").Id;
        int whole = Id("社会保险参保人数"), pension = Id("基本养老保险参保人数"), medical = Id("基本医疗保险参保人数");

        // 450 万人 insured for health care cannot exceed 300 万人 insured at all: refused, row and column named.
        var bad = $"指标编号,指标名称,2021,来源\n{whole},社会保险参保人数,300,测试\n{pension},基本养老保险参保人数,250,测试\n{medical},基本医疗保险参保人数,450,测试\n";
        var before = database.Fingerprint();
        var e = Assert.Throws<ImportRejectedException>(() =>
            TestServices.Get<ObservationImport>(db).Import(plan.Id, plan.VersionId, Encoding.UTF8.GetBytes(bad), "bad.csv", "人社局"));
        var problem = Assert.Single(e.Problems);
        Assert.Equal("第4行 2021列：分项“基本医疗保险参保人数”（450万人）超过整体“社会保险参保人数”（300万人），部分不能大于整体", problem.ToString());
        Assert.Equal(before, database.Fingerprint());

        // The plan's own 2020 figures, 332.6 and 437.8 万人, under a whole of 600: each part fits, but together they
        // make 770.4 > 600. People are insured several times over, so this is a warning: stored, flagged, reported.
        var overlap = $"指标编号,指标名称,2020,来源\n{whole},社会保险参保人数,600,测试\n{pension},基本养老保险参保人数,332.6,测试\n{medical},基本医疗保险参保人数,437.8,测试\n";
        var result = TestServices.Get<ObservationImport>(db).Import(plan.Id, plan.VersionId, Encoding.UTF8.GetBytes(overlap), "overlap.csv", "人社局");
        Assert.Equal(3, result.Values);
        var warning = Assert.Single(result.Warnings);
        Assert.StartsWith("第2行 2020列：“社会保险参保人数”的2个分项之和 770.4万人 超过整体 600万人", warning.ToString());
        // The whole carries the flag (it is the figure the parts are held against); the parts are stored clean.
        Assert.Contains("770.4", new ObservationStore(db).History(plan.Id, rows.Single(r => r.Id == whole).Key).Single().Flag);
        Assert.Null(new ObservationStore(db).History(plan.Id, rows.Single(r => r.Id == pension).Key).Single().Flag);
    }

    [Fact]
    public void Rates_under_a_heading_are_not_added_up_and_a_penetration_rate_may_pass_100()
    {
        using var database = TestDatabase.WithSamples();
        var db = database.Db;
        var plan = new PlanReader(db).Resolve("福州");
        var rows = new IndicatorReader(db).List(plan.VersionId);
        string Key(string name) => rows.Single(r => r.Name == name && r.TableKind == "review").Key;
        // The review table's own results: 58.1 and 71 (two urbanisation rates, not parts of one whole), and 147.9.
        var findings = TestServices.Get<ObservationValidator>(db).Check(plan.Id, plan.VersionId,
            [new(Key("户籍人口城镇化率"), 2020, 58.1), new(Key("常住人口城镇化率"), 2020, 71), new(Key("固定宽带家庭普及率"), 2020, 147.9)]);
        Assert.Empty(findings);
        // 好于III类水体比例 under 主要河流水质 is a share: over 100 is refused.
        var water = TestServices.Get<ObservationValidator>(db).Check(plan.Id, plan.VersionId, [new(Key("好于III类水体比例"), 2020, 101)]);
        Assert.True(Assert.Single(water).Error);
    }

    [Fact]
    public void Share_parents_bound_their_parts_and_per_capita_parts_are_never_compared()
    {
        RelationRow[] table =
        [
            new("w", "高技术产业增加值占规上工业比重", null, "%", "t"),
            new("a", "电子信息", "高技术产业增加值占规上工业比重", "%", "t"),
            new("i", "居民人均可支配收入", null, "元", "t"),
            new("u", "城镇居民人均可支配收入", "居民人均可支配收入", "元", "t"),
            new("g", "地区生产总值", null, "亿元", "t"),
            new("s", "第三产业增加值", "地区生产总值", "亿元", "t"),
            new("x", "第二产业增加值", "地区生产总值", "亿元", "t"),
        ];
        var values = new Dictionary<string, double> { ["w"] = 40, ["a"] = 120, ["i"] = 70467, ["u"] = 76573, ["g"] = 7802.66, ["s"] = 4500, ["x"] = 3200 };
        var problems = IndicatorRelations.Check(table, values, new HashSet<string>(values.Keys));
        Assert.Equal([("a", true)], problems.Select(p => (p.Key, p.Error)));   // 120% share refused; incomes fine; 7700 ≤ 7802.66 fine
        values["x"] = 3400; // 4500 + 3400 = 7900 > 7802.66: a warning at the last entered part
        var sum = IndicatorRelations.Check(table, values, new HashSet<string> { "x" }).Single();
        Assert.Equal(("x", false), (sum.Key, sum.Error));
        Assert.Contains("7900", sum.Message);
    }

    [Fact]
    public void The_cli_refuses_a_part_above_its_whole_and_takes_a_quarter()
    {
        using var database = TestDatabase.Fresh();
        var db = database.Location;
        Assert.Equal(0, CliRunner.Lantu(db, "samples", "--json").ExitCode);
        Assert.Equal(0, CliRunner.Lantu(db, "observe", "厦门市国民经济", "社会保险参保人数", "2021", "300").ExitCode);
        var bad = CliRunner.Lantu(db, "observe", "厦门市国民经济", "基本医疗保险参保人数", "2021", "450");
        Assert.NotEqual(0, bad.ExitCode);
        Assert.Contains("部分不能大于整体", bad.Stderr);
        // 2025: the samples' published figures (monitoring-facts.csv) end with 2024.
        var q = CliRunner.Lantu(db, "observe", "福州", "地区生产总值 (GDP)", "2025", "1.05", "--quarter", "3", "--source", "统计月报", "--json");
        Assert.True(q.ExitCode == 0, q.Stderr);
        using var saved = System.Text.Json.JsonDocument.Parse(q.Stdout);
        Assert.Equal((2025, 3), (saved.RootElement.GetProperty("year").GetInt32(), saved.RootElement.GetProperty("quarter").GetInt32()));
        Assert.NotEqual(0, CliRunner.Lantu(db, "observe", "福州", "地区生产总值 (GDP)", "2025", "1.05", "--quarter", "5").ExitCode);
        // A year outside base year..period end is refused as on the portal's form (the security suite stored 1800).
        foreach (var year in new[] { "1800", "2019", "2026" })
        {
            var outside = CliRunner.Lantu(db, "observe", "福州", "地区生产总值 (GDP)", year, "1.05");
            Assert.NotEqual(0, outside.ExitCode);
            Assert.Contains($"年份 {year} 应在 2020–2025 之间", outside.Stderr);
        }
        Assert.Equal(0, CliRunner.Lantu(db, "observe", "福州", "地区生产总值 (GDP)", "2020", "1.05").ExitCode);
        // The quarter is shown with the year's row but not judged: without an annual value 2025 stays 无法评估.
        using var progress = System.Text.Json.JsonDocument.Parse(CliRunner.Lantu(db, "progress", "福州", "--year", "2025", "--json").Stdout);
        var gdp = progress.RootElement.EnumerateArray().Single(r => r.GetProperty("name").GetString() == "地区生产总值 (GDP)");
        Assert.Equal(("2025Q3", 1.05, "not_assessable"), (gdp.GetProperty("latest_quarter").GetString(), gdp.GetProperty("quarter_value").GetDouble(), gdp.GetProperty("status").GetString()));
        Assert.Contains("不参与年度评估", gdp.GetProperty("reason").GetString());
    }
}
