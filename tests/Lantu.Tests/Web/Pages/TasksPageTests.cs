using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using Lantu.Storage.Tasks;
using Lantu.Web.Pages.Plans;

namespace Lantu.Tests.Web.Pages;

/// <summary>Tasks and key projects: pages per plan and per department, the JSON API and the .xlsx downloads.</summary>
public sealed class TasksPageTests : IAsyncLifetime
{
    private PortalHost _host = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync() { _host = await PortalHost.InMemory(); _client = _host.Client(); }
    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<string> Page(string url)
    {
        var response = await _client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
        Assert.DoesNotContain("出错了", body);
        return body;
    }

    private async Task<JsonElement> Json(string url) => JsonDocument.Parse(await Page(url)).RootElement;

    [Fact]
    public async Task Every_sample_plan_has_task_and_project_pages_api_and_xlsx_downloads()
    {
        for (var id = 1; id <= 5; id++)
        {
            var tasks = await Json($"/api/plans/{id}/tasks");
            var projects = await Json($"/api/plans/{id}/projects");
            var tasksHtml = await Page($"/plans/{id}/tasks");
            var projectsHtml = await Page($"/plans/{id}/projects");
            Assert.Contains("<h1", tasksHtml);
            Assert.Contains($"{tasks.GetArrayLength()} 项任务", tasksHtml);
            Assert.Contains($"{projects.GetArrayLength()} 个项目", projectsHtml);
            Assert.Contains("aria-current=\"page\">任务分解", tasksHtml);
            // Every task and every project from the plan links to its source lines.
            foreach (var t in tasks.EnumerateArray().Take(30))
                Assert.Contains($"href=\"{SourcePages.Line(id, t.GetProperty("line_start").GetInt32())}\"", tasksHtml);
            foreach (var p in projects.EnumerateArray().Where(p => p.GetProperty("line_start").ValueKind == JsonValueKind.Number).Take(30))
                Assert.Contains($"href=\"{SourcePages.Line(id, p.GetProperty("line_start").GetInt32())}\"", projectsHtml);

            foreach (var (kind, sheets) in new[] { ("tasks", new[] { "规划", "任务", "年度目标" }), ("projects", new[] { "规划", "项目" }) })
            {
                var response = await _client.GetAsync($"/data/plans/{id}/{kind}.xlsx");
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
                Assert.Equal($"lantu-plan-{id}-{kind}.xlsx", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
                using var doc = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
                var names = doc.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(s => s.Name!.Value).ToList();
                foreach (var sheet in sheets) Assert.Contains(sheet, names);
            }
        }
        Assert.True((await Json("/api/plans/1/tasks")).GetArrayLength() > 50);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/api/plans/999/tasks")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/api/plans/999/projects")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/data/plans/999/tasks.xlsx")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/plans/999/tasks")).StatusCode);
    }

    [Fact]
    public async Task Tasks_by_status_and_department_show_what_a_department_leads_and_what_is_late()
    {
        var db = _host.OpenDatabase();
        var store = new TaskStore(db);
        var keys = store.List(1).Take(3).Select(t => t.Key).ToList();
        store.Assign(1, keys[0], lead: "市发展改革委", with: ["市工业和信息化局"], status: "滞后");
        store.Assign(1, keys[1], lead: "市发展改革委", status: "推进中");
        store.Assign(1, keys[2], lead: "市工业和信息化局", with: ["市发展改革委"], status: "已完成");

        var html = await Page("/plans/1/tasks");
        var departments = Regex.Match(html, "<table class=\"items departments\">[\\s\\S]*?</table>").Value;
        var ndrc = Regex.Match(departments, "<tr>\\s*<th scope=\"row\"><a[^>]*>市发展改革委</a></th>[\\s\\S]*?</tr>").Value;
        Assert.Matches("<td class=\"num\">2</td><td class=\"num\">1</td>", ndrc);
        Assert.Contains("<span class=\"badge late\">1</span>", ndrc);

        var dept = await Page("/plans/1/tasks?department=" + Uri.EscapeDataString("市发展改革委"));
        Assert.Contains("市发展改革委：牵头 2 项，配合 1 项，滞后 1 项", dept);
        Assert.Contains("3 项任务", dept);

        var late = await Page("/plans/1/tasks?late=true");
        Assert.Contains("1 项任务", late);
        var byStatus = await Page("/plans/1/tasks?status=" + Uri.EscapeDataString("已完成"));
        Assert.Contains("1 项任务", byStatus);
        Assert.Contains("市工业和信息化局", byStatus);

        var api = await Json("/api/plans/1/tasks?department=" + Uri.EscapeDataString("市发展改革委"));
        Assert.Equal(3, api.GetArrayLength());
        Assert.Equal("滞后", api[0].GetProperty("status").GetString());
        Assert.True(api[0].GetProperty("late").GetBoolean());
        var report = await Json("/api/plans/1/tasks/report");
        Assert.Equal(1, report.GetProperty("late_tasks").GetInt32());
    }

    [Fact]
    public async Task Projects_by_stage_with_investment()
    {
        var db = _host.OpenDatabase();
        var projects = new ProjectStore(db);
        var first = projects.List(1)[0];
        projects.SetStage(1, first.Key, "在建", "开工建设");
        projects.Add(1, "测试<script>项目", "谋划", null, "同安区");

        var html = await Page("/plans/1/projects");
        Assert.Contains("计划投资", html);
        Assert.Contains("投资完成率", html);
        Assert.Matches("href=\"/plans/1/projects\\?stage=%E5%9C%A8%E5%BB%BA\"[^>]*>在建</a>\\s*<span class=\"muted\">1</span>", html);
        Assert.Contains("测试&lt;script&gt;项目", html);
        Assert.DoesNotContain("测试<script>", html);

        var building = await Page("/plans/1/projects?stage=" + Uri.EscapeDataString("在建"));
        Assert.Contains("1 个项目", building);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(first.Name), building);

        var api = await Json("/api/plans/1/projects");
        var p = api.EnumerateArray().Single(x => x.GetProperty("key").GetString() == first.Key);
        Assert.Equal("在建", p.GetProperty("stage").GetString());
        Assert.Equal("在建", p.GetProperty("stage_history")[0].GetProperty("stage").GetString());
    }
}
