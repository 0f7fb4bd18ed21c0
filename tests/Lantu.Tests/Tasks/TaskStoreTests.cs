using System.Text;
using Lantu.Application.Exchange;
using Lantu.Core.Tasks;
using Lantu.Storage;
using Lantu.Storage.Tasks;
using Lantu.Tests.Storage;

namespace Lantu.Tests.Tasks;

public class TaskStoreTests
{
    private static (LantuDatabase Db, long PlanId) Ingest(TestStore store, string sample) =>
        (store.Db, new PlanIngestor(store.Db).IngestFile(Samples.File(sample)).PlanId);

    [Fact]
    public void Storing_a_plan_derives_its_tasks_and_projects()
    {
        using var database = TestDatabase.Fresh();
        var (db, planId) = Ingest(database, "000");
        var tasks = new TaskStore(db).List(planId);
        Assert.Equal(TaskDeriver.Derive(Samples.Parsed("000")).Count, tasks.Count);
        var task = Assert.Single(tasks, t => t.Title == "加强衔接协调");
        Assert.Equal(6540, task.LineStart);
        Assert.Equal(Vocabulary.NotStarted, task.Status);
        var projects = new ProjectStore(db).List(planId);
        var lab = Assert.Single(projects, p => p.Name == "嘉庚创新实验室");
        Assert.Equal("3", lab.BoxNumber);
        Assert.Equal(1105, lab.LineStart);
        Assert.Null(lab.Stage);
    }

    [Fact]
    public void Departments_milestones_stages_and_reports()
    {
        using var database = TestDatabase.Fresh();
        var (db, planId) = Ingest(database, "000");
        var tasks = new TaskStore(db);
        var t = tasks.Assign(planId, "加强衔接协调", "市发改委", ["市自然资源和规划局", "市财政局"], Vocabulary.InProgress);
        Assert.Equal("市发改委", t.LeadDepartment);
        Assert.Equal(["市自然资源和规划局", "市财政局"], t.CooperatingDepartments);
        tasks.Assign(planId, "打造高水平公共创新平台", "市科技局");
        tasks.SetMilestone(planId, "打造高水平公共创新平台", 2022, "新建省级以上创新平台10个", Vocabulary.Done);
        tasks.SetMilestone(planId, "打造高水平公共创新平台", 2023, "创建国家重点实验室1个", Vocabulary.InProgress, "已提交申报材料");

        var projects = new ProjectStore(db);
        projects.SetStage(planId, "嘉庚创新实验室", "签约");
        var lab = projects.SetStage(planId, "嘉庚创新实验室", "开工", "主体工程开工");
        Assert.Equal("开工", lab.Stage);
        Assert.Equal([("签约", (string?)null), ("开工", "签约")], lab.StageHistory.Select(h => (h.Stage, h.PreviousStage)));
        var added = projects.Add(planId, "翔安新机场航站区", "在建", Money.Of(12, "亿元"), "翔安区");
        Assert.True(added.Manual);
        Assert.Equal(120000, added.PlannedInvestmentWan);
        Assert.Throws<ArgumentException>(() => projects.SetStage(planId, "嘉庚创新实验室", "完工了"));

        var science = tasks.List(planId, "市科技局", asOfYear: 2024);
        var platform = Assert.Single(science);
        Assert.True(platform.Late); // the 2023 milestone is past and not done
        Assert.Equal(2, platform.Milestones.Count);

        var report = tasks.Report(planId, asOfYear: 2024);
        Assert.Equal(1, report.TasksByStatus[Vocabulary.InProgress]);
        Assert.Equal(report.Tasks - 2, report.Unassigned);
        Assert.Equal(1, report.ProjectsByStage["开工"]);
        Assert.Equal(1, report.ProjectsByStage["在建"]);
        Assert.Equal(120000, report.PlannedInvestmentWan);
        var dept = Assert.Single(report.Departments, d => d.Department == "市科技局");
        Assert.Equal((1, 1), (dept.Leads, dept.Late));
        Assert.Equal(1, Assert.Single(report.Departments, d => d.Department == "市财政局").Cooperates);
    }

