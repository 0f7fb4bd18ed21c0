using System.Text;
using Lantu.Application.Exchange;
using Lantu.Application.Monitoring;
using Lantu.Application.Samples;
using Lantu.Core.Monitoring;
using Lantu.Storage;
using Lantu.Storage.Monitoring;
using Lantu.Tests.Cli;

namespace Lantu.Tests.Monitoring;

/// <summary>Observations, the data-entry template, validated imports and progress on the sample plans.</summary>
public class MonitoringStoreTests
{


    private static long Plan(LantuDatabase db, string name) => new PlanReader(db).Resolve(name).Id;

    [Fact]
    public void Extracted_targets_map_to_the_forms_the_evaluator_judges()
    {
        using var database = TestDatabase.WithSamples();
        var db = database.Db;
        TargetSpec Spec(string plan, string indicator)
        {
            var p = new PlanReader(db).Detail(Plan(db, plan));
            return ProgressService.Spec(new IndicatorReader(db).Resolve(p.VersionId, indicator), p.PeriodStart!.Value, p.PeriodEnd!.Value);
        }
        var gdp = Spec("福州", "地区生产总值 (GDP)");
        Assert.Equal((TargetForm.AnnualGrowth, 1.002, 7.0), (gdp.Form, gdp.BaseValue!.Value, gdp.Value!.Value));
        Assert.Equal((TargetForm.CumulativeTotal, 60.0), (Spec("福州", "城镇新增就业人数").Form, Spec("福州", "城镇新增就业人数").Value!.Value));
        var forest = Spec("福州", "森林覆盖率");
        Assert.Equal((TargetForm.Level, 58.36, 58.5, true), (forest.Form, forest.BaseValue!.Value, forest.Value!.Value, forest.Binding));
        Assert.Equal(TargetForm.Unassessable, Spec("福州", "粮食产量").Form);
        Assert.Contains("省下达", Spec("福州", "粮食产量").Reason);
        var growth = Spec("厦门市国民经济", "地区生产总值增长");
        Assert.Equal((TargetForm.Range, 7.0, 7.5), (growth.Form, growth.Min!.Value, growth.Max!.Value));
        var digital = Spec("厦门市国民经济", "数字经济核心产业增加值");
        Assert.Equal((TargetForm.CumulativeChange, 3.0), (digital.Form, digital.Value!.Value));
    }

    [Fact]
    public void Sample_monitoring_data_gives_statuses_computed_by_hand()
    {
        using var database = TestDatabase.WithSamples(monitoring: true);
        var db = database.Db;
        var fuzhou = TestServices.Get<ProgressService>(db).Rows(Plan(db, "福州"), 2023).Single(r => r.Name.StartsWith("地区生产总值"));
        // 1.002 万亿元 × 1.07³ = 1.2275; observed 1.2928.
        Assert.Equal((1.2928, 1.2275, "on_track"), (fuzhou.Value!.Value, Math.Round(fuzhou.Expected!.Value, 4), fuzhou.Status));
        var xiamen = TestServices.Get<ProgressService>(db).Rows(Plan(db, "厦门市国民经济"), 2023).Single(r => r.Name == "地区生产总值增长");
        // 3.1% against a 7–7.5% range: 3.1 / 7 = 0.44 < 0.7.
        Assert.Equal(("severely_lagging", "严重滞后"), (xiamen.Status, xiamen.StatusLabel));
        Assert.Contains("44%", xiamen.Reason);
        // Loading again adds nothing.
        Assert.Equal(0, TestServices.Get<SampleMonitoring>(db).Load());
    }

