using System.Globalization;
using System.Net;
using System.Text;
using Lantu.Application.Coordination;
using Lantu.Core.Indicators;

namespace Lantu.Web.Services;

/// <summary>
/// One indicator across plans as inline SVG (no script): per plan a grey bar for the base value and a blue bar for
/// the target, on one scale. Only rows in the most common unit with a plain number are drawn (a growth rate or a
/// "完成省下达任务" has no bar); the description lists every drawn value, and the page's table is the full text
/// alternative.
/// </summary>
public static class CompareSvg
{
    private const int W = 720, Left = 250, Right = 70, Top = 34, Row = 46, Bar = 14;

    public sealed record Point(ComparedIndicator Row, double? Base, double? Target);

    /// <summary>The rows that can be drawn, and the unit they share.</summary>
    public static (IReadOnlyList<Point> Points, string? Unit) Drawable(IReadOnlyList<ComparedIndicator> rows)
    {
        var points = rows.Where(r => r.TableKind == "target")
            .Select(r => new Point(r, Number(r.Base, r), Number(r.Target, r)))
            .Where(p => p.Base is not null || p.Target is not null).ToList();
        var unit = points.GroupBy(p => p.Row.Unit ?? "").OrderByDescending(g => g.Count()).FirstOrDefault()?.Key;
        return (points.Where(p => (p.Row.Unit ?? "") == unit).ToList(), string.IsNullOrEmpty(unit) ? null : unit);
    }

    public static string Render(string name, IReadOnlyList<ComparedIndicator> rows)
    {
        var (points, unit) = Drawable(rows);
        int h = Top + Math.Max(1, points.Count) * Row + 30;
        var sb = new StringBuilder();
        var desc = points.Count == 0 ? "没有可绘制的数值（目标为增速、区间或文字表述）。"
            : string.Join("；", points.Select(p => $"{p.Row.Title}：基期 {Show(p.Base)}，目标 {Show(p.Target)}{unit}")) + "。";
        sb.Append($"<svg class=\"chart compare-chart\" viewBox=\"0 0 {W} {h}\" role=\"img\" aria-labelledby=\"cmp-t cmp-d\" xmlns=\"http://www.w3.org/2000/svg\">");
        sb.Append($"<title id=\"cmp-t\">{E(name)}：各规划基期值与目标值</title><desc id=\"cmp-d\">{E(desc)}</desc>");
        if (points.Count == 0)
        {
            sb.Append($"<text x=\"{W / 2}\" y=\"{Top + 10}\" text-anchor=\"middle\" fill=\"#57606a\">没有可绘制的数值</text></svg>");
            return sb.ToString();
        }
        double hi = points.SelectMany(p => new[] { p.Base, p.Target }).OfType<double>().Max();
        double lo = Math.Min(0, points.SelectMany(p => new[] { p.Base, p.Target }).OfType<double>().Min());
        if (hi - lo < 1e-9) hi = lo + 1;
        double X(double v) => Left + (W - Left - Right) * (v - lo) / (hi - lo);
        // Legend
        sb.Append($"<rect x=\"{Left}\" y=\"6\" width=\"12\" height=\"12\" fill=\"#8c959f\"/><text x=\"{Left + 16}\" y=\"17\" font-size=\"12\" fill=\"#1a1f2b\">基期值</text>");
        sb.Append($"<rect x=\"{Left + 80}\" y=\"6\" width=\"12\" height=\"12\" fill=\"#0b4f9c\"/><text x=\"{Left + 96}\" y=\"17\" font-size=\"12\" fill=\"#1a1f2b\">目标值</text>");
        if (unit is not null) sb.Append($"<text x=\"{W - Right}\" y=\"17\" font-size=\"12\" text-anchor=\"end\" fill=\"#57606a\">单位：{E(unit)}</text>");
        for (int i = 0; i < points.Count; i++)
        {
            var p = points[i];
            double y = Top + i * Row;
            var full = $"{p.Row.Region ?? p.Row.Title}：{p.Row.Name}"; // region and wording tell apart two rows of one plan
            var label = full.Length > 18 ? full[..17] + "…" : full;
            sb.Append($"<text x=\"{Left - 8}\" y=\"{N(y + Bar + 4)}\" text-anchor=\"end\" font-size=\"13\" fill=\"#1a1f2b\"><title>{E(p.Row.Title + "：" + p.Row.Name)}</title>{E(label)}</text>");
            Draw(sb, p.Base, y, "#8c959f", $"{p.Row.Title} 基期 {Show(p.Base)}");
            Draw(sb, p.Target, y + Bar + 2, "#0b4f9c", $"{p.Row.Title} 目标 {Show(p.Target)}");
        }
        double axis = Top + points.Count * Row;
        sb.Append($"<line x1=\"{N(X(lo))}\" x2=\"{N(X(hi))}\" y1=\"{N(axis)}\" y2=\"{N(axis)}\" stroke=\"#d0d7de\"/>");
        sb.Append($"<text x=\"{N(X(lo))}\" y=\"{N(axis + 16)}\" font-size=\"12\" fill=\"#57606a\">{Show(lo)}</text>");
        sb.Append($"<text x=\"{N(X(hi))}\" y=\"{N(axis + 16)}\" font-size=\"12\" text-anchor=\"end\" fill=\"#57606a\">{Show(hi)}</text>");
        sb.Append("</svg>");
        return sb.ToString();

        void Draw(StringBuilder s, double? v, double y, string fill, string title)
        {
            if (v is not double value) return;
            double x0 = X(Math.Min(0, value) < lo ? lo : Math.Min(0, value)), x1 = X(value);
            s.Append($"<rect x=\"{N(Math.Min(x0, x1))}\" y=\"{N(y)}\" width=\"{N(Math.Max(1, Math.Abs(x1 - x0)))}\" height=\"{Bar}\" fill=\"{fill}\"><title>{E(title)}</title></rect>");
            s.Append($"<text x=\"{N(Math.Max(x0, x1) + 4)}\" y=\"{N(y + Bar - 2)}\" font-size=\"12\" fill=\"#1a1f2b\">{Show(value)}</text>");
        }
    }

    /// <summary>A plain number (or about, or a bound) in a base or target cell; growth rates and words have none.</summary>
    public static double? Number(string? text, ComparedIndicator r)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var p = TargetParser.Parse(text, r.Unit, r.Name);
        return p.Kind is TargetKind.Number or TargetKind.Approx or TargetKind.Bound && !p.Annual ? p.Value : null;
    }

    private static string Show(double? v) => v is double d ? d.ToString("0.###", CultureInfo.InvariantCulture) : "—";
    private static string N(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
    private static string E(string s) => WebUtility.HtmlEncode(s);
}