    [Fact]
    public void Refinements_survive_a_new_version_of_the_plan()
    {
        using var database = TestDatabase.Fresh();
        var (db, planId) = Ingest(database, "004");
        var tasks = new TaskStore(db);
        var projects = new ProjectStore(db);
        tasks.Assign(planId, "整合优化政务信息网络", "市大数据局", ["市工信局"], Vocabulary.InProgress);
        tasks.SetMilestone(planId, "整合优化政务信息网络", 2022, "政务外网整合完成", Vocabulary.Done);
        projects.SetStage(planId, "政务网络整合提升工程", "在建");

        // The revised plan inserts two lines at the top: every line number moves, every title stays.
        var revised = "（修订稿）\n\n" + File.ReadAllText(Samples.File("004"));
        var v2 = new PlanIngestor(db).IngestBytes(Encoding.UTF8.GetBytes(revised), "004-revised.txt");
        Assert.Equal(IngestResult.NewVersion, v2.Outcome);
        Assert.Equal(planId, v2.PlanId);

        var task = Assert.Single(tasks.List(planId), t => t.Title == "整合优化政务信息网络");
        Assert.True(task.InCurrentVersion);
        Assert.Equal(544, task.LineStart); // was 542
        Assert.Equal("市大数据局", task.LeadDepartment);
        Assert.Equal(["市工信局"], task.CooperatingDepartments);
        Assert.Equal(Vocabulary.InProgress, task.Status);
        Assert.Equal(2022, Assert.Single(task.Milestones).Year);
        var project = Assert.Single(projects.List(planId), p => p.Name == "政务网络整合提升工程");
        Assert.Equal("在建", project.Stage);
        Assert.True(project.LineStart > 0);
    }

    [Fact]
    public void Tasks_xlsx_round_trip_and_a_rejected_file_changes_nothing()
    {
        using var dir = new Samples.TempDir();
        using var database = TestDatabase.Fresh();
        var (db, planId) = Ingest(database, "002");
        var exchange = TestServices.Get<TaskExchange>(db);
        var file = dir.File("tasks.xlsx");
        var store = new TaskStore(db);
        var target = store.Find(planId, "打造全国一流大学城");
        store.SetMilestone(planId, target.Key, 2021, "大学城新入驻高校2所", Vocabulary.Done);
        Assert.Equal(store.List(planId).Count, exchange.Export(planId, file));

        XlsxEdit.SetCell(file, TaskExchange.TaskSheet, target.Key, "牵头单位", "市教育局");
        XlsxEdit.SetCell(file, TaskExchange.TaskSheet, target.Key, "配合单位", "市科技局、闽侯县政府");
        XlsxEdit.SetCell(file, TaskExchange.TaskSheet, target.Key, "状态", "推进中");
        XlsxEdit.SetCell(file, TaskExchange.MilestoneSheet, target.Key, "状态", "滞后");
        var result = exchange.Import(file);
        Assert.True(result.Ok, string.Join("\n", result.Errors));
        var after = store.Find(planId, target.Key);
        Assert.Equal("市教育局", after.LeadDepartment);
        Assert.Equal(["市科技局", "闽侯县政府"], after.CooperatingDepartments);
        Assert.Equal(Vocabulary.InProgress, after.Status);
        Assert.Equal(Vocabulary.Late, Assert.Single(after.Milestones).Status);

        // An invalid status in one row and an unknown task in another: the valid edit in the same file is not applied either.
        exchange.Export(planId, file);
        var other = store.Find(planId, "激发企业创新活力");
        XlsxEdit.SetCell(file, TaskExchange.TaskSheet, other.Key, "牵头单位", "市工信局");
        XlsxEdit.SetCell(file, TaskExchange.TaskSheet, target.Key, "状态", "进展顺利");
        XlsxEdit.SetCell(file, TaskExchange.TaskSheet, store.Find(planId, "优化创新创业服务").Key, "任务编号", "没有这个任务");
        var before = database.Fingerprint();
        var rejected = exchange.Import(file);
        Assert.False(rejected.Ok);
        var status = Assert.Single(rejected.Errors, e => e.Message.Contains("进展顺利"));
        Assert.Equal(TaskExchange.TaskSheet, status.Sheet);
        Assert.Equal("H（状态）", status.Column);
        Assert.True(status.Row > 1);
        Assert.Contains(rejected.Errors, e => e.Message.Contains("没有这个任务") && e.Column.StartsWith("A"));
        Assert.Equal(before, database.Fingerprint());
        Assert.Null(store.Find(planId, other.Key).LeadDepartment);
    }

