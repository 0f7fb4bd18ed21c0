using Lantu.Core.Monitoring;
using static Lantu.Tests.Monitoring.MethodTestSpecs;

namespace Lantu.Tests.Monitoring;

/// <summary>The Open SDG / Statistics Canada progress measure on hand-computed examples (docs/METHODOLOGY.md §9).</summary>
public class ProgressMeasureTests
{
    private static ProgressCategory Category(TargetSpec t, int year, double value, string? name = null) =>
        ProgressMeasure.Evaluate(t, Obs((year, value)), year, name).Category;

    [Fact]
    public void Ratio_of_observed_to_required_growth_gives_each_category()
    {
        // Base 100 (2020) → 161.051 (2025): required (1.61051)^(1/5) − 1 = 10% a year.
        var t = new TargetSpec { Form = TargetForm.Level, BaseValue = 100, Value = 161.051 };
        var (category, result) = ProgressMeasure.Evaluate(t, Obs((2022, 115)), 2022);
        // 115 in 2022: observed √1.15 − 1 = 7.238%; R = 0.724 → 需加快.
        Assert.Equal(ProgressCategory.NeedsAcceleration, category);
        Assert.Equal((7.238, 10.0, 0.724), (Math.Round(result.Figures.ObservedRate!.Value, 3), Math.Round(result.Figures.RequiredRate!.Value, 3), Math.Round(result.Figures.Ratio!.Value, 3)));
        Assert.Equal((100.0, 2020, 115.0, 2022, 161.051, 2025), (result.Figures.Base!.Value, result.Figures.BaseYear, result.Figures.Current!.Value, result.Figures.CurrentYear!.Value, result.Figures.Target!.Value, result.Figures.TargetYear));
        Assert.Equal("需加快", result.Label);
        Assert.Contains("比值R = 0.724", result.Reason);

        Assert.Equal(ProgressCategory.OnTrack, Category(t, 2022, 121));          // 10% → R 1.000
        Assert.Equal(ProgressCategory.Limited, Category(t, 2022, 105));          // 2.470% → R 0.247
        Assert.Equal(ProgressCategory.Deterioration, Category(t, 2022, 95));     // −2.532% → R −0.253
        Assert.Equal(ProgressCategory.TargetAchieved, Category(t, 2022, 170));
    }

    [Fact]
    public void Fuzhou_per_capita_gdp_on_the_published_figures()
    {
        // 福州 人均GDP 12.5 → 16.7 万元; 152846元 in 2023, 167787元 in 2024 (福州市2023/2024年统计公报, monitoring-facts.csv).
        var t = Spec("002", "人均 GDP");
        var (category, result) = ProgressMeasure.Evaluate(t, Obs((2023, 15.2846)), 2023);
        // Observed (15.2846/12.5)^(1/3) − 1 = 6.934%; required (16.7/12.5)^(1/5) − 1 = 5.965%; R = 1.162.
        Assert.Equal(ProgressCategory.OnTrack, category);
        Assert.Equal((6.934, 5.965, 1.162), (Math.Round(result.Figures.ObservedRate!.Value, 3), Math.Round(result.Figures.RequiredRate!.Value, 3), Math.Round(result.Figures.Ratio!.Value, 3)));
        Assert.Equal(ProgressCategory.TargetAchieved, ProgressMeasure.Evaluate(t, Obs((2023, 15.2846), (2024, 16.7787)), 2024).Category);
        // The latest value up to the year counts: in 2024 without a 2024 value, 2023's is used.
        Assert.Equal(2023, ProgressMeasure.Evaluate(t, Obs((2023, 15.2846)), 2024).Result.Figures.CurrentYear);
    }

    [Fact]
    public void Lower_is_better_targets_compare_two_negative_rates()
    {
        // 泉州台商投资区 城镇调查失业率 5.5 → 5: required (5/5.5)^(1/5) − 1 = −1.888%.
        var t = Spec("001", "城镇调查失业率");
        Assert.Equal(Desired.Lower, t.Desired);
        var r = ProgressMeasure.Evaluate(t, Obs((2022, 5.3)), 2022).Result;
        // 5.3 in 2022: observed (5.3/5.5)^(1/2) − 1 = −1.835%; R = 0.972 → 进展良好.
        Assert.Equal(("进展良好", 0.972), (r.Label, Math.Round(r.Figures.Ratio!.Value, 3)));
        Assert.Equal(ProgressCategory.Deterioration, Category(t, 2022, 5.6));
        Assert.Equal(ProgressCategory.TargetAchieved, Category(t, 2022, 4.9));
    }

    [Fact]
    public void Without_a_numeric_target_growth_is_judged_against_one_and_a_half_and_half_a_percent()
    {
        // 泉州台商投资区 森林覆盖率 20.8, target 持平 (no figure).
        var forest = Spec("001", "森林覆盖率");
        Assert.Equal(TargetForm.Unassessable, forest.Form);
        Assert.Equal(ProgressCategory.Limited, Category(forest, 2022, 21.0, "森林覆盖率"));            // 0.480% a year
        Assert.Equal(ProgressCategory.NeedsAcceleration, Category(forest, 2022, 21.2, "森林覆盖率"));  // 0.957%
        Assert.Equal(ProgressCategory.OnTrack, Category(forest, 2022, 21.5, "森林覆盖率"));            // 1.669%
        Assert.Equal(ProgressCategory.Deterioration, Category(forest, 2022, 20.5, "森林覆盖率"));      // −0.724%
        // 鲤城区 PM2.5年日均浓度 0.021, no target; lower is better (DirectionRules): 0.020 in 2022 is
        // −((0.020/0.021)^(1/2) − 1) = +2.41% in the desired direction → 进展良好.
        var pm = Spec("003", "PM2.5年日均浓度");
        var r = ProgressMeasure.Evaluate(pm, Obs((2022, 0.020)), 2022, "PM2.5年日均浓度").Result;
        Assert.Equal("进展良好", r.Label);
        Assert.Contains("按期望方向的年均变化2.41%", r.Reason);
    }

    [Fact]
    public void Totals_changes_and_growth_rate_indicators()
    {
        // 福州 城镇新增就业人数 [60] 万人: 14 + 13 by 2022 → 13.5 a year against 12 → R 1.125 → 进展良好.
        var jobs = Spec("002", "城镇新增就业人数");
        var r = ProgressMeasure.Evaluate(jobs, Obs((2021, 14), (2022, 13)), 2022).Result;
        Assert.Equal(("进展良好", 1.125, 27.0), (r.Label, r.Figures.Ratio!.Value, r.Figures.Current!.Value));
        // A missing year of a total is not filled in.
        Assert.Contains("缺少2021年数据", ProgressMeasure.Evaluate(jobs, Obs((2022, 13)), 2022).Result.Reason);
        // 能耗累计下降12%: 5.0 by 2022 → 2.5 a year against 2.4 → R 1.042.
        var energy = new TargetSpec { Form = TargetForm.CumulativeChange, Value = 12, Binding = true };
        Assert.Equal(1.042, Math.Round(ProgressMeasure.Evaluate(energy, Obs((2022, 5.0)), 2022).Result.Figures.Ratio!.Value, 3));
        // 厦门 地区生产总值增长 7–7.5%: a yearly rate has no compound growth.
        var growth = Spec("000", "地区生产总值增长");
        Assert.Equal(ProgressCategory.NotAssessable, Category(growth, 2023, 3.1, "地区生产总值增长"));
    }
}
