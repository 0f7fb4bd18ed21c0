using Lantu.Application.Monitoring;
using Lantu.Application.Samples;
using Lantu.Core.Monitoring;
using Lantu.Storage;
using Lantu.Storage.Monitoring;

namespace Lantu.Tests.Monitoring;

/// <summary>The published figures of samples/monitoring/monitoring-facts.csv as the bundled samples load them: stored
/// on each plan's own indicators with grade and estimate flag, idempotent, no year filled in, and the dashboards'
/// statuses and warnings computed from them.</summary>
public class SampleFactsLoadTests
{
    private static long Plan(LantuDatabase db, string name) => new PlanReader(db).Resolve(name).Id;

    [Fact]
    public void Licheng_revenue_is_lagging_in_2022_and_2023_and_on_the_warning_list()
    {
        using var database = TestDatabase.WithSamples(monitoring: true);
        var db = database.Db;
        long licheng = Plan(db, "鲤城");
        var progress = TestServices.Get<ProgressService>(db);
        // 20.24亿元 (2020) growing 10% a year: expected 24.4904 (2022) and 26.9394 (2023); published 23.32 and 25.32 (预计数).
        var rows = new[] { 2022, 2023 }.Select(y => progress.Rows(licheng, y).Single(r => r.Name == "一般公共预算总收入")).ToList();
        Assert.Equal([(23.32, 24.4904, "lagging"), (25.32, 26.9394, "lagging")], rows.Select(r => (r.Value!.Value, r.Expected!.Value, r.Status)));
        // 地区生产总值 438.08 → 650亿元: 2023 expected 565.232, published 580 — on track.
        Assert.Equal("on_track", progress.Rows(licheng, 2023).Single(r => r.Name == "地区生产总值").Status);

        var warnings = TestServices.Get<AssessmentService>(db).Warnings(licheng, 2023);
        var warning = Assert.Single(warnings.Items);
        Assert.Equal(("一般公共预算总收入", WarningKind.LaggingTwoYears), (warning.Name, warning.Kind));
        Assert.Contains("2022年滞后（23.32，序时进度24.49）", warning.Reason);
        // Without a year: the latest year with a value, 2023 for 鲤城区 — the same list.
        Assert.Equal(2023, TestServices.Get<AssessmentService>(db).Warnings(licheng).Year);
        // 2022 alone is one year behind: no warning yet.
        Assert.Empty(TestServices.Get<AssessmentService>(db).Warnings(licheng, 2022).Items);
    }

    [Fact]
    public void Figures_keep_source_grade_and_estimate_and_loading_again_adds_nothing()
    {
        using var database = TestDatabase.WithSamples(monitoring: true);
        var db = database.Db;
        long licheng = Plan(db, "鲤城");
        var revenue = new IndicatorReader(db).Resolve(new PlanReader(db).Detail(licheng).VersionId, "一般公共预算总收入");
        var history = new ObservationStore(db).History(licheng, revenue.Key);
        // Two years published, nothing else: no year is filled in.
        Assert.Equal([2022, 2023], history.Select(h => h.Year));
        var first = history[0];
        Assert.Equal((23.32, true, "A", SampleFacts.Reporter), (first.Value, first.Estimate, first.Grade, first.ReportedBy));
        Assert.Equal("鲤城区2023年政府工作报告（2022-12-30，预计数）；等级A 官方发布；预计数", first.Source);

        // 厦门 研发经费投入强度 3.36 (2023) is a grade C copy.
        long xiamen = Plan(db, "厦门市国民经济");
        var rd = new IndicatorReader(db).Resolve(new PlanReader(db).Detail(xiamen).VersionId, "研发经费投入强度");
        Assert.Equal("C", new ObservationStore(db).CurrentAnnualDetail(xiamen)[rd.Key][2023].Grade);

        long before = new ObservationStore(db).CurrentAnnual(licheng).Values.Sum(v => v.Count);
        Assert.Equal(0, TestServices.Get<SampleMonitoring>(db).Load(out var facts));
        Assert.Equal(before, new ObservationStore(db).CurrentAnnual(licheng).Values.Sum(v => v.Count));
        var lichengFacts = facts.Single(f => f.PlanId == licheng);
        // 鲤城区's plan has 地区生产总值 as a level only: the growth figures are shown as unmatched, with the reason.
        Assert.Equal([2022, 2023], lichengFacts.Unmatched.Select(u => u.Fact.Year));
        Assert.All(lichengFacts.Unmatched, u => Assert.Equal("规划中的“地区生产总值”是总量，此数据是增速", u.Reason));
    }

    [Fact]
    public void Every_published_figure_of_the_sample_plans_shows_on_the_dashboard_of_its_year()
    {
        using var database = TestDatabase.WithSamples(monitoring: true);
        var db = database.Db;
        var progress = TestServices.Get<ProgressService>(db);
        int shown = 0, judged = 0;
        foreach (var plan in TestServices.Get<SampleFacts>(db).Load().Where(p => p.Matched.Count > 0))
            foreach (var m in plan.Matched)
            {
                var row = progress.Rows(plan.PlanId, m.Fact.Year).Single(r => r.Name == m.Indicator!.Name);
                // A year the department table (002-fuzhou.csv) already gave keeps that value: 1.1324 万亿元 for 11324.48亿元.
                Assert.True(Math.Abs(m.Value!.Value - row.Value!.Value) <= 1e-4 * Math.Abs(m.Value.Value), $"{m.Indicator!.Name} {m.Fact.Year}: {row.Value} ≠ {m.Value}");
                shown++;
                if (row.Status != "not_assessable") judged++;
                // Not assessable only with the target's own reason: a relative target, or no base value in the plan.
                else Assert.True(row.Reason.Contains("基期") || row.Reason.Contains("目标"), $"{m.Indicator!.Name} {m.Fact.Year}: {row.Reason}");
            }
        // 厦门 13, 福州 7, 鲤城区 6 matched figures (the 数字厦门 special plan has none of these indicators).
        Assert.Equal(26, shown);
        Assert.True(judged >= 18, $"{judged} of {shown} judged");
    }
}
