using System.CommandLine;
using System.Globalization;
using Lantu.Application.Exchange;
using Lantu.Application.Monitoring;
using Lantu.Storage;
using Lantu.Storage.Monitoring;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Lantu.Cli.Commands;

/// <summary>Annual monitoring: `observe`, `template`, `import`, `progress`.</summary>
public static class MonitoringCommands
{
    private static readonly Option<string> By = new("--by") { Description = "填报人", DefaultValueFactory = _ => Environment.UserName };

    public static Command Observe()
    {
        var plan = Common.PlanArgument();
        var indicator = new Argument<string>("INDICATOR") { Description = "指标编号，或指标名称中唯一的一段文字" };
        var year = new Argument<int>("YEAR") { Description = "年份" };
        var value = new Argument<string>("VALUE") { Description = "数值" };
        var source = new Option<string?>("--source") { Description = "数据来源，如 统计公报" };
        var note = new Option<string?>("--note") { Description = "备注（变化较大时必填）" };
        var quarter = new Option<int?>("--quarter") { Description = "季度 1–4：截至该季度末的累计值（只显示，不参与年度评估）" };
        var command = new Command("observe", "填报一个指标某年（或某季度）的实际值（更正会保留历史）") { plan, indicator, year, value, source, note, quarter, By, Common.Json };
        command.SetAction(result =>
        {
            using var services = Common.Services(result);
            var p = Common.Plan(services, result.GetValue(plan));
            var i = services.GetRequiredService<IndicatorReader>().Resolve(p.VersionId, result.GetValue(indicator)!);
            var text = result.GetValue(value)!.Trim().TrimEnd('%', '％');
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
                throw new ArgumentException($"“{result.GetValue(value)}”不是数字");
            int y = result.GetValue(year), q = result.GetValue(quarter) ?? 0;
            if (result.GetValue(quarter) is int given && given is < 1 or > 4) throw new ArgumentException($"季度 {given} 无效，应为 1–4 (--quarter 1..4)");
            var input = new ObservationInput(i.Key, y, v, result.GetValue(source), result.GetValue(note), q);
            var (saved, warnings) = services.GetRequiredService<ValidatedEntry>().Record(p.Id, p.VersionId, input, result.GetValue(By)!);
            string period = q == 0 ? $"{y}年" : $"{y}年第{q}季度";
            if (result.GetValue(Common.Json)) Common.WriteJson(new { plan = p.Id, indicator = i.Id, i.Name, saved.Year, saved.Quarter, saved.Value, saved.Revision, warnings });
            else
            {
                AnsiConsole.MarkupLine($"已记录：{Markup.Escape(i.Name)} {period} = {v}{Markup.Escape(i.Unit ?? "")}" + (saved.Revision > 1 ? $"（第{saved.Revision}次更正，历史保留）" : ""));
                foreach (var w in warnings) AnsiConsole.MarkupLine($"[darkorange]提示：{Markup.Escape(w)}[/]");
            }
            return 0;
        });
        return command;
    }

    public static Command Template()
    {
        var plan = Common.PlanArgument();
        var output = new Option<string>("--output", "-o") { Description = "输出文件（.xlsx 或 .csv）", Required = true };
        var command = new Command("template", "导出某规划的监测数据填报模板") { plan, output };
        command.SetAction(result =>
        {
            using var services = Common.Services(result);
            var p = Common.Plan(services, result.GetValue(plan));
            var rows = TemplateFile.Build(services.GetRequiredService<IndicatorReader>().Monitored(p.VersionId), services.GetRequiredService<ObservationStore>().CurrentAnnual(p.Id),
                p.PeriodStart ?? DateTime.Now.Year - 4, p.PeriodEnd ?? DateTime.Now.Year);
            var path = result.GetValue(output)!;
            using var stream = File.Create(path);
            if (path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)) TemplateFile.WriteCsv(rows, stream);
            else TemplateFile.WriteXlsx(rows, stream);
            AnsiConsole.MarkupLine($"模板已写入 {Markup.Escape(path)}（{rows.Count - 1} 项指标）");
            return 0;
        });
        return command;
    }

    public static Command Import()
    {
        var file = new Argument<string>("FILE") { Description = "填好的模板（.xlsx 或 .csv）" };
        var plan = new Option<string>("--plan") { Description = "规划（编号或标题的一部分）", Required = true };
        var command = new Command("import", "导入监测数据：逐行校验，有任何错误则全部不导入") { file, plan, By };
        command.SetAction(result =>
        {
            using var services = Common.Services(result);
            var p = Common.Plan(services, result.GetValue(plan));
            var path = result.GetValue(file)!;
            try
            {
                var done = services.GetRequiredService<ObservationImport>().Import(p.Id, p.VersionId, File.ReadAllBytes(path), Path.GetFileName(path), result.GetValue(By)!);
                AnsiConsole.MarkupLine($"[green]已导入 {done.Values} 个数值[/]");
                foreach (var w in done.Warnings) AnsiConsole.MarkupLine($"[darkorange]提示：{Markup.Escape(w.ToString())}（已保存并标记）[/]");
                return 0;
            }
            catch (ImportRejectedException e)
            {
                Console.Error.WriteLine("错误：" + e.Message);
                return 1;
            }
        });
        return command;
    }

    public static Command Progress()
    {
        var plan = Common.PlanArgument();
        var year = new Option<int>("--year") { Description = "监测年份", Required = true };
        var command = new Command("progress", "某年各指标的进展：序时进度、状态、预测与原因") { plan, year, Common.Json };
        command.SetAction(result =>
        {
            using var services = Common.Services(result);
            var p = Common.Plan(services, result.GetValue(plan));
            var rows = services.GetRequiredService<ProgressService>().Rows(p.Id, result.GetValue(year));
            if (result.GetValue(Common.Json)) { Common.WriteJson(rows); return 0; }
            var table = new Table().Title(Markup.Escape($"{p.Title} {result.GetValue(year)}年监测")).AddColumns("指标", "属性", "目标", "实际", "序时进度", "状态", "预测", "原因");
            foreach (var r in rows)
                table.AddRow(Markup.Escape(r.Name), Markup.Escape(r.Attribute ?? ""), Markup.Escape(r.Target ?? ""),
                    Fmt(r.Value) + (r.LatestQuarter is { } q ? $"（{q}：{Fmt(r.QuarterValue)}）" : ""), Fmt(r.Expected),
                    $"[{Colour(r.Status)}]{r.StatusLabel}[/]", Fmt(r.Forecast), Markup.Escape(r.Reason));
            AnsiConsole.Write(table);
            return 0;
        });
        return command;
    }

    private static string Fmt(double? v) => v is double d ? Math.Round(d, 2).ToString(CultureInfo.InvariantCulture) : "—";

    private static string Colour(string status) => status switch
    {
        "achieved" => "green", "on_track" => "blue", "lagging" => "darkorange", "severely_lagging" => "red", _ => "grey",
    };
}
