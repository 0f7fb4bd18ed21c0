using Lantu.Core.Monitoring;

namespace Lantu.Tests.Monitoring;

/// <summary>Each target form and each status, with expectations computed by hand (docs/METHODOLOGY.md).</summary>
public class EvaluatorTests
{
    private static Dictionary<int, double> Obs(params (int Year, double Value)[] values) => values.ToDictionary(v => v.Year, v => v.Value);

    // 福州 人均GDP: 12.5 万元 (2020) → 16.7 (2025). Path in 2023: 12.5 + 4.2 × 3/5 = 15.02.
    private static readonly TargetSpec PerCapitaGdp = new() { Form = TargetForm.Level, BaseValue = 12.5, Value = 16.7 };

    [Theory]
    [InlineData(15.1, ProgressStatus.OnTrack)]           // above 15.02
    [InlineData(14.5, ProgressStatus.Lagging)]           // (14.5-12.5)/(15.02-12.5) = 0.794 ≥ 0.7
    [InlineData(13.8, ProgressStatus.SeverelyLagging)]   // 1.3/2.52 = 0.516 < 0.7
    [InlineData(16.8, ProgressStatus.Achieved)]          // beyond the 2025 target already
    public void A_level_target_is_judged_against_the_linear_path(double value, ProgressStatus expected)
    {
        var e = Evaluator.Evaluate(PerCapitaGdp, Obs((2023, value)), 2023);
        Assert.Equal(expected, e.Status);
        Assert.Equal(15.02, e.Expected!.Value, 6);
        Assert.Contains("序时进度15.02", e.Reason);
    }

    [Fact]
    public void A_binding_indicator_is_judged_strictly()
    {
        var binding = PerCapitaGdp with { Binding = true };
        // 14.5 is lagging for an expected indicator but under 0.9 of the path for a binding one.
        Assert.Equal(ProgressStatus.SeverelyLagging, Evaluator.Evaluate(binding, Obs((2023, 14.5)), 2023).Status);
        Assert.Equal(ProgressStatus.Lagging, Evaluator.Evaluate(binding, Obs((2023, 14.9)), 2023).Status); // 2.4/2.52 = 0.952
    }

    [Fact]
    public void A_decreasing_level_target_counts_progress_downwards()
    {
        // 城镇调查失业率 5.5% → 5.0%: 2022 path 5.3.
        var t = new TargetSpec { Form = TargetForm.Level, BaseValue = 5.5, Value = 5.0, Desired = Desired.Lower };
        Assert.Equal(ProgressStatus.OnTrack, Evaluator.Evaluate(t, Obs((2022, 5.2)), 2022).Status);
        Assert.Equal(ProgressStatus.Lagging, Evaluator.Evaluate(t, Obs((2022, 5.35)), 2022).Status);     // 0.15/0.2 = 0.75
        Assert.Equal(ProgressStatus.SeverelyLagging, Evaluator.Evaluate(t, Obs((2022, 5.6)), 2022).Status); // wrong way
        Assert.Equal(ProgressStatus.Achieved, Evaluator.Evaluate(t, Obs((2022, 4.9)), 2022).Status);
    }

    [Fact]
    public void An_annual_growth_target_follows_a_compound_path()
    {
        // 福州 GDP 1.002 万亿元, 年均增长 7.0%: 2022 path 1.002 × 1.07² = 1.1471898.
        var t = new TargetSpec { Form = TargetForm.AnnualGrowth, BaseValue = 1.002, Value = 7.0 };
        Assert.Equal(1.1471898, ExpectedPath.At(t, 2022)!.Value, 6);
        Assert.Equal(1.002 * Math.Pow(1.07, 5), ExpectedPath.End(t)!.Value, 9);
        Assert.Equal(ProgressStatus.OnTrack, Evaluator.Evaluate(t, Obs((2022, 1.16)), 2022).Status);
        Assert.Equal(ProgressStatus.Lagging, Evaluator.Evaluate(t, Obs((2022, 1.12)), 2022).Status); // 0.118/0.1452 = 0.81
    }

    [Fact]
    public void A_five_year_total_adds_up_the_yearly_amounts()
    {
        // 城镇新增就业人数 [60] 万人: by 2022, 60 × 2/5 = 24.
        var t = new TargetSpec { Form = TargetForm.CumulativeTotal, Value = 60 };
        var e = Evaluator.Evaluate(t, Obs((2021, 13), (2022, 12)), 2022);
        Assert.Equal((25.0, 24.0, ProgressStatus.OnTrack), (e.Value!.Value, e.Expected!.Value, e.Status));
        Assert.Equal(ProgressStatus.Lagging, Evaluator.Evaluate(t, Obs((2021, 10), (2022, 8)), 2022).Status); // 18/24 = 0.75
        var missing = Evaluator.Evaluate(t, Obs((2022, 12)), 2022);
        Assert.Equal(ProgressStatus.NotAssessable, missing.Status);
        Assert.Contains("2021", missing.Reason);
        // Forecast: 25 so far at 12.5 a year, three more years: 62.5 ≥ 60.
        Assert.Equal(62.5, e.Forecast!.Value, 9);
        Assert.True(e.WillMeetTarget);
    }