    [Fact]
    public void A_correction_is_a_new_revision_and_the_history_is_kept()
    {
        using var database = TestDatabase.WithSamples();
        var db = database.Db;
        var plan = new PlanReader(db).Resolve("福州");
        var forest = new IndicatorReader(db).Resolve(plan.VersionId, "森林覆盖率");
        var store = new ObservationStore(db);
        store.Record(plan.Id, new ObservationInput(forest.Key, 2022, 58.0, "林业局"), "张三");
        var second = store.Record(plan.Id, new ObservationInput(forest.Key, 2022, 58.4, "统计公报", "更正：以公报为准"), "李四");
        Assert.Equal(2, second.Revision);
        var history = store.History(plan.Id, forest.Key);
        Assert.Equal(new[] { (58.0, 1, "张三"), (58.4, 2, "李四") }, history.Select(h => (h.Value, h.Revision, h.ReportedBy)));
        Assert.Equal(58.4, store.CurrentAnnual(plan.Id)[forest.Key][2022]);
        // 58.36 → 58.5: 2022 path 58.416; 58.4 is a hair behind; binding → ratio 0.73 < 0.9 → 严重滞后.
        var row = TestServices.Get<ProgressService>(db).Rows(plan.Id, 2022).Single(r => r.Indicator == forest.Id);
        Assert.Equal("severely_lagging", row.Status);
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public void The_template_round_trips_and_the_status_changes(string format)
    {
        using var database = TestDatabase.WithSamples();
        var db = database.Db;
        var plan = new PlanReader(db).Resolve("福州");
        var employment = new IndicatorReader(db).Resolve(plan.VersionId, "城镇新增就业人数");
        Assert.Equal("not_assessable", TestServices.Get<ProgressService>(db).Rows(plan.Id, 2022).Single(r => r.Indicator == employment.Id).Status);

        var rows = TemplateFile.Build(new IndicatorReader(db).Monitored(plan.VersionId), new Dictionary<string, Dictionary<int, double>>(), 2021, 2025);
        var edited = rows.Select(r => r.ToArray()).ToList();
        var line = edited.Single(r => r[0] == employment.Id.ToString());
        (line[3], line[4]) = ("13", "12.5"); // 2021, 2022
        using var file = new MemoryStream();
        if (format == "csv") TemplateFile.WriteCsv(edited, file); else TemplateFile.WriteXlsx(edited, file);

        var result = TestServices.Get<ObservationImport>(db).Import(plan.Id, plan.VersionId, file.ToArray(), "填报." + format, "人社局");
        Assert.Equal(2, result.Values);
        var row = TestServices.Get<ProgressService>(db).Rows(plan.Id, 2022).Single(r => r.Indicator == employment.Id);
        Assert.Equal((25.5, 24.0, "on_track"), (row.Value!.Value, row.Expected!.Value, row.Status)); // [60] × 2/5 = 24
    }

    [Fact]
    public void An_invalid_file_is_rejected_whole_with_row_level_messages_and_the_database_is_unchanged()
    {
        using var database = TestDatabase.WithSamples();
        var db = database.Db;
        var plan = new PlanReader(db).Resolve("福州");
        var indicators = new IndicatorReader(db);
        int share = indicators.Resolve(plan.VersionId, "服务业增加值占地区生产总值比重").Id;
        int forest = indicators.Resolve(plan.VersionId, "森林覆盖率").Id;
        int jobs = indicators.Resolve(plan.VersionId, "城镇新增就业人数").Id;
        var csv = $"""
            指标编号,指标名称,单位,2021,2022,来源,备注
            {forest},森林覆盖率,%,58.4,58.45,,
            {share},服务业增加值占地区生产总值比重,%,130,57,,
            {jobs},城镇新增就业人数,万人,十二,-3,,
            999,不存在的指标,%,1,2,,
            {forest},人均GDP,%,1,2,,
            """;
        var before = database.Fingerprint();
        var e = Assert.Throws<ImportRejectedException>(() =>
            TestServices.Get<ObservationImport>(db).Import(plan.Id, plan.VersionId, Encoding.UTF8.GetBytes(csv), "bad.csv", "人社局"));
        var messages = e.Problems.Select(p => p.ToString()).ToList();
        Assert.Contains(messages, m => m.StartsWith("第3行 2021列") && m.Contains("0–100%"));
        Assert.Contains(messages, m => m.StartsWith("第4行 2021列") && m.Contains("不是数字"));
        Assert.Contains(messages, m => m.StartsWith("第4行 2022列") && m.Contains("负数"));
        Assert.Contains(messages, m => m.StartsWith("第5行 指标编号列") && m.Contains("不存在"));
        Assert.Contains(messages, m => m.StartsWith("第6行 指标名称列") && m.Contains("不符"));
        Assert.DoesNotContain(messages, m => m.StartsWith("第2行")); // the good row is fine, but is not stored either
        Assert.Equal(before, database.Fingerprint());
        // Binary junk and a jump without a note are refused too.
        Assert.Throws<ImportRejectedException>(() => TestServices.Get<ObservationImport>(db).Import(plan.Id, plan.VersionId, [0, 1, 2, 3, 0, 5], "junk.csv", "x"));
        var jump = $"指标编号,2021,2022\n{jobs},10,30\n";
        var j = Assert.Throws<ImportRejectedException>(() => TestServices.Get<ObservationImport>(db).Import(plan.Id, plan.VersionId, Encoding.UTF8.GetBytes(jump), "jump.csv", "x"));
        Assert.Contains("备注", j.Problems.Single().Message);
    }

    [Fact]
    public void The_cli_observes_and_reports_progress_as_json()
    {
        using var database = TestDatabase.Fresh();
        var db = database.Location;
        Assert.Equal(0, CliRunner.Lantu(db, "samples", "--json").ExitCode);
        var observe = CliRunner.Lantu(db, "observe", "福州", "森林覆盖率", "2022", "58.6", "--source", "统计公报");
        Assert.True(observe.ExitCode == 0, observe.Stderr);
        var progress = System.Text.Json.JsonDocument.Parse(CliRunner.Lantu(db, "progress", "福州", "--year", "2022", "--json").Stdout).RootElement;
        var forest = progress.EnumerateArray().Single(r => r.GetProperty("name").GetString() == "森林覆盖率");
        foreach (var field in new[] { "indicator", "name", "unit", "attribute", "target", "year", "value", "expected", "status", "forecast", "reason" })
            Assert.True(forest.TryGetProperty(field, out _), field);
        Assert.Equal("achieved", forest.GetProperty("status").GetString()); // 58.6 ≥ 58.5 already
        var bad = CliRunner.Lantu(db, "observe", "福州", "服务业增加值占地区生产总值比重", "2022", "120");
        Assert.NotEqual(0, bad.ExitCode);
        Assert.Contains("0–100%", bad.Stderr);
        var indicators = System.Text.Json.JsonDocument.Parse(CliRunner.Lantu(db, "indicators", "福州", "--json").Stdout).RootElement;
        Assert.Contains(indicators.EnumerateArray(), i => i.GetProperty("name").GetString() == "森林覆盖率" && i.GetProperty("table_kind").GetString() == "target");
    }
}

public class PlanReportCliTests
{
    [Fact]
    public void The_report_command_writes_the_mid_term_evaluation_from_stored_data()
    {
        using var dir = new Samples.TempDir();
        using var database = TestDatabase.Fresh();
        var db = database.Location;
        Assert.Equal(0, CliRunner.Lantu(db, "samples", "--json").ExitCode);
        var html = dir.File("r.html");
        var run = CliRunner.Lantu(db, "report", "福州", "--year", "2023", "--format", "html", "-o", html);
        Assert.True(run.ExitCode == 0, run.Stderr);
        var text = File.ReadAllText(html);
        Assert.Contains("实施中期评估报告", text);              // 2023 is the third year of 2021–2025
        Assert.Contains("地区生产总值 (GDP)", text);
        Assert.Contains("符合序时进度", text);                   // the sample GDP data is on track
        Assert.Contains("data:image/png;base64,", text);         // trajectory charts embedded
        var docx = dir.File("r.docx");
        Assert.Equal(0, CliRunner.Lantu(db, "report", "厦门市国民经济", "--year", "2022", "--format", "docx", "-o", docx).ExitCode);
        using var zip = System.IO.Compression.ZipFile.OpenRead(docx);
        Assert.Contains(zip.Entries, e => e.FullName == "word/document.xml");
        Assert.Contains(zip.Entries, e => e.FullName.EndsWith(".png")); // charts are embedded images
    }
}
