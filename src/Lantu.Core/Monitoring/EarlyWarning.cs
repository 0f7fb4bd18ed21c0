using System.Globalization;

namespace Lantu.Core.Monitoring;

/// <summary>Why an indicator is on the warning list.</summary>
public enum WarningKind
{
    /// <summary>A 约束性 indicator forecast to miss its target.</summary>
    BindingForecastMiss,
    /// <summary>滞后 (or 严重滞后) two years in a row.</summary>
    LaggingTwoYears,
}

/// <summary>An indicator's evaluations by year, as the warning rules need them. <see cref="ForecastMeets"/> overrides
/// the will-meet judgement of the latest evaluation (e.g. with <see cref="TrendForecast"/>'s).</summary>
public sealed record IndicatorHistory(string Key, string Name, bool Binding, string? Target, IReadOnlyList<Evaluation> Evaluations,
    bool? ForecastMeets = null, double? ForecastValue = null);

/// <summary>One item of the warning list (预警).</summary>
public sealed record EarlyWarningItem(string Key, string Name, bool Binding, WarningKind Kind, int Year, string Reason);

/// <summary>
/// 预警: a binding (约束性) indicator whose latest evaluation up to the year forecasts it to miss its target, or any
/// indicator judged 滞后 or 严重滞后 in the year and the year before (two consecutive years, both with values — a
/// missing year breaks the run, it is never filled in). Binding indicators come first.
/// </summary>
public static class EarlyWarnings
{
    public static IReadOnlyList<EarlyWarningItem> Compute(IEnumerable<IndicatorHistory> indicators, int year)
    {
        var items = new List<EarlyWarningItem>();
        foreach (var h in indicators)
        {
            var byYear = h.Evaluations.Where(e => e.Year <= year).GroupBy(e => e.Year).ToDictionary(g => g.Key, g => g.Last());
            var latest = byYear.Values.Where(e => e.Value is not null).MaxBy(e => e.Year);
            bool? meets = h.ForecastMeets ?? latest?.WillMeetTarget;
            double? forecast = h.ForecastValue ?? latest?.Forecast;
            if (h.Binding && meets == false)
                items.Add(new EarlyWarningItem(h.Key, h.Name, true, WarningKind.BindingForecastMiss, latest?.Year ?? year,
                    $"约束性指标，按当前趋势预测{(forecast is double f ? "目标年为" + F(f) : "")}，达不到目标{(h.Target is null ? "" : "“" + h.Target + "”")}"));
            if (byYear.TryGetValue(year, out var now) && byYear.TryGetValue(year - 1, out var before) && Lagging(now) && Lagging(before))
                items.Add(new EarlyWarningItem(h.Key, h.Name, h.Binding, WarningKind.LaggingTwoYears, year,
                    $"连续两年滞后：{year - 1}年{before.Status.Label()}（{F(before.Value)}，序时进度{F(before.Expected)}），" +
                    $"{year}年{now.Status.Label()}（{F(now.Value)}，序时进度{F(now.Expected)}）"));
        }
        return items.OrderByDescending(i => i.Binding).ThenBy(i => i.Kind).ToList();
    }

    private static bool Lagging(Evaluation e) => e.Status is ProgressStatus.Lagging or ProgressStatus.SeverelyLagging;

    private static string F(double? v) => v is double d ? Math.Round(d, 2).ToString("0.##", CultureInfo.InvariantCulture) : "—";
}
