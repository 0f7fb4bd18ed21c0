using System.Globalization;

namespace Lantu.Core.Monitoring;

/// <summary>A point of the regression: the year, the value and its weight.</summary>
public sealed record WeightedPoint(int Year, double Value, double Weight);

/// <summary>The fitted trend and where it ends: value = Intercept + Slope × (year − MeanYear) (on ln values when
/// <see cref="Exponential"/>), the forecast for the target year and whether it meets the target.</summary>
public sealed record TrendFit(IReadOnlyList<WeightedPoint> Points, bool Exponential, double MeanYear, double Intercept, double Slope, double Forecast);

/// <summary>
/// Forecast to the target year by weighted least squares, weighting recent years more: the points are the base value
/// and the observed values up to the year, in year order, and the i-th point (i = 1 oldest … n newest) has weight i,
/// as in a linearly weighted moving average. Slope b = Σw(x − x̄)(y − ȳ) ÷ Σw(x − x̄)², with x̄, ȳ the weighted means;
/// forecast = ȳ + b × (T − x̄). Targets stated as annual growth (a compound path) are fitted on ln values, so that the
/// trend compounds as the target does. Totals over the period regress the yearly amounts and add the fitted amounts
/// of the remaining years to the sum so far. Two points are the least; a missing year is simply not a point (never
/// filled in).
/// </summary>
public static class TrendForecast
{
    public static TrendFit? Fit(TargetSpec t, IReadOnlyDictionary<int, double> observations, int year)
    {
        var points = observations.Where(o => o.Key <= year && o.Key > t.BaseYear).OrderBy(o => o.Key).Select(o => (o.Key, o.Value)).ToList();
        if (t.Form == TargetForm.CumulativeChange) points.Insert(0, (t.BaseYear, 0));
        else if (t.Form != TargetForm.CumulativeTotal && t.BaseValue is double b) points.Insert(0, (t.BaseYear, b));
        bool exponential = t.Form == TargetForm.AnnualGrowth && points.All(p => p.Value > 0);
        if (points.Count < 2) return null;
        var weighted = points.Select((p, i) => new WeightedPoint(p.Key, p.Value, i + 1)).ToList();
        Func<double, double> f = exponential ? Math.Log : v => v;
        double w = weighted.Sum(p => p.Weight);
        double xBar = weighted.Sum(p => p.Weight * p.Year) / w, yBar = weighted.Sum(p => p.Weight * f(p.Value)) / w;
        double sxx = weighted.Sum(p => p.Weight * (p.Year - xBar) * (p.Year - xBar));
        double slope = weighted.Sum(p => p.Weight * (p.Year - xBar) * (f(p.Value) - yBar)) / sxx;
        double At(int y) => exponential ? Math.Exp(yBar + slope * (y - xBar)) : yBar + slope * (y - xBar);
        double forecast = t.Form == TargetForm.CumulativeTotal
            ? points.Sum(p => p.Value) + Enumerable.Range(points[^1].Key + 1, Math.Max(0, t.TargetYear - points[^1].Key)).Sum(At)
            : At(t.TargetYear);
        return new TrendFit(weighted, exponential, xBar, yBar, slope, forecast);
    }

    public static MethodResult Evaluate(TargetSpec t, IReadOnlyDictionary<int, double> observations, int year)
    {
        var fit = Fit(t, observations, year);
        var target = t.Form == TargetForm.Range ? t.Min : ExpectedPath.End(t) ?? t.Value;
        var last = observations.Where(o => o.Key <= year && o.Key > t.BaseYear).OrderBy(o => o.Key).LastOrDefault();
        var figures = new MethodFigures
        {
            Base = t.BaseValue, BaseYear = t.BaseYear, Target = target, TargetYear = t.TargetYear,
            Current = last.Key == 0 ? null : last.Value, CurrentYear = last.Key == 0 ? null : last.Key, Forecast = fit?.Forecast,
        };
        if (t.Form == TargetForm.Unassessable)
            return new MethodResult(EvaluationMethod.Forecast, year, "not_assessable", "无法评估", t.Reason ?? "目标没有可比较的数值", figures);
        if (fit is null)
            return new MethodResult(EvaluationMethod.Forecast, year, "not_assessable", "无法评估", "数据点不足两个（含基期值），无法回归", figures);
        var meets = Forecaster.Meets(t, fit.Forecast);
        string trend = string.Join("，", fit.Points.Select(p => $"{p.Year}年{ProgressMeasure.F(p.Value)}（权重{p.Weight}）"));
        string reason = $"{trend}；{(fit.Exponential ? "对数" : "")}加权回归斜率{fit.Slope.ToString("0.####", CultureInfo.InvariantCulture)}，" +
                        $"预测{t.TargetYear}年{(t.Form == TargetForm.CumulativeTotal ? "累计" : "")}{ProgressMeasure.F(fit.Forecast)}，目标{ProgressMeasure.F(target)}";
        return meets switch
        {
            true => new MethodResult(EvaluationMethod.Forecast, year, "will_meet", "预计能实现目标", reason + "：能实现", figures, true),
            false => new MethodResult(EvaluationMethod.Forecast, year, "will_miss", "预计难以实现目标", reason + "：难以实现", figures, false),
            _ => new MethodResult(EvaluationMethod.Forecast, year, "not_assessable", "无法评估", reason + "：目标没有可比较的数值", figures),
        };
    }
}
