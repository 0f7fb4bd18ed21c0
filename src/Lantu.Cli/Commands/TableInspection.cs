using Lantu.Core.Indicators;
using Lantu.Core.Indicators.Shapes;
using Lantu.Core.Model;
using Lantu.Core.Normalization;
using Lantu.Storage;
using Spectre.Console;

namespace Lantu.Cli.Commands;

/// <summary>
/// `lantu indicators PLAN --table LINE`: one table as the parser saw it — its region, the shape class that read it,
/// the role it gave each column, the rows as that reader split them, and the final rows beside them — so a wrong row can be traced to the
/// step that made it. The stored source lines are parsed again, so this shows what the current parser does.
/// </summary>
public static class TableInspection
{
    public static int Run(PlanReader reader, long planId, int line, bool json)
    {
        var detail = reader.Detail(planId);
        var lines = reader.Lines(detail.VersionId).Select(l => l.Text).ToList();
        var doc = Normalizer.Normalize(new SourceDocument(detail.SourceFile, detail.SourceFormat, detail.SourceEncoding, lines));
        var regions = TableLocator.Locate(doc, planStart: detail.PeriodStart); // as ingest: a review table may be known by the period alone
        var region = regions.FirstOrDefault(r => line >= First(r) && line <= r.BodyEnd);
        if (region is null)
        {
            var known = regions.Count == 0 ? "该规划没有识别出指标表" : "已识别的指标表：" + string.Join("、", regions.Select(r => $"第{First(r)}–{r.BodyEnd}行"));
            AnsiConsole.MarkupLine($"[red]错误：第 {line} 行不在任何指标表内。{Markup.Escape(known)}[/]");
            return 1;
        }
        var table = IndicatorExtractor.Read(doc, region);
        var shape = TableShapes.For(region.Shape).Name;
        if (json)
        {
            Common.WriteJson(new
            {
                region,
                reader = shape,
                columns = table?.Schema.Columns.Select(c => new { role = c.Role, c.Label, c.Group, c.Year }),
                raw_rows = table?.RawRows.Select(r => new { line_start = r.LineStart, line_end = r.LineEnd, category = r.Category?.Text, r.Seq, r.Name, sub_name = r.SubName, r.Unit, r.Values, r.Attribute }),
                rows = table?.Rows,
            });
            return 0;
        }
        AnsiConsole.Write(new Panel(Markup.Escape(
            $"标题：{region.Title}\n位置：标题第{region.TitleLine}行，表头第{region.HeaderStart}–{region.HeaderEnd}行，至第{region.BodyEnd}行\n形态：{region.Shape}（由 {shape} 读出）　类型：{(region.Review ? "回顾表" : "目标表")}"))
            .Header("指标表区域"));
        if (table is null)
        {
            AnsiConsole.MarkupLine("[yellow]表头未能识别出数值列，或没有读出任何行。[/]");
            return 0;
        }
        var columns = new Table().AddColumns("#", "角色", "表头", "组", "年份");
        for (int i = 0; i < table.Schema.Columns.Count; i++)
        {
            var c = table.Schema.Columns[i];
            columns.AddRow(i.ToString(), c.Role.ToString(), Markup.Escape(c.Label), c.Group < 0 ? "" : c.Group.ToString(), c.Year?.ToString() ?? "");
        }
        AnsiConsole.Write(columns.Title("列"));
        var rows = new Table().AddColumns("行", "读出（原始单元格）", "结果（类别|序号|名称|上级|单位|基期|目标|增长|实际|属性|备注）");
        foreach (var raw in table.RawRows)
        {
            var finals = table.Rows.Where(r => r.LineStart >= raw.LineStart && r.LineStart <= raw.LineEnd).Select(r => r.ToString());
            var cells = new[] { raw.Category?.Text, raw.Seq, raw.Name, raw.SubName, raw.Unit }.Concat(raw.Values).Append(raw.Attribute);
            rows.AddRow($"{raw.LineStart}–{raw.LineEnd}", Markup.Escape(string.Join(" | ", cells.Select(v => v ?? "·"))), Markup.Escape(string.Join("\n", finals)));
        }
        AnsiConsole.Write(rows.Title($"行：读出 {table.RawRows.Count}，结果 {table.Rows.Count}"));
        return 0;
    }

    private static int First(TableRegion r) => r.TitleLine > 0 ? Math.Min(r.TitleLine, r.HeaderStart) : r.HeaderStart;
}