    [Fact]
    public void A_cumulative_change_is_judged_on_the_change_achieved_so_far()
    {
        // 单位GDP能源消耗 累计下降12% (约束性): observed = cumulative reduction achieved; by 2022, 12 × 2/5 = 4.8.
        var t = new TargetSpec { Form = TargetForm.CumulativeChange, Value = 12, Binding = true };
        Assert.Equal(ProgressStatus.OnTrack, Evaluator.Evaluate(t, Obs((2022, 5.0)), 2022).Status);
        Assert.Equal(ProgressStatus.Lagging, Evaluator.Evaluate(t, Obs((2022, 4.4)), 2022).Status);          // 0.917 ≥ 0.9
        Assert.Equal(ProgressStatus.SeverelyLagging, Evaluator.Evaluate(t, Obs((2022, 3.0)), 2022).Status);  // 0.625
        Assert.Equal(ProgressStatus.Achieved, Evaluator.Evaluate(t, Obs((2024, 12.3)), 2024).Status);
    }

    [Theory]
    [InlineData(7.2, ProgressStatus.OnTrack)]
    [InlineData(8.1, ProgressStatus.Achieved)]
    [InlineData(6.5, ProgressStatus.Lagging)]          // 6.5/7 = 0.93
    [InlineData(4.0, ProgressStatus.SeverelyLagging)]  // 0.57
    public void A_range_target_judges_each_year(double growth, ProgressStatus expected)
    {
        // 地区生产总值增长 7-7.5%.
        var t = new TargetSpec { Form = TargetForm.Range, Min = 7, Max = 7.5 };
        Assert.Equal(expected, Evaluator.Evaluate(t, Obs((2021, growth)), 2021).Status);
    }

    [Fact]
    public void Lower_and_upper_bounds()
    {
        // 空气质量优良天数比例 >97.5 (约束性); PM2.5 ≤ 0.035.
        var air = new TargetSpec { Form = TargetForm.Bound, Value = 97.5, Binding = true };
        Assert.Equal(ProgressStatus.OnTrack, Evaluator.Evaluate(air, Obs((2022, 98.6)), 2022).Status);
        Assert.Equal(ProgressStatus.Achieved, Evaluator.Evaluate(air, Obs((2025, 98.0)), 2025).Status);
        Assert.Equal(ProgressStatus.Lagging, Evaluator.Evaluate(air, Obs((2022, 96.0)), 2022).Status);          // 0.985
        Assert.Equal(ProgressStatus.SeverelyLagging, Evaluator.Evaluate(air, Obs((2022, 85.0)), 2022).Status);  // 0.872 < 0.9
        var pm = new TargetSpec { Form = TargetForm.Bound, Value = 0.035, Desired = Desired.Lower };
        Assert.Equal(ProgressStatus.OnTrack, Evaluator.Evaluate(pm, Obs((2022, 0.020)), 2022).Status);
        Assert.Equal(ProgressStatus.Lagging, Evaluator.Evaluate(pm, Obs((2022, 0.040)), 2022).Status);          // 0.875 ≥ 0.7
        Assert.Equal(ProgressStatus.SeverelyLagging, Evaluator.Evaluate(pm with { Binding = true }, Obs((2022, 0.040)), 2022).Status);
    }

    [Fact]
    public void Targets_without_figures_and_missing_data_say_why_they_cannot_be_assessed()
    {
        var delegated = new TargetSpec { Form = TargetForm.Unassessable, Reason = "目标为“完成省下达任务”，未给出数值" };
        var e = Evaluator.Evaluate(delegated, Obs((2022, 3.1)), 2022);
        Assert.Equal(ProgressStatus.NotAssessable, e.Status);
        Assert.Contains("省下达", e.Reason);
        var noData = Evaluator.Evaluate(PerCapitaGdp, Obs((2021, 13)), 2022);
        Assert.Equal(ProgressStatus.NotAssessable, noData.Status);
        Assert.Equal("缺少2022年数据", noData.Reason);
        Assert.Equal(ProgressStatus.NotAssessable, Evaluator.Evaluate(PerCapitaGdp, Obs(), 2019).Status);
        var noBase = PerCapitaGdp with { BaseValue = null };
        Assert.Equal(ProgressStatus.NotAssessable, Evaluator.Evaluate(noBase, Obs((2022, 14)), 2022).Status);
        Assert.Equal(ProgressStatus.Achieved, Evaluator.Evaluate(noBase, Obs((2022, 17)), 2022).Status);
    }

    [Fact]
    public void The_forecast_carries_the_compound_growth_of_observed_values_to_the_target_year()
    {
        // Base 100 (2020), 121 in 2022: CAGR 10%; 2025: 121 × 1.1³ = 161.051.
        var t = new TargetSpec { Form = TargetForm.Level, BaseValue = 100, Value = 150 };
        var e = Evaluator.Evaluate(t, Obs((2022, 121)), 2022);
        Assert.Equal(161.051, e.Forecast!.Value, 6);
        Assert.True(e.WillMeetTarget);
        var slow = Evaluator.Evaluate(t, Obs((2022, 104.04)), 2022); // 2% a year: 104.04 × 1.02³ = 110.41
        Assert.Equal(110.408, slow.Forecast!.Value, 3);
        Assert.False(slow.WillMeetTarget);
    }
}
