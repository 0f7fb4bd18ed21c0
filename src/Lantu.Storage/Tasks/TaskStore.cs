using System.Data.Common;
using System.Text.Json;
using Dapper;
using Lantu.Core.Tasks;

namespace Lantu.Storage.Tasks;

/// <summary>
/// A plan's tasks: derived from its current version, refined by planners (lead and cooperating departments, status,
/// annual milestones). Refinements are keyed by plan and task key, so they survive a new version of the plan.
/// </summary>
public sealed class TaskStore(LantuSession session, ProjectStore projectStore)
{
    /// <summary>For code outside a composition root (tests, tools): with its project store over the same session.</summary>
    public TaskStore(LantuSession session) : this(session, new ProjectStore(session)) { }

    static TaskStore() => DefaultTypeMap.MatchNamesWithUnderscores = true;

    private sealed class AssignmentRow
    {
        public string TaskKey { get; init; } = "";
        public string? LeadDepartment { get; init; }
        public string CooperatingDepartments { get; init; } = "[]";
        public string Status { get; init; } = "";
    }

    /// <summary>The plan's tasks in document order, then refinements whose task left the plan; optionally those a
    /// department leads or cooperates on. A milestone is late when its year is before <paramref name="asOfYear"/>.</summary>
    public IReadOnlyList<TaskView> List(long planId, string? department = null, int? asOfYear = null)
    {
        TaskDerivation.EnsureDerived(session, planId);
        return session.Read((c, tx) => Load(c, tx, planId, department, asOfYear ?? DateTime.Today.Year));
    }

    internal static List<TaskView> Load(DbConnection c, DbTransaction? tx, long planId, string? department, int asOfYear)
    {
        var versionId = CurrentVersion(c, tx, planId);
        var tasks = c.Query<(string Key, string? Chapter, string? Section, string Path, string Number, string Title, long LineStart, long LineEnd, string Origin)>(
            "SELECT task_key, chapter, section, path, number, title, line_start, line_end, origin FROM derived_tasks WHERE version_id = @versionId ORDER BY seq",
            new { versionId }, tx)
            .Select(r =>
            {
                var (chapter, section) = TaskChapters.FromPath(r.Path);
                return new TaskView
                {
                    Key = r.Key, Chapter = r.Chapter ?? chapter, Section = r.Section ?? section, Path = r.Path, Number = r.Number, Title = r.Title,
                    LineStart = (int)r.LineStart, LineEnd = (int)r.LineEnd, Origin = r.Origin,
                };
            }).ToList();
        TaskTexts.Fill(c, tx, versionId, tasks);
        var byKey = tasks.ToDictionary(t => t.Key);
        foreach (var a in c.Query<AssignmentRow>("SELECT task_key, lead_department, cooperating_departments, status FROM task_assignments WHERE plan_id = @planId ORDER BY id", new { planId }, tx))
        {
            if (!byKey.TryGetValue(a.TaskKey, out var t))
            {
                t = new TaskView { Key = a.TaskKey, Title = a.TaskKey.Split('/')[^1], InCurrentVersion = false };
                tasks.Add(t);
                byKey[a.TaskKey] = t;
            }
            t.LeadDepartment = a.LeadDepartment;
            t.CooperatingDepartments = JsonSerializer.Deserialize<List<string>>(a.CooperatingDepartments) ?? new();
            t.Status = a.Status;
        }
        foreach (var m in c.Query<MilestoneView>("SELECT task_key, year, target, status, commentary FROM task_milestones WHERE plan_id = @planId ORDER BY year", new { planId }, tx))
            if (byKey.TryGetValue(m.TaskKey, out var t)) t.Milestones.Add(m);
        foreach (var t in tasks)
            t.Late = t.Status == Vocabulary.Late
                     || t.Milestones.Any(m => m.Status == Vocabulary.Late || (m.Year < asOfYear && m.Status != Vocabulary.Done));
        if (department is { Length: > 0 })
            tasks = tasks.Where(t => t.LeadDepartment == department || t.CooperatingDepartments.Contains(department)).ToList();
        return tasks;
    }

    internal static long CurrentVersion(DbConnection c, DbTransaction? tx, long planId) =>
        c.ExecuteScalar<long?>("SELECT current_version_id FROM plans WHERE id = @planId", new { planId }, tx)
        ?? throw PlanNotFoundException.NoPlan(planId);

