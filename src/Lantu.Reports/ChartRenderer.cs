using Lantu.Core.Monitoring;
using ScottPlot;

namespace Lantu.Reports;

/// <summary>
/// One PNG per indicator: the observed trajectory (status colour, solid; estimates as open circles) against the
/// expected path (grey, dashed) from the base year to the target year, and the target (a line across the chart with a
/// diamond at the target year, or the bound/range as lines). Totals are drawn
/// as running sums, as they are judged. Chinese text needs a CJK font set explicitly or it renders as boxes.
/// </summary>
public static class ChartRenderer
{
    public const int Width = 640, Height = 360;

    // WenQuanYi Zen Hei first: ScottPlot mis-measures Noto CJK line metrics (clipped legend rows, shifted tick labels).
    private static readonly Lazy<string> CjkFont = new(() =>
    {
        foreach (var family in new[] { "WenQuanYi Zen Hei", "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "SimHei" })
            if (SkiaSharp.SKFontManager.Default.MatchFamily(family) is { } tf && tf.FamilyName == family) return family;
        return Fonts.Detect("中文指标");
    });

    public static string FontFamily => CjkFont.Value;

    public static byte[] Render(ReportIndicator indicator, int reportYear, int width = Width, int height = Height)
    {
        var t = indicator.Spec;
        var colour = Color.FromHex(StatusColumns.ColourOf(indicator.Result.Method, indicator.Result.Code));
        var grey = Color.FromHex("#57606a");
        var plot = new Plot();
        int first = t.BaseYear, last = Math.Max(t.TargetYear, reportYear);

        // Expected path (序时进度) for the forms that have one.
        if (t.Form is TargetForm.Level or TargetForm.AnnualGrowth or TargetForm.CumulativeTotal or TargetForm.CumulativeChange)
        {
            var years = Enumerable.Range(t.BaseYear, t.TargetYear - t.BaseYear + 1).ToList();
            var pts = years.Select(y => (y, v: ExpectedPath.At(t, y))).Where(p => p.v is double).ToList();
            if (pts.Count > 1)
            {
                var path = plot.Add.Scatter(pts.Select(p => (double)p.y).ToArray(), pts.Select(p => p.v!.Value).ToArray());
                path.Color = grey;
                path.LineWidth = 2;
                path.LinePattern = LinePattern.Dashed;
                path.MarkerSize = 0;
                path.LegendText = "序时进度";
            }
        }
        else if (t.Form == TargetForm.Range && t is { Min: double min, Max: double max })
        {
            var band = plot.Add.VerticalSpan(min, max);
            band.FillStyle.Color = grey.WithAlpha(40);
            band.LineStyle.Width = 0;
            band.LegendText = $"目标区间 {ReportContent.Number(min)}–{ReportContent.Number(max)}";
        }
        else if (t.Form == TargetForm.Bound && t.Value is double bound)
        {
            var line = plot.Add.HorizontalLine(bound);
            line.Color = grey;
            line.LineWidth = 2;
            line.LinePattern = LinePattern.Dashed;
            line.LegendText = (t.Desired == Desired.Lower ? "上限 " : "下限 ") + ReportContent.Number(bound);
        }

        // Target marker at the target year.
        double? target = t.Form switch
        {
            // A level target without a base value has no path, but still a target to draw.
            TargetForm.Level => ExpectedPath.End(t) ?? t.Value,
            TargetForm.AnnualGrowth or TargetForm.CumulativeTotal or TargetForm.CumulativeChange => ExpectedPath.End(t),
            _ => null,
        };
        if (target is double tv)
        {
            // The target as a line across the chart, so every year's value can be read against it.
            var line = plot.Add.HorizontalLine(tv);
            line.Color = Color.FromHex("#8250df");
            line.LineWidth = 1.5f;
            line.LinePattern = LinePattern.DenselyDashed;
            var m = plot.Add.Marker(t.TargetYear, tv, MarkerShape.FilledDiamond, 14);
            m.Color = Color.FromHex("#8250df");
            m.LegendText = $"{t.TargetYear}年目标 {ReportContent.Number(tv)}";
        }

        // Observed values up to the report year.
        var observed = Observed(indicator, reportYear);
        if (observed.Count > 0)
        {
            // One line per run of consecutive years: a missing year is a gap, never bridged as if it had a value.
            var runs = new List<List<(int Year, double Value)>>();
            foreach (var o in observed)
                if (runs.Count > 0 && runs[^1][^1].Year == o.Year - 1) runs[^1].Add(o);
                else runs.Add([o]);
            foreach (var (run, k) in runs.Select((r, k) => (r, k)))
            {
                var obs = plot.Add.Scatter(run.Select(o => (double)o.Year).ToArray(), run.Select(o => o.Value).ToArray());
                obs.Color = colour;
                obs.LineWidth = 3;
                obs.MarkerSize = 8;
                if (k == 0) obs.LegendText = (t.Form == TargetForm.CumulativeTotal ? "累计实际值" : "实际值") + "（" + indicator.Result.Label + "）";
            }
            // Estimates (预计数) drawn as open circles over the line: not yet the final figure.
            var estimates = observed.Where(o => indicator.Estimates.Contains(o.Year)).ToList();
            if (estimates.Count > 0)
            {
                var est = plot.Add.Markers(estimates.Select(o => (double)o.Year).ToArray(), estimates.Select(o => o.Value).ToArray(), MarkerShape.OpenCircle, 13, colour);
                est.MarkerLineWidth = 2.5f;
                est.LegendText = "预计数（空心）";
                var fill = plot.Add.Markers(estimates.Select(o => (double)o.Year).ToArray(), estimates.Select(o => o.Value).ToArray(), MarkerShape.FilledCircle, 8, Colors.White);
                fill.LegendText = "";
            }
        }
        plot.Title(indicator.Name + (string.IsNullOrEmpty(indicator.Unit) ? "" : $"（{indicator.Unit}）")
            + (observed.Count == 0 ? "：暂无监测数据" : ""), 16);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            Enumerable.Range(first, last - first + 1).Select(y => new Tick(y, y.ToString())).ToArray());
        plot.Axes.Margins(0.05, 0.15);
        plot.Axes.AutoScale();
        plot.Axes.SetLimitsX(first - 0.4, last + 0.4);
        // Below the plot, not over it: a legend inside covers points (地区生产总值增长's 2021 value sat under it).
        if (plot.GetPlottables().SelectMany(p => p.LegendItems).Any(i => !string.IsNullOrEmpty(i.LabelText))) plot.ShowLegend(Edge.Bottom);
        plot.Font.Set(FontFamily);
        plot.Legend.FontName = FontFamily;
        return plot.GetImageBytes(width, height, ImageFormat.Png);
    }

    /// <summary>The points of the observed line: the base value first (when printed), then each year's value; running sums for totals.</summary>
    public static List<(int Year, double Value)> Observed(ReportIndicator indicator, int reportYear)
    {
        var t = indicator.Spec;
        var years = indicator.Observations.Where(o => o.Key > t.BaseYear && o.Key <= reportYear && double.IsFinite(o.Value)).OrderBy(o => o.Key).ToList();
        var points = new List<(int, double)>();
        switch (t.Form)
        {
            case TargetForm.CumulativeTotal:
                points.Add((t.BaseYear, 0));
                double sum = 0;
                foreach (var o in years) points.Add((o.Key, sum += o.Value));
                break;
            case TargetForm.CumulativeChange:
                points.Add((t.BaseYear, 0));
                points.AddRange(years.Select(o => (o.Key, o.Value)));
                break;
            default:
                if (t.BaseValue is double b) points.Add((t.BaseYear, b));
                else if (indicator.Observations.TryGetValue(t.BaseYear, out var bv)) points.Add((t.BaseYear, bv));
                points.AddRange(years.Select(o => (o.Key, o.Value)));
                break;
        }
        return points.Count == 1 && years.Count == 0 ? [] : points;
    }
}
