using System.Globalization;
using System.Net;
using System.Text;
using Lantu.Core.Monitoring;

namespace Lantu.Web.Services;

/// <summary>
/// An indicator's trajectory as inline SVG (no script, no CDN): the expected path from base to target (dashed), the
/// observed values in the status colour (estimates, 预计数, as open circles), the target as a line across the chart,
/// and year ticks. Text is escaped; the chart carries a title and
/// a description for screen readers.
/// </summary>
public static class TrajectorySvg
{
    private const int W = 640, H = 280, Left = 64, Right = 20, Top = 24, Bottom = 40;

    public static string Render(string name, string? unit, TargetSpec spec, IReadOnlyDictionary<int, double> observed, Evaluation evaluation,
        IReadOnlySet<int>? estimates = null)
    {
        double? target = spec.Form is TargetForm.Level or TargetForm.AnnualGrowth or TargetForm.CumulativeTotal or TargetForm.CumulativeChange
            ? ExpectedPath.End(spec) : null;
        int y0 = spec.BaseYear, y1 = Math.Max(spec.TargetYear, observed.Keys.DefaultIfEmpty(spec.TargetYear).Max());
        var path = Enumerable.Range(y0, y1 - y0 + 1).Select(y => (Year: y, Value: ExpectedPath.At(spec, y))).Where(p => p.Value is not null)
            .Select(p => (p.Year, Value: p.Value!.Value)).ToList();
        var points = observed.OrderBy(o => o.Key).Select(o => (Year: o.Key, Value: o.Value)).ToList();
        if (spec.BaseValue is double b && spec.Form is TargetForm.Level or TargetForm.AnnualGrowth) points.Insert(0, (y0, b));
        var all = path.Select(p => p.Value).Concat(points.Select(p => p.Value))
            .Concat(new[] { spec.Min, spec.Max, spec.Form == TargetForm.Bound ? spec.Value : null, target }.OfType<double>()).ToList();
        var sb = new StringBuilder();
        string desc = $"{name}：{evaluation.Status.Label()}。{evaluation.Reason}";
        sb.Append($"<svg class=\"chart\" viewBox=\"0 0 {W} {H}\" role=\"img\" aria-labelledby=\"chart-t chart-d\" xmlns=\"http://www.w3.org/2000/svg\">");
        sb.Append($"<title id=\"chart-t\">{E(name)}走势</title><desc id=\"chart-d\">{E(desc)}</desc>");
        if (all.Count == 0)
        {
            sb.Append($"<text x=\"{W / 2}\" y=\"{H / 2}\" text-anchor=\"middle\" fill=\"#57606a\">暂无可绘制的数据</text></svg>");
            return sb.ToString();
        }
        double lo = all.Min(), hi = all.Max();
        if (hi - lo < 1e-9) { lo -= 1; hi += 1; }
        double pad = (hi - lo) * 0.1;
        (lo, hi) = (lo - pad, hi + pad);
        double X(int year) => Left + (W - Left - Right) * (year - y0) / (double)Math.Max(1, y1 - y0);
        double Y(double v) => Top + (H - Top - Bottom) * (1 - (v - lo) / (hi - lo));
        string N(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

        for (int i = 0; i <= 4; i++)
        {
            double v = lo + (hi - lo) * i / 4;
            sb.Append($"<line x1=\"{Left}\" x2=\"{W - Right}\" y1=\"{N(Y(v))}\" y2=\"{N(Y(v))}\" stroke=\"#d0d7de\" stroke-width=\"1\"/>");
            sb.Append($"<text x=\"{Left - 6}\" y=\"{N(Y(v) + 4)}\" text-anchor=\"end\" font-size=\"12\" fill=\"#57606a\">{E(Format(v))}</text>");
        }
        for (int y = y0; y <= y1; y++)
            sb.Append($"<text x=\"{N(X(y))}\" y=\"{H - Bottom + 18}\" text-anchor=\"middle\" font-size=\"12\" fill=\"#57606a\">{y}</text>");
        if (unit is { Length: > 0 }) sb.Append($"<text x=\"8\" y=\"{Top - 8}\" font-size=\"12\" fill=\"#57606a\">{E(unit)}</text>");
        if (spec.Form == TargetForm.Range && spec.Min is double min && spec.Max is double max)
            sb.Append($"<rect x=\"{Left}\" y=\"{N(Y(max))}\" width=\"{W - Left - Right}\" height=\"{N(Math.Max(1, Y(min) - Y(max)))}\" fill=\"#0969da\" opacity=\"0.12\"><title>目标区间 {N(min)}–{N(max)}</title></rect>");
        if (spec.Form == TargetForm.Bound && spec.Value is double bound)
            sb.Append($"<line x1=\"{Left}\" x2=\"{W - Right}\" y1=\"{N(Y(bound))}\" y2=\"{N(Y(bound))}\" stroke=\"#0969da\" stroke-dasharray=\"6 4\" stroke-width=\"2\"><title>目标 {N(bound)}</title></line>");
        if (target is double tv)
            sb.Append($"<line class=\"target\" x1=\"{Left}\" x2=\"{W - Right}\" y1=\"{N(Y(tv))}\" y2=\"{N(Y(tv))}\" stroke=\"#8250df\" stroke-dasharray=\"2 3\" stroke-width=\"1.5\"><title>{spec.TargetYear}年目标 {E(Format(tv))}</title></line>");
        if (path.Count > 1)
            sb.Append($"<polyline fill=\"none\" stroke=\"#8c959f\" stroke-width=\"2\" stroke-dasharray=\"6 4\" points=\"{string.Join(' ', path.Select(p => $"{N(X(p.Year))},{N(Y(p.Value))}"))}\"><title>序时进度</title></polyline>");
        var colour = evaluation.Status.Colour();
        if (points.Count > 1)
            sb.Append($"<polyline fill=\"none\" stroke=\"{colour}\" stroke-width=\"3\" points=\"{string.Join(' ', points.Select(p => $"{N(X(p.Year))},{N(Y(p.Value))}"))}\"/>");
        foreach (var p in points)
            sb.Append(estimates?.Contains(p.Year) == true
                ? $"<circle class=\"estimate\" cx=\"{N(X(p.Year))}\" cy=\"{N(Y(p.Value))}\" r=\"6\" fill=\"#fff\" stroke=\"{colour}\" stroke-width=\"2.5\"><title>{p.Year}年：{E(Format(p.Value))}（预计数）</title></circle>"
                : $"<circle cx=\"{N(X(p.Year))}\" cy=\"{N(Y(p.Value))}\" r=\"5\" fill=\"{colour}\"><title>{p.Year}年：{E(Format(p.Value))}</title></circle>");
        sb.Append($"<g font-size=\"12\"><line x1=\"{Left}\" x2=\"{Left + 24}\" y1=\"{H - 6}\" y2=\"{H - 6}\" stroke=\"#8c959f\" stroke-dasharray=\"6 4\" stroke-width=\"2\"/><text x=\"{Left + 30}\" y=\"{H - 2}\">序时进度</text>");
        sb.Append($"<line x1=\"{Left + 110}\" x2=\"{Left + 134}\" y1=\"{H - 6}\" y2=\"{H - 6}\" stroke=\"{colour}\" stroke-width=\"3\"/><text x=\"{Left + 140}\" y=\"{H - 2}\">实际值（{E(evaluation.Status.Label())}）</text>");
        if (target is not null)
            sb.Append($"<line x1=\"{Left + 300}\" x2=\"{Left + 324}\" y1=\"{H - 6}\" y2=\"{H - 6}\" stroke=\"#8250df\" stroke-dasharray=\"2 3\" stroke-width=\"1.5\"/><text x=\"{Left + 330}\" y=\"{H - 2}\">目标</text>");
        if (estimates is { Count: > 0 })
            sb.Append($"<circle cx=\"{Left + 390}\" cy=\"{H - 6}\" r=\"5\" fill=\"#fff\" stroke=\"{colour}\" stroke-width=\"2\"/><text x=\"{Left + 400}\" y=\"{H - 2}\">预计数</text>");
        sb.Append("</g>");
        sb.Append("</svg>");
        return sb.ToString();
    }

    private static string Format(double v) => Math.Round(v, 4).ToString("0.####", CultureInfo.InvariantCulture);

    private static string E(string s) => WebUtility.HtmlEncode(s);
}