    /// <summary>A task by its key, its exact title, or a part of its title that names exactly one task.</summary>
    public TaskView Find(long planId, string task) =>
        NameLookup.Find(List(planId), task, t => t.Key, t => t.Title,
            (t, needle) => t.Title.Contains(needle) || t.Key.Contains(TaskKeys.Normalize(needle)), "任务", "task");

    /// <summary>Sets a task's lead and cooperating departments and/or status; null leaves a field as it is.</summary>
    public TaskView Assign(long planId, string task, string? lead = null, IReadOnlyList<string>? with = null, string? status = null)
    {
        if (status is not null && !Vocabulary.IsTaskStatus(status))
            throw new ArgumentException($"无效的任务状态“{status}”（应为 {string.Join("、", Vocabulary.TaskStatuses)}）");
        var t = Find(planId, task);
        session.Write((c, tx) => Upsert(c, tx, planId, t.Key, lead ?? t.LeadDepartment, with ?? t.CooperatingDepartments, status ?? t.Status));
        return Find(planId, t.Key);
    }

    /// <summary>Adds or replaces a task's milestone for a year.</summary>
    public void SetMilestone(long planId, string task, int year, string target, string status, string commentary = "")
    {
        if (!Vocabulary.IsTaskStatus(status))
            throw new ArgumentException($"无效的年度目标状态“{status}”（应为 {string.Join("、", Vocabulary.TaskStatuses)}）");
        var t = Find(planId, task);
        session.Write((c, tx) =>
        {
            c.Execute("DELETE FROM task_milestones WHERE plan_id = @planId AND task_key = @key AND year = @year", new { planId, key = t.Key, year }, tx);
            c.Execute("INSERT INTO task_milestones (plan_id, task_key, year, target, status, commentary) VALUES (@planId, @key, @year, @target, @status, @commentary)",
                new { planId, key = t.Key, year, target, status, commentary }, tx);
            if (!t.InCurrentVersion || t.LeadDepartment is null && t.Status == Vocabulary.NotStarted)
                Upsert(c, tx, planId, t.Key, t.LeadDepartment, t.CooperatingDepartments, t.Status);
        });
    }

    internal static void Upsert(DbConnection c, DbTransaction tx, long planId, string key, string? lead, IReadOnlyList<string> with, string status) =>
        c.Execute("""
            INSERT INTO task_assignments (plan_id, task_key, lead_department, cooperating_departments, status, updated_at)
            VALUES (@planId, @key, @lead, @with, @status, @now)
            ON CONFLICT (plan_id, task_key) DO UPDATE SET lead_department = excluded.lead_department,
                cooperating_departments = excluded.cooperating_departments, status = excluded.status, updated_at = excluded.updated_at
            """,
            new
            {
                planId, key, lead = string.IsNullOrWhiteSpace(lead) ? null : lead.Trim(), with = JsonSerializer.Serialize(with.Select(w => w.Trim()).Where(w => w.Length > 0).Distinct().ToList()),
                status, now = DateTime.UtcNow.ToString("O"),
            }, tx);

    /// <summary>Per plan: tasks by status, projects by stage, investment completion, and per department what it leads and what is late.</summary>
    public PlanTaskReport Report(long planId, int? asOfYear = null)
    {
        var tasks = List(planId, null, asOfYear);
        var projects = projectStore.List(planId);
        var departments = tasks.SelectMany(t => (t.LeadDepartment is null ? [] : new[] { t.LeadDepartment }).Concat(t.CooperatingDepartments))
            .Distinct().Order()
            .Select(d =>
            {
                var led = tasks.Where(t => t.LeadDepartment == d).ToList();
                var late = led.Where(t => t.Late).ToList();
                return new DepartmentReport(d, led.Count, tasks.Count(t => t.CooperatingDepartments.Contains(d)), late.Count, late.Select(t => t.Title).ToList());
            }).ToList();
        double planned = projects.Sum(p => p.PlannedInvestmentWan ?? 0), completed = projects.Sum(p => p.CompletedInvestmentWan ?? 0);
        return new PlanTaskReport(
            tasks.Count,
            Vocabulary.TaskStatuses.ToDictionary(s => s, s => tasks.Count(t => t.Status == s)),
            tasks.Count(t => t.LeadDepartment is null), tasks.Count(t => t.Late),
            projects.Count,
            new[] { "未定" }.Concat(Vocabulary.Stages).ToDictionary(s => s, s => projects.Count(p => (p.Stage ?? "未定") == s)),
            planned, completed, planned > 0 ? Math.Round(completed / planned, 4) : null,
            departments);
    }
}
