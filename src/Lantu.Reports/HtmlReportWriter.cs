using System.Net;
using System.Text;
using Lantu.Core.Monitoring;

namespace Lantu.Reports;

/// <summary>
/// A self-contained HTML report: inline CSS, charts as data: URIs, no JavaScript. Every text from the model is
/// HTML-escaped; status colours always come with the status label in text.
/// </summary>
internal static class HtmlReportWriter
{
    public static void Write(ReportContent c, Stream output, Func<ReportIndicator, byte[]> chart)
    {
        var m = c.Model;
        var h = new StringBuilder();
        h.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
         .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
         .Append($"<title>{E(c.Title)}</title>\n<style>\n{Css}</style>\n</head>\n<body>\n<main>\n");
        h.Append($"<h1>{E(c.Title)}</h1>\n<p class=\"meta\">{E(c.Meta)}</p>\n");

        int section = 0;
        string H(string title) => $"{ReportContent.Numeral(++section)}、{title}";
        h.Append($"<h2 id=\"summary\">{H("总体情况")}</h2>\n").Append($"<p>{E(c.Summary)}</p>\n");
        if (c.DataNote is { } dataNote) h.Append($"<p class=\"note\">{E(dataNote)}</p>\n");

        h.Append($"<h2 id=\"categories\">{H("分类评估情况")}</h2>\n<table>\n<caption>各类别指标评估结果（{E(m.Method.Label())}，项）</caption>\n<thead><tr><th scope=\"col\">类别</th>");
        foreach (var col in c.Columns) h.Append($"<th scope=\"col\">{E(col.Label)}</th>");
        h.Append("<th scope=\"col\">合计</th></tr></thead>\n<tbody>\n");
        foreach (var row in c.Categories.Append(c.Total))
        {
            h.Append(row == c.Total ? "<tr class=\"total\">" : "<tr>").Append($"<th scope=\"row\">{E(row.Category)}</th>");
            foreach (var col in c.Columns) h.Append($"<td class=\"num\">{row[col.Code]}</td>");
            h.Append($"<td class=\"num\">{row.Total}</td></tr>\n");
        }
        h.Append("</tbody>\n</table>\n");

        if (c.MidTerm is { } mid)
        {
            h.Append($"<h2 id=\"binding\">{H("约束性指标评估情况")}</h2>\n");
            if (mid.Binding.Count == 0) h.Append("<p>规划未列出约束性指标。</p>\n");
            else
            {
                h.Append("<table>\n<caption>约束性指标中期评估表</caption>\n<thead><tr><th>指标</th><th>目标值</th>")
                 .Append($"<th>{m.Year}年实际</th><th>评估类别</th><th>计算依据</th></tr></thead>\n<tbody>\n");
                foreach (var i in c.Ordered.Where(i => i.Binding))
                    h.Append($"<tr><th scope=\"row\">{E(i.Name)}</th><td>{E(i.TargetPrinted)}</td><td class=\"num\">{E(ReportContent.YearValue(i, m.Year))}</td>")
                     .Append($"<td>{Badge(c, i)}</td><td class=\"reason\">{E(ReportContent.FiguresText(i))}</td></tr>\n");
                h.Append("</tbody>\n</table>\n");
            }
        }

        h.Append($"<h2 id=\"indicators\">{H("主要指标监测情况")}</h2>\n<p class=\"note\">约束性指标在前；同类指标中需要关注的在前。“预计数”为公报或政府工作报告中的预计数，“C级来源”为二手转载数据。</p>\n");
        h.Append("<div class=\"wide\"><table>\n<caption>主要指标监测评估表</caption>\n<thead><tr>");
        foreach (var col in new[] { "序号", "类别", "指标", "单位", "属性", "基期值", "目标值", $"{m.Year}年实际", "序时进度/目标", "评估结果", "说明与计算依据", $"{m.PeriodEnd}年预测" })
            h.Append($"<th scope=\"col\">{E(col)}</th>");
        h.Append("</tr></thead>\n<tbody>\n");
        int n = 0;
        foreach (var i in c.Ordered)
        {
            n++;
            h.Append($"<tr><td class=\"num\">{n}</td><td class=\"nw\">{E(i.Category)}</td><th scope=\"row\"><a href=\"#ind-{n}\">{E(i.Name)}</a></th><td class=\"nw\">{E(i.Unit)}</td>")
             .Append($"<td class=\"nw\">{(i.Binding ? "<strong>约束性</strong>" : E(i.Attribute))}</td><td>{E(i.BasePrinted)}</td><td>{E(i.TargetPrinted)}</td>")
             .Append($"<td class=\"num\">{E(ReportContent.YearValue(i, m.Year))}</td><td class=\"num\">{E(ReportContent.Number(i.Evaluation.Expected))}</td>")
             .Append($"<td>{Badge(c, i)}</td><td class=\"reason\">{E(i.Result.Reason)}<br>计算依据：{E(ReportContent.FiguresText(i))}</td><td>{E(ReportContent.ForecastText(i))}</td></tr>\n");
        }
        h.Append("</tbody>\n</table></div>\n");

        h.Append($"<h2 id=\"warnings\">{H("预警")}</h2>\n<p class=\"note\">约束性指标按当前趋势预测达不到目标，或任一指标连续两年滞后，列入预警。</p>\n");
        if (m.Warnings.Count == 0) h.Append($"<p>截至{m.Year}年，没有列入预警的指标。</p>\n");
        else h.Append("<ol class=\"warnings\">").Append(string.Concat(c.WarningLines.Select(w => $"<li>{E(w)}</li>"))).Append("</ol>\n");

        h.Append($"<h2 id=\"charts\">{H("指标走势")}</h2>\n<p class=\"note\">{E(ReportContent.ChartLegend)}</p>\n");
        if (c.UnchartedText is { } uncharted) h.Append($"<p>{E(uncharted)}</p>\n");
        h.Append("<div class=\"charts\">\n");
        n = 0;
        var charted = c.Charted.ToHashSet();
        foreach (var i in c.Ordered)
        {
            n++;
            if (!charted.Contains(i)) continue;
            var png = chart(i);
            h.Append($"<figure id=\"ind-{n}\"><img src=\"data:image/png;base64,{Convert.ToBase64String(png)}\" width=\"{ChartRenderer.Width}\" height=\"{ChartRenderer.Height}\" ")
             .Append($"alt=\"{E(i.Name)}：{E(ReportContent.ValueText(i))}，{E(c.StatusLabel(i))}\">")
             .Append($"<figcaption>{n}. {E(i.Name)} {Badge(c, i)}<br><span class=\"reason\">{E(i.Result.Reason)}</span></figcaption></figure>\n");
        }
        h.Append("</div>\n");

        h.Append($"<h2 id=\"projects\">{H("重点项目专栏")}</h2>\n");
        if (m.ProjectBoxes.Count == 0) h.Append("<p>规划未列出重点项目专栏。</p>\n");
        foreach (var b in m.ProjectBoxes)
        {
            h.Append($"<section class=\"box\"><h3>专栏{b.Number}：{E(b.Title)}</h3>\n<ol>\n");
            foreach (var item in b.Items) h.Append($"<li>{E(item)}</li>\n");
            h.Append("</ol></section>\n");
        }
        h.Append($"<footer><p>本报告由蓝图规划综合管理信息系统根据监测数据自动生成（{E(m.GeneratedAt.ToString("yyyy年M月d日 HH:mm"))}），评估方法见系统方法说明。</p></footer>\n");
        h.Append("</main>\n</body>\n</html>\n");
        var bytes = new UTF8Encoding(false).GetBytes(h.ToString());
        output.Write(bytes);
    }

