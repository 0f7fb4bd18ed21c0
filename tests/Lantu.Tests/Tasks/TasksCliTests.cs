using System.Text.Json;
using Lantu.Tests.Cli;

namespace Lantu.Tests.Tasks;

public class TasksCliTests
{
    [Fact]
    public void Tasks_and_projects_commands_speak_json_assign_stage_and_exchange_xlsx()
    {
        using var dir = new Samples.TempDir();
        using var database = TestDatabase.Fresh();
        var db = database.Location;
        Assert.Equal(0, CliRunner.Lantu(db, "ingest", Samples.Path000).ExitCode);

        var assign = CliRunner.Lantu(db, "tasks", "assign", "1", "加强衔接协调", "--lead", "市发改委", "--with", "市财政局", "--status", "推进中");
        Assert.Equal(0, assign.ExitCode);
        var tasks = JsonDocument.Parse(CliRunner.Lantu(db, "tasks", "1", "--json", "--department", "市发改委").Stdout).RootElement;
        var task = Assert.Single(tasks.EnumerateArray());
        Assert.Equal("加强衔接协调", task.GetProperty("title").GetString());
        Assert.Equal(6540, task.GetProperty("line_start").GetInt32());
        Assert.Equal("市财政局", task.GetProperty("cooperating_departments")[0].GetString());
        foreach (var field in new[] { "key", "chapter", "section", "path", "text", "line_end", "lead_department", "status", "milestones", "late" })
            Assert.True(task.TryGetProperty(field, out _), field);

        Assert.Equal(0, CliRunner.Lantu(db, "projects", "stage", "1", "嘉庚创新实验室", "签约").ExitCode);
        var bad = CliRunner.Lantu(db, "projects", "stage", "1", "嘉庚创新实验室", "完工");
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("无效的项目阶段", bad.Stderr);
        var projects = JsonDocument.Parse(CliRunner.Lantu(db, "projects", "1", "--json").Stdout).RootElement;
        var lab = projects.EnumerateArray().Single(p => p.GetProperty("name").GetString() == "嘉庚创新实验室");
        Assert.Equal("签约", lab.GetProperty("stage").GetString());
        Assert.Equal("签约", lab.GetProperty("stage_history")[0].GetProperty("stage").GetString());

        var xlsx = dir.File("projects.xlsx");
        Assert.Equal(0, CliRunner.Lantu(db, "projects", "export", "1", "-o", xlsx).ExitCode);
        XlsxEdit.SetCell(xlsx, "项目", lab.GetProperty("key").GetString()!, "阶段", "开工");
        Assert.Equal(0, CliRunner.Lantu(db, "projects", "import", xlsx).ExitCode);
        XlsxEdit.SetCell(xlsx, "项目", lab.GetProperty("key").GetString()!, "计划投资", "很多");
        var rejected = CliRunner.Lantu(db, "projects", "import", xlsx);
        Assert.Equal(1, rejected.ExitCode);
        Assert.Contains("F（计划投资）", rejected.Stderr);
        projects = JsonDocument.Parse(CliRunner.Lantu(db, "projects", "1", "--json").Stdout).RootElement;
        Assert.Equal("开工", projects.EnumerateArray().Single(p => p.GetProperty("name").GetString() == "嘉庚创新实验室").GetProperty("stage").GetString());

        var report = JsonDocument.Parse(CliRunner.Lantu(db, "tasks", "report", "1", "--json").Stdout).RootElement;
        Assert.Equal(1, report.GetProperty("tasks_by_status").GetProperty("推进中").GetInt32());
        Assert.Equal("市发改委", report.GetProperty("departments")[0].GetProperty("department").GetString());
    }
}
