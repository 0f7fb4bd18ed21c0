using Lantu.Application.Monitoring;
using Lantu.Core.Monitoring;
using Lantu.Storage;
using Lantu.Storage.Monitoring;

namespace Lantu.Tests.Monitoring;

/// <summary>Every target in the five sample plans' indicator tables is judged, or says exactly why it cannot be;
/// the kinds that need care are checked with hand-computed figures.</summary>
public class SampleTargetKindsTests
{
    private static TargetSpec Spec(LantuDatabase db, string plan, string indicator)
    {
        var p = new PlanReader(db).Detail(new PlanReader(db).Resolve(plan).Id);
        return ProgressService.Spec(new IndicatorReader(db).Resolve(p.VersionId, indicator), p.PeriodStart!.Value, p.PeriodEnd!.Value);
    }

    private static Dictionary<int, double> Obs(params (int Year, double Value)[] v) => v.ToDictionary(x => x.Year, x => x.Value);

    /// <summary>The exact reasons a target without a usable figure may give; anything else is a gap in the mapping.</summary>
    private static readonly string[] ExactReasons = ["下达", "相对目标", "上下限是", "没有目标值", "目标值暂缺", "没有基期值", "不是确切数值"];

    [Fact]
    public void Every_monitored_target_of_the_five_plans_is_judged_on_its_path_or_says_exactly_why_not()
    {
        using var database = TestDatabase.WithSamples();
        var reader = new PlanReader(database.Db);
        int judged = 0, unassessable = 0;
        foreach (var plan in reader.List())
        {
            var items = TestServices.Get<ProgressService>(database.Db).Evaluate(plan.Id, 2022);
            Assert.NotEmpty(items);
            foreach (var item in items)
            {
                var t = item.Spec;
                string where = $"{plan.Title} / {item.Indicator.Name}（{item.Indicator.Target ?? item.Indicator.Growth}）";
                if (t.Form == TargetForm.Unassessable)
                {
                    unassessable++;
                    Assert.True(ExactReasons.Any(t.Reason!.Contains), $"{where}: {t.Reason}");
                    continue;
                }
                // A value exactly on the expected path (the bound, the range's minimum, the yearly share of a total)
                // is on track or better — or the evaluator says exactly why it cannot tell.
                var observations = t.Form switch
                {
                    TargetForm.CumulativeTotal => Obs((2021, t.Value!.Value / t.Span), (2022, t.Value!.Value / t.Span)),
                    _ => Obs((2022, ExpectedPath.At(t, 2022) ?? t.Value!.Value)),
                };
                var e = Evaluator.Evaluate(t, observations, 2022);
                if (e.Status == ProgressStatus.NotAssessable) Assert.True(ExactReasons.Any(e.Reason.Contains), $"{where}: {e.Reason}");
                else { judged++; Assert.True(e.Status is ProgressStatus.OnTrack or ProgressStatus.Achieved, $"{where}: {e.Status} {e.Reason}"); }
            }
        }
        Assert.True(judged >= 60, $"only {judged} targets judged"); // of about 110 monitored rows, the rest delegated/relative
        Assert.True(unassessable > 0);
    }

    [Fact]
    public void Growth_rates_period_totals_printed_bounds_and_unmet_bounds_are_judged_by_hand_computed_figures()
    {
        using var database = TestDatabase.WithSamples();
        TargetSpec Spec(string plan, string indicator) => SampleTargetKindsTests.Spec(database.Db, plan, indicator);
        // 鲤城区 固定资产投资增长率 年均增长不低于10%: each year's rate ≥ 10 (not 15.3 compounded at 10%).
        var investment = Spec("鲤城", "固定资产投资增长率");
        Assert.Equal((TargetForm.Bound, 10.0), (investment.Form, investment.Value!.Value));
        Assert.Equal(ProgressStatus.OnTrack, Evaluator.Evaluate(investment, Obs((2022, 12)), 2022).Status);
        Assert.Equal(ProgressStatus.Lagging, Evaluator.Evaluate(investment, Obs((2022, 8)), 2022).Status); // 0.8 ≥ 0.7
        Assert.Equal(TargetForm.Bound, Spec("泉州台商", "居民人均可支配收入增长率").Form);
        Assert.Equal(TargetForm.Bound, Spec("厦门市国民经济", "全员劳动生产率增长").Form); // >5, base 4

        // 泉州台商投资区 实际利用外资（五年累计）3 亿美元: 2021–2022 expected 3 × 2/5 = 1.2; 0.5 + 0.6 = 1.1 → 0.92 → 滞后.
        var fdi = Spec("泉州台商", "实际利用外资（五年累计）");
        Assert.Equal((TargetForm.CumulativeTotal, 3.0), (fdi.Form, fdi.Value!.Value));
        var e = Evaluator.Evaluate(fdi, Obs((2021, 0.5), (2022, 0.6)), 2022);
        Assert.Equal((ProgressStatus.Lagging, 1.2), (e.Status, Math.Round(e.Expected!.Value, 4)));
        Assert.Equal(TargetForm.CumulativeTotal, Spec("鲤城", "新增学前教育、义务教育学位").Form); // 8000, no base

        // 福州 城市空气质量优良天数比例 完成省下达指标 (97%以上), 约束性: the printed 97 is the bound.
        var air = Spec("福州", "城市空气质量优良天数比例");
        Assert.Equal((TargetForm.Bound, 97.0, true), (air.Form, air.Value!.Value, air.Binding));
        Assert.Equal(ProgressStatus.OnTrack, Evaluator.Evaluate(air, Obs((2022, 98.6)), 2022).Status);
        Assert.Equal(ProgressStatus.Achieved, Evaluator.Evaluate(air, Obs((2025, 98.6)), 2025).Status);

        // 福州 数字经济规模占GDP比重 45 → 50以上: not met at the base, so a path: 2022 expected 45 + 5 × 2/5 = 47.
        var digital = Spec("福州", "数字经济规模占 GDP 比重");
        Assert.Equal((TargetForm.Level, 50.0), (digital.Form, digital.Value!.Value));
        Assert.Equal(ProgressStatus.OnTrack, Evaluator.Evaluate(digital, Obs((2022, 47.5)), 2022).Status);
        Assert.Equal(ProgressStatus.SeverelyLagging, Evaluator.Evaluate(digital, Obs((2022, 46)), 2022).Status); // 1/2 = 0.5
        // 科技进步贡献率 60 → 60以上 is met at the base: a bound kept every year.
        Assert.Equal(TargetForm.Bound, Spec("福州", "科技进步贡献率").Form);

        // Exact reasons.
        Assert.Contains("全省平均水平", Spec("福州", "城镇登记失业率").Reason);
        Assert.Equal("规划表中只有基期值“0.021”，没有目标值", Spec("鲤城", "PM2.5年日均浓度").Reason);
        var xiamenAir = Evaluator.Evaluate(Spec("厦门市国民经济", "空气质量优良天数比率"), Obs((2022, 97.0)), 2022);
        Assert.Equal("基期值“>97.5”不是确切数值，无法计算序时进度（达到目标值97.9即为完成）", xiamenAir.Reason);
        var noBase = Evaluator.Evaluate(Spec("泉州台商", "全社会固定资产投资额"), Obs((2022, 120)), 2022);
        Assert.Equal((ProgressStatus.NotAssessable, "目标为年均增长8%，规划表中没有基期值，无法计算复合增长的序时进度"), (noBase.Status, noBase.Reason));
    }
}
