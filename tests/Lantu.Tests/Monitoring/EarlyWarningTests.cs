using Lantu.Core.Monitoring;
using static Lantu.Tests.Monitoring.MethodTestSpecs;

namespace Lantu.Tests.Monitoring;

/// <summary>预警 over evaluations (docs/METHODOLOGY.md §12).</summary>
public class EarlyWarningTests
{
    private static IndicatorHistory History(string prefix, string name, Dictionary<int, double> obs, params int[] years)
    {
        var t = Spec(prefix, name);
        return new IndicatorHistory(name, name, t.Binding, t.Printed, years.Select(y => Evaluator.Evaluate(t, obs, y)).ToList());
    }

    [Fact]
    public void Two_years_in_a_row_lagging_is_a_warning_and_a_gap_breaks_the_run()
    {
        // 厦门 地区生产总值增长 7–7.5%: 8.1 (2021) 超前, 4.4 (2022) and 3.1 (2023) 严重滞后.
        var published = Obs((2021, 8.1), (2022, 4.4), (2023, 3.1));
        var h = History("000", "地区生产总值增长", published, 2021, 2022, 2023);
        Assert.Empty(EarlyWarnings.Compute([h], 2022));
        var w = Assert.Single(EarlyWarnings.Compute([h], 2023));
        Assert.Equal((WarningKind.LaggingTwoYears, 2023, false), (w.Kind, w.Year, w.Binding));
        Assert.Equal("连续两年滞后：2022年严重滞后（4.4，序时进度7），2023年严重滞后（3.1，序时进度7）", w.Reason);
        // Without a 2022 value the run is broken: no value is filled in.
        var gap = History("000", "地区生产总值增长", Obs((2021, 5.0), (2023, 3.1)), 2021, 2022, 2023);
        Assert.Empty(EarlyWarnings.Compute([gap], 2023));
    }

    [Fact]
    public void A_binding_indicator_forecast_to_miss_its_target_is_a_warning_first()
    {
        // 福州 森林覆盖率 58.36 → 58.5 (约束性): 58.3 (2021), 58.2 (2022) — the trend goes down, so 2025 misses 58.5.
        var forest = History("002", "森林覆盖率", Obs((2021, 58.3), (2022, 58.2)), 2021, 2022);
        // 福州 人均GDP (预期性) also forecast to miss, but not binding: no forecast warning.
        var gdp = History("002", "人均 GDP", Obs((2021, 12.6), (2022, 12.7)), 2021, 2022);
        var lagging = History("000", "地区生产总值增长", Obs((2021, 5.0), (2022, 4.4)), 2021, 2022);
        var warnings = EarlyWarnings.Compute([lagging, gdp, forest], 2022);
        // 森林覆盖率 is also below its path both years (58.36 → 58.5, expected 58.388 and 58.416): binding items first.
        Assert.Equal([("森林覆盖率", WarningKind.BindingForecastMiss), ("森林覆盖率", WarningKind.LaggingTwoYears),
            ("地区生产总值增长", WarningKind.LaggingTwoYears), ("人均 GDP", WarningKind.LaggingTwoYears)],
            warnings.Select(w => (w.Name, w.Kind)));
        // Forecaster: 58.2 × (58.2 / 58.36)^(3/2) = 57.96 in 2025.
        Assert.Equal("约束性指标，按当前趋势预测目标年为57.96，达不到目标“58.5”", warnings[0].Reason);
        // The weighted trend forecast may stand in for the evaluation's own.
        Assert.DoesNotContain(EarlyWarnings.Compute([forest with { ForecastMeets = true }], 2022), w => w.Kind == WarningKind.BindingForecastMiss);
    }
}
