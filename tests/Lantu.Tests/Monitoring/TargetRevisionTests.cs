using Lantu.Application.Monitoring;
using Lantu.Core.Model;
using Lantu.Core.Monitoring;
using Lantu.Reports;
using Lantu.Storage;
using Lantu.Storage.Accounts;
using Lantu.Storage.Monitoring;

namespace Lantu.Tests.Monitoring;

/// <summary>规划调整: a year is judged by the target valid in it — the plan's before the revision year, the revised
/// one from it — and every output says which was used.</summary>
public class TargetRevisionTests
{
    private static readonly Actor Planner = new("planner", Roles.Planner, null, null);

    [Fact]
    public void The_revision_in_force_is_the_latest_valid_by_the_end_of_the_year()
    {
        RevisedTarget[] revisions =
        [
            new("16.7", new DateOnly(2021, 1, 1), TargetRevisions.Original, Original: true),
            new("15.5", new DateOnly(2023, 7, 1), "市人大常委会决定"),
            new("15.0", new DateOnly(2025, 1, 1), "第二次调整"),
        ];
        Assert.Null(TargetTimeline.InForce(revisions, 2020));
        Assert.True(TargetTimeline.InForce(revisions, 2022)!.Original);
        Assert.Equal("15.5", TargetTimeline.InForce(revisions, 2023)!.Target); // valid from July: the whole year 2023
        Assert.Equal("15.5", TargetTimeline.InForce(revisions, 2024)!.Target);
        Assert.Equal("15.0", TargetTimeline.InForce(revisions, 2025)!.Target);
        Assert.Equal("按规划原文目标评估（该目标自2023-07-01起调整为“15.5”）", TargetTimeline.Note(revisions, 2022, "16.7"));
        Assert.StartsWith("按2023年调整后的目标评估（市人大常委会决定，自2023-07-01起；原目标“16.7”）", TargetTimeline.Note(revisions, 2024, "16.7"));
        Assert.Null(TargetTimeline.Note([revisions[0]], 2024, "16.7"));
    }

    [Fact]
    public void The_same_value_is_judged_against_the_original_target_before_the_revision_year_and_the_revised_one_from_it()
    {
        using var database = TestDatabase.WithSamples();
        var db = database.Db;
        var plan = new PlanReader(db).Resolve("福州");
        var perCapita = new IndicatorReader(db).Resolve(plan.VersionId, "人均 GDP"); // 12.5 (2020) → 16.7 万元 (2025)
        new ObservationStore(db).RecordAll(plan.Id, [new(perCapita.Key, 2022, 13.4), new(perCapita.Key, 2023, 14.5)], "统计局");
        ProgressRow Row(int year) => TestServices.Get<ProgressService>(db).Rows(plan.Id, year).Single(r => r.Indicator == perCapita.Id);

        // Before any revision: 2023 expected 12.5 + 4.2 × 3/5 = 15.02; ratio 2.0 / 2.52 = 0.79 → 滞后.
        var before = Row(2023);
        Assert.Equal(("16.7", 15.02, "lagging", (string?)null), (before.Target, before.Expected!.Value, before.Status, before.TargetNote));

        new TargetRevisions(db).Revise(Planner, plan.Id, TargetKinds.Indicator, perCapita.Key, "15.5", new DateOnly(2023, 7, 1),
            "市人大常委会关于调整“十四五”规划纲要部分指标的决定", originalTarget: "16.7");

        // From 2023 the revised target: expected 12.5 + 3.0 × 3/5 = 14.3; 14.5 ≥ 14.3 → 符合序时进度.
        var after = Row(2023);
        Assert.Equal(("15.5", "16.7", 14.3, "on_track", "2023-07-01"),
            (after.Target, after.OriginalTarget, after.Expected!.Value, after.Status, after.TargetValidFrom));
        Assert.StartsWith("按2023年调整后的目标评估（市人大常委会", after.TargetNote);
        // 2022 keeps the original: expected 12.5 + 4.2 × 2/5 = 14.18; ratio 0.9 / 1.68 = 0.54 → 严重滞后
        // (against 15.5 it would have been 0.9 / 1.2 = 0.75 → 滞后).
        var earlier = Row(2022);
        Assert.Equal(("16.7", 14.18, "severely_lagging", (string?)null), (earlier.Target, earlier.Expected!.Value, earlier.Status, earlier.TargetValidFrom));
        Assert.Equal("按规划原文目标评估（该目标自2023-07-01起调整为“15.5”）", earlier.TargetNote);
        // The JSON of `progress --json` and the API carries the note.
        Assert.Contains("\"target_note\":", LantuJson.Serialize(new[] { after }));

        // The report's status table shows the revised target with its note.
        var report = TestServices.Get<PlanReport>(db).Build(plan.Id, 2023).Indicators.Single(i => i.Name == perCapita.Name);
        Assert.StartsWith("15.5（按2023年调整后的目标评估", report.TargetPrinted);
        Assert.Equal(ProgressStatus.OnTrack, report.Status);
        var html = new MemoryStream();
        ReportWriter.Write(TestServices.Get<PlanReport>(db).Build(plan.Id, 2023), ReportFormat.Html, html);
        Assert.Contains("15.5（按2023年调整后的目标评估", System.Text.Encoding.UTF8.GetString(html.ToArray()));
    }

    [Fact]
    public void A_delegated_target_revised_to_a_figure_becomes_assessable_from_its_year()
    {
        using var database = TestDatabase.WithSamples();
        var db = database.Db;
        var plan = new PlanReader(db).Resolve("厦门市国民经济");
        var energy = new IndicatorReader(db).Resolve(plan.VersionId, "单位地区生产总值能源消耗降低"); // 完成省下达任务, 约束性
        new ObservationStore(db).RecordAll(plan.Id, [new(energy.Key, 2021, 2.0), new(energy.Key, 2022, 5.0)], "统计局");
        // Named by the indicator's name, as the staff API allows; valid from 2022.
        new TargetRevisions(db).Revise(Planner, plan.Id, TargetKinds.Indicator, energy.Name, "累计下降13.5%", new DateOnly(2022, 3, 1),
            "省下达“十四五”能耗强度降低目标", originalTarget: "完成省下达任务");
        var rows2021 = TestServices.Get<ProgressService>(db).Rows(plan.Id, 2021).Single(r => r.Indicator == energy.Id);
        Assert.Equal(("not_assessable", "完成省下达任务"), (rows2021.Status, rows2021.Target));
        // 2022: cumulative change 13.5 over 5 years → expected 5.4; 5.0 / 5.4 = 0.93 ≥ 0.9 (binding) → 滞后.
        var rows2022 = TestServices.Get<ProgressService>(db).Rows(plan.Id, 2022).Single(r => r.Indicator == energy.Id);
        Assert.Equal(("lagging", 5.4, "累计下降13.5%"), (rows2022.Status, rows2022.Expected!.Value, rows2022.Target));
    }
}
