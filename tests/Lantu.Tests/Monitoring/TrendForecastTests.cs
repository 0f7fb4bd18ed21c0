using Lantu.Core.Monitoring;
using static Lantu.Tests.Monitoring.MethodTestSpecs;

namespace Lantu.Tests.Monitoring;

/// <summary>The weighted regression forecast on hand-computed examples (docs/METHODOLOGY.md §11).</summary>
public class TrendForecastTests
{
    [Fact]
    public void Linear_weights_one_to_n_give_the_hand_computed_line()
    {
        // Base 100 (2020), 104, 110, 113 (2021–2023), weights 1, 2, 3, 4: x̄ = 2022, ȳ = 109,
        // Σw(x−x̄)(y−ȳ) = 18 + 10 + 0 + 16 = 44, Σw(x−x̄)² = 4 + 2 + 0 + 4 = 10, slope 4.4; 2025: 109 + 4.4 × 3 = 122.2.
        var t = new TargetSpec { Form = TargetForm.Level, BaseValue = 100, Value = 130 };
        var obs = Obs((2021, 104), (2022, 110), (2023, 113));
        var fit = TrendForecast.Fit(t, obs, 2023)!;
        Assert.Equal((2022.0, 109.0, 4.4, 122.2), (fit.MeanYear, Math.Round(fit.Intercept, 6), Math.Round(fit.Slope, 6), Math.Round(fit.Forecast, 6)));
        Assert.Equal([1.0, 2, 3, 4], fit.Points.Select(p => p.Weight));
        var r = TrendForecast.Evaluate(t, obs, 2023);
        Assert.Equal(("will_miss", false, 122.2), (r.Code, r.WillMeetTarget, Math.Round(r.Figures.Forecast!.Value, 6)));
        Assert.Equal(true, TrendForecast.Evaluate(t with { Value = 120 }, obs, 2023).WillMeetTarget);
        // The plain CAGR forecast (Forecaster) of the same data: 1.13^(1/3) − 1 = 4.16% a year → 113 × 1.13^(2/3) = 122.59.
        Assert.Equal(122.59, Math.Round(Forecaster.Forecast(t, obs, 2023)!.Value, 2));
        // A missing year is not a point, and one point with the base is the least.
        Assert.Equal(3, TrendForecast.Fit(t, Obs((2021, 104), (2023, 113)), 2023)!.Points.Count);
        Assert.Equal("not_assessable", TrendForecast.Evaluate(t with { BaseValue = null }, Obs((2023, 113)), 2023).Code);
    }

    [Fact]
    public void Growth_targets_are_fitted_on_logarithms_and_totals_sum_the_fitted_years()
    {
        // 福州 GDP 1.002 万亿元 at 7% a year → 1.4054 in 2025; published 1.132448, 1.230823, 1.292847 (2021–2023).
        // ln-values with weights 1–4: slope 0.07746 (8.05% a year), 2025 forecast 1.5258 ≥ 1.4054 → will meet.
        var gdp = Spec("002", "地区生产总值 (GDP)");
        Assert.Equal(TargetForm.AnnualGrowth, gdp.Form);
        var fit = TrendForecast.Fit(gdp, Obs((2021, 1.132448), (2022, 1.230823), (2023, 1.292847)), 2023)!;
        Assert.True(fit.Exponential);
        Assert.Equal((0.07746, 1.5258), (Math.Round(fit.Slope, 5), Math.Round(fit.Forecast, 4)));
        Assert.Equal("will_meet", TrendForecast.Evaluate(gdp, Obs((2021, 1.132448), (2022, 1.230823), (2023, 1.292847)), 2023).Code);

        // 福州 城镇新增就业人数 [60]: yearly 14, 13.5 (weights 1, 2): slope −0.5 → 13, 12.5, 12 for 2023–2025;
        // 14 + 13.5 + 13 + 12.5 + 12 = 65 ≥ 60.
        var jobs = Spec("002", "城镇新增就业人数");
        var total = TrendForecast.Evaluate(jobs, Obs((2021, 14), (2022, 13.5)), 2022);
        Assert.Equal((65.0, true), (Math.Round(total.Figures.Forecast!.Value, 6), total.WillMeetTarget));
    }
}
