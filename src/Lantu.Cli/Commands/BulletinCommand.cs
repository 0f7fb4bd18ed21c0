using System.CommandLine;
using System.Globalization;
using Lantu.Application.Monitoring;
using Lantu.Storage.Accounts;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Lantu.Cli.Commands;

/// <summary>`lantu bulletin PLAN FILE [--year Y] [--json] [--accept]`: values a 统计公报 or 政府工作报告 reports for the
/// plan's indicators, proposed with their sentence and line; stored (with an audit entry each) only with --accept.</summary>
public static class BulletinCommand
{
    public static Command Create()
    {
        var plan = Common.PlanArgument();
        var file = new Argument<string>("FILE") { Description = "统计公报或政府工作报告（.txt、.docx、.pdf、.html）" };
        var year = new Option<int?>("--year") { Description = "公报所报告的年份（默认取文件标题中的年份）" };
        var accept = new Option<bool>("--accept") { Description = "将全部建议值记录为监测数据（逐条校验并写入审计日志）" };
        var command = new Command("bulletin", "读取统计公报/政府工作报告，提出本规划指标的监测值建议") { plan, file, year, accept, Common.Json };
        command.SetAction(result =>
        {
            using var services = Common.Services(result);
            var p = Common.Plan(services, result.GetValue(plan));
            var path = result.GetValue(file)!;
            if (!File.Exists(path)) throw new FileNotFoundException($"文件不存在：{path}");
            var bulletins = services.GetRequiredService<BulletinService>();
            var name = Path.GetFileName(path);
            var reading = bulletins.Propose(p.Id, File.ReadAllBytes(path), name, result.GetValue(year));
            var stored = result.GetValue(accept) && reading.Proposals.Count > 0 ? bulletins.Accept(Actor.Cli(), p.Id, name, reading.Proposals) : [];
            if (result.GetValue(Common.Json)) { Common.WriteJson(reading.Proposals); return 0; }
            AnsiConsole.MarkupLine(Markup.Escape($"{name}：报告年份 {(reading.Year?.ToString(CultureInfo.InvariantCulture) ?? "未知")}（{reading.YearBasis}），建议 {reading.Proposals.Count} 个数值"));
            if (reading.Proposals.Count > 0)
            {
                var table = new Table().AddColumns("指标", "公报表述", "年份", "数值", "单位", "预计", "行", "原句");
                foreach (var r in reading.Proposals)
                    table.AddRow(Markup.Escape(r.IndicatorName), Markup.Escape(r.TextName), r.Year.ToString(CultureInfo.InvariantCulture),
                        Math.Round(r.Value, 6).ToString(CultureInfo.InvariantCulture) + (r.Printed is { } printed ? Markup.Escape($"（{printed}）") : ""),
                        Markup.Escape(r.Unit ?? ""), r.Estimate ? "预计数" : "", r.Line.ToString(CultureInfo.InvariantCulture), Markup.Escape(r.Sentence));
                AnsiConsole.Write(table);
            }
            if (stored.Count > 0) AnsiConsole.MarkupLine($"[green]已记录 {stored.Count} 个数值（来源：{Markup.Escape(name)}，审计日志已记录）[/]");
            else if (reading.Proposals.Count > 0) AnsiConsole.MarkupLine("未记录：核对后加 --accept 记录，或在网页 /staff/bulletin 逐条勾选接受");
            return 0;
        });
        return command;
    }
}
