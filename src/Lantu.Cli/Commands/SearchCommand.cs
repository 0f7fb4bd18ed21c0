using System.CommandLine;
using Lantu.Storage;
using Lantu.Storage.Search;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Lantu.Cli.Commands;

/// <summary>`lantu search QUERY [--plan P] [--region R] [--chapter C] [--json]`: full-text search across plans.</summary>
public static class SearchCommand
{
    public static Command Create()
    {
        var text = new Argument<string>("QUERY") { Description = "检索词（空格分隔多个词，需同时出现）" };
        var plan = new Option<string?>("--plan") { Description = "只检索这份规划（编号或标题的一部分）" };
        var region = new Option<string?>("--region") { Description = "只检索这个地区的规划" };
        var chapter = new Option<string?>("--chapter") { Description = "只检索这一章（章号或标题中的文字）" };
        var limit = new Option<int>("--limit") { Description = "最多返回的条数", DefaultValueFactory = _ => 20 };
        var command = new Command("search", "在所有规划中全文检索") { text, plan, region, chapter, limit, Common.Json };
        command.SetAction(result =>
        {
            using var services = Common.Services(result);
            long? planId = Common.OptionalPlan(services, result.GetValue(plan))?.Id;
            var query = new SearchQuery(result.GetValue(text)!, planId, result.GetValue(region), result.GetValue(chapter), Math.Clamp(result.GetValue(limit), 1, 500));
            if (query.Terms.Count == 0)
            {
                Console.Error.WriteLine("错误：检索词中没有可检索的文字（只有标点或空白）");
                return 2;
            }
            var hits = services.GetRequiredService<PlanSearch>().Search(query);
            if (result.GetValue(Common.Json))
            {
                Common.WriteJson(hits.Select(h => new { h.Plan, h.Title, h.Region, h.Heading, h.LineStart, h.Snippet, h.Score }));
                return 0;
            }
            if (hits.Count == 0) { AnsiConsole.MarkupLine("[grey]没有找到匹配的内容[/]"); return 0; }
            var table = new Table().AddColumns("规划", "章节", "行", "摘要");
            foreach (var h in hits)
                table.AddRow($"{h.Plan} {Markup.Escape(h.Region ?? "")}", Markup.Escape(h.Heading), h.LineStart.ToString(),
                    Markup.Escape(h.Snippet).Replace("【", "[yellow]").Replace("】", "[/]"));
            AnsiConsole.Write(table);
            return 0;
        });
        return command;
    }
}