    [Fact]
    public void Projects_xlsx_round_trip_with_stage_history_and_a_rejected_file_changes_nothing()
    {
        using var dir = new Samples.TempDir();
        using var database = TestDatabase.Fresh();
        var (db, planId) = Ingest(database, "000");
        var exchange = TestServices.Get<ProjectExchange>(db);
        var store = new ProjectStore(db);
        var file = dir.File("projects.xlsx");
        var lab = store.Find(planId, "嘉庚创新实验室");
        exchange.Export(planId, file);

        XlsxEdit.SetCell(file, ProjectExchange.ProjectSheet, lab.Key, "阶段", "开工");
        XlsxEdit.SetCell(file, ProjectExchange.ProjectSheet, lab.Key, "计划投资", "15.5");
        XlsxEdit.SetCell(file, ProjectExchange.ProjectSheet, lab.Key, "计划投资单位", "亿元");
        XlsxEdit.SetCell(file, ProjectExchange.ProjectSheet, lab.Key, "已完成投资", "31000");
        XlsxEdit.SetCell(file, ProjectExchange.ProjectSheet, lab.Key, "已完成投资单位", "万元");
        XlsxEdit.SetCell(file, ProjectExchange.ProjectSheet, lab.Key, "开工时间", "2021年6月");
        XlsxEdit.SetCell(file, ProjectExchange.ProjectSheet, lab.Key, "建设地点", "翔安区");
        var result = exchange.Import(file);
        Assert.True(result.Ok, string.Join("\n", result.Errors));
        lab = store.Find(planId, lab.Key);
        Assert.Equal("开工", lab.Stage);
        Assert.Equal(155000, lab.PlannedInvestmentWan);
        Assert.Equal("亿元", lab.PlannedInvestmentUnit);
        Assert.Equal(31000, lab.CompletedInvestmentWan);
        Assert.Equal("2021-06", lab.StartDate);
        Assert.Equal("翔安区", lab.Location);
        Assert.Equal("开工", Assert.Single(lab.StageHistory).Stage);
        Assert.Equal(0.2, new TaskStore(db).Report(planId).InvestmentCompletion);

        // Re-exported, the amount is shown in its own unit; importing it again changes nothing and adds no history.
        exchange.Export(planId, file);
        Assert.True(exchange.Import(file).Ok);
        Assert.Single(store.Find(planId, lab.Key).StageHistory);

        XlsxEdit.SetCell(file, ProjectExchange.ProjectSheet, lab.Key, "阶段", "竣工");
        XlsxEdit.SetCell(file, ProjectExchange.ProjectSheet, lab.Key, "已完成投资单位", "美元");
        var before = database.Fingerprint();
        var rejected = exchange.Import(file);
        var error = Assert.Single(rejected.Errors);
        Assert.Contains("美元", error.Message);
        Assert.StartsWith("I", error.Column);
        Assert.Equal(before, database.Fingerprint());
        Assert.Equal("开工", store.Find(planId, lab.Key).Stage);
    }
}

public class BackfillTests
{
    [Fact]
    public void A_version_stored_before_tasks_existed_is_derived_on_first_use()
    {
        using var database = TestDatabase.Fresh();
        var db = database.Db;
        var planId = new PlanIngestor(db).IngestFile(Samples.Path002).PlanId;
        using (var c = db.Connect())
        {
            using var cmd = c.CreateCommand();
            cmd.CommandText = "DELETE FROM derived_tasks; DELETE FROM derived_projects;";
            cmd.ExecuteNonQuery();
        }
        var tasks = new TaskStore(db).List(planId);
        Assert.Equal(TaskDeriver.Derive(Samples.Parsed("002")).Count, tasks.Count);
        Assert.Equal(366, Assert.Single(tasks, t => t.Title == "打造全国一流大学城").LineStart);
        Assert.Contains(new ProjectStore(db).List(planId), p => p.Name == "打造一流大学城");
    }
}