    private static string Badge(ReportContent c, ReportIndicator i) =>
        $"<span class=\"status status-{i.Result.Code}\" style=\"background:{c.StatusColour(i)}\">{E(c.StatusLabel(i))}</span>";

    private static string E(string? s) => WebUtility.HtmlEncode(s ?? "");

    private const string Css = """
        body { font-family: "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", "WenQuanYi Zen Hei", sans-serif; color: #1f2328; margin: 0; line-height: 1.7; }
        main { max-width: 1100px; margin: 0 auto; padding: 1.5rem; }
        h1 { font-size: 1.7rem; text-align: center; margin-bottom: .2rem; }
        h2 { font-size: 1.3rem; border-bottom: 2px solid #d0d7de; padding-bottom: .2rem; margin-top: 2rem; }
        h3 { font-size: 1.1rem; }
        .meta { text-align: center; color: #57606a; }
        .note { color: #57606a; font-size: .9rem; }
        table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .9rem; }
        caption { font-weight: bold; padding: .3rem; }
        th, td { border: 1px solid #d0d7de; padding: .3rem .45rem; vertical-align: top; text-align: left; }
        thead th { background: #f6f8fa; }
        tr.total { font-weight: bold; background: #f6f8fa; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        td.nw { white-space: nowrap; }
        .reason { color: #424a53; font-size: .85rem; }
        .wide { overflow-x: auto; }
        .status { color: #fff; border-radius: 3px; padding: 0 .4rem; white-space: nowrap; font-size: .85rem; }
        .charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 480px), 1fr)); gap: 1rem; }
        figure { margin: 0; border: 1px solid #d0d7de; padding: .5rem; }
        figure img { width: 100%; height: auto; }
        .box { border: 1px solid #d0d7de; padding: 0 1rem; margin-bottom: 1rem; }
        footer { color: #57606a; font-size: .85rem; margin-top: 2rem; }
        @media print { .wide { overflow: visible; } figure { break-inside: avoid; } }

        """;
}
