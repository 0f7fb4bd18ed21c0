using System.Data.Common;
using System.Text.Json;
using Dapper;
using Lantu.Storage.Tasks;

namespace Lantu.Storage.Accounts;

/// <summary>Kinds of target a department answers for. Tasks keep their departments in task_assignments (issue 9);
/// every other kind (indicators, once they land) in target_assignments.</summary>
public static class TargetKinds
{
    public const string Task = "task", Indicator = "indicator";

    public static string Check(string kind)
    {
        var k = AccountStore.CheckText(kind, "对象类型", 32).ToLowerInvariant();
        if (k.Any(ch => !(char.IsAsciiLetterLower(ch) || ch == '-' || ch == '_'))) throw new ArgumentException($"无效的对象类型“{kind}”");
        return k;
    }
}

/// <summary>The lead (牵头) and cooperating (配合) departments of one target.</summary>
public sealed record Responsibility(string? Lead, IReadOnlyList<string> Cooperating)
{
    public bool Includes(string? department) => department is { Length: > 0 } d && (Lead == d || Cooperating.Contains(d));
}

/// <summary>Who answers for what: assignment of targets to departments, and the permission check built on it.</summary>
public sealed class Assignments(LantuSession session, TaskStore tasks, PlanReader plans, Monitoring.IndicatorReader indicators)
{
    /// <summary>For code outside a composition root (tests, tools): with its readers over the same session.</summary>
    public Assignments(LantuSession session) : this(session, new TaskStore(session), new PlanReader(session), new Monitoring.IndicatorReader(session)) { }

    public Responsibility For(long planId, string kind, string key) => session.Read((c, tx) => For(c, tx, planId, kind, key));

    internal static Responsibility For(DbConnection c, DbTransaction? tx, long planId, string kind, string key)
    {
        if (kind == TargetKinds.Task)
        {
            var row = c.QuerySingleOrDefault<(string? Lead, string With)>(
                "SELECT lead_department, cooperating_departments FROM task_assignments WHERE plan_id = @planId AND task_key = @key", new { planId, key }, tx);
            return row.With is null ? new Responsibility(null, []) : new Responsibility(row.Lead, JsonSerializer.Deserialize<List<string>>(row.With) ?? []);
        }
        var rows = c.Query<(string Department, string Duty)>(
            "SELECT department, duty FROM target_assignments WHERE plan_id = @planId AND target_kind = @kind AND target_key = @key ORDER BY id",
            new { planId, kind, key }, tx).ToList();
        return new Responsibility(rows.FirstOrDefault(r => r.Duty == "lead").Department, rows.Where(r => r.Duty != "lead").Select(r => r.Department).ToList());
    }

    /// <summary>Assigns a target's lead and cooperating departments (planners and administrators), audited with the
    /// old and new assignment. Tasks go through <see cref="TaskStore"/>; other kinds replace their rows here.</summary>
    public Responsibility Assign(Actor actor, long planId, string kind, string key, string? lead, IReadOnlyList<string> cooperating)
    {
        AccountStore.Require(actor, Roles.Admin, Roles.Planner);
        kind = TargetKinds.Check(kind);
        key = AccountStore.CheckText(key, "对象编号", 400);
        lead = string.IsNullOrWhiteSpace(lead) ? null : AccountStore.CheckText(lead, "牵头单位", 100);
        var with = cooperating.Where(w => !string.IsNullOrWhiteSpace(w)).Select(w => AccountStore.CheckText(w, "配合单位", 100)).Distinct().Where(w => w != lead).ToList();
        var after = new Responsibility(lead, with);
        session.Write((c, tx) =>
        {
            var before = For(planId, kind, key);
            if (kind == TargetKinds.Task)
            {
                key = tasks.Find(planId, key).Key; // must be a task of this plan; throws otherwise
                before = For(planId, kind, key);
                tasks.Assign(planId, key, lead ?? "", with);
            }
            PlanReader.MustExist(c, tx, planId);
            foreach (var d in (lead is null ? [] : new[] { lead }).Concat(with)) AccountStore.DepartmentId(c, tx, d, create: true);
            if (kind != TargetKinds.Task)
            {
                c.Execute("DELETE FROM target_assignments WHERE plan_id = @planId AND target_kind = @kind AND target_key = @key", new { planId, kind, key }, tx);
                var now = AccountStore.Now();
                foreach (var (d, duty) in (lead is null ? [] : new[] { (lead, "lead") }).Concat(with.Select(w => (w, "cooperating"))))
                    c.Execute("INSERT INTO target_assignments (plan_id, target_kind, target_key, department, duty, assigned_at) VALUES (@planId, @kind, @key, @d, @duty, @now)",
                        new { planId, kind, key, d, duty, now }, tx);
            }
            AuditLog.Record(c, tx, actor, "assignment.set", $"plan:{planId}/{kind}:{key}", Show(before), Show(after));
        });
        return after;
    }

    /// <summary>Assigns one of the plan's monitored indicators (by its number in the current version, as the portal
    /// shows it) to a lead and cooperating departments; the assignment hangs on the indicator's key, so it survives
    /// new versions of the plan.</summary>
    public (Monitoring.IndicatorRecord Indicator, Responsibility Who) AssignIndicator(Actor actor, long planId, int indicatorId, string? lead, IReadOnlyList<string> cooperating)
    {
        AccountStore.Require(actor, Roles.Admin, Roles.Planner);
        var version = plans.Detail(planId).VersionId; // throws PlanNotFoundException
        var indicator = indicators.Monitored(version).FirstOrDefault(i => i.Id == indicatorId)
            ?? throw new ArgumentException($"规划 {planId} 没有编号为 {indicatorId} 的监测指标（no monitored indicator {indicatorId}）");
        return (indicator, Assign(actor, planId, TargetKinds.Indicator, indicator.Key, lead, cooperating));
    }

    /// <summary>The monitored indicators of the plan's version that <paramref name="actor"/> may report values for: every
    /// one for an administrator, those its department leads or cooperates on for anyone else (one query for the assignments).</summary>
    public IReadOnlyList<Monitoring.IndicatorRecord> Reportable(Actor actor, long planId, long versionId)
    {
        var monitored = indicators.Monitored(versionId);
        if (actor.Role == Roles.Admin) return monitored;
        var assigned = All(planId, TargetKinds.Indicator);
        return monitored.Where(i => assigned.GetValueOrDefault(i.Key)?.Includes(actor.Department) == true).ToList();
    }

    /// <summary>Every assignment of one kind (not tasks) in a plan, by target key, in one query.</summary>
    public IReadOnlyDictionary<string, Responsibility> All(long planId, string kind)
    {
        return session.Query<(string Key, string Department, string Duty)>(
                "SELECT target_key, department, duty FROM target_assignments WHERE plan_id = @planId AND target_kind = @kind ORDER BY id", new { planId, kind })
            .GroupBy(r => r.Key)
            .ToDictionary(g => g.Key, g => new Responsibility(g.FirstOrDefault(r => r.Duty == "lead").Department,
                g.Where(r => r.Duty != "lead").Select(r => r.Department).ToList()));
    }

    /// <summary>What a department answers for in a plan: tasks (from task_assignments) and other targets.</summary>
    public IReadOnlyList<(string Kind, string Key, Responsibility Who)> Of(long planId, string department)
    {
        var result = new List<(string, string, Responsibility)>();
        foreach (var (key, lead, with) in session.Query<(string, string?, string)>(
                     "SELECT task_key, lead_department, cooperating_departments FROM task_assignments WHERE plan_id = @planId ORDER BY id", new { planId }))
        {
            var r = new Responsibility(lead, JsonSerializer.Deserialize<List<string>>(with) ?? []);
            if (r.Includes(department)) result.Add((TargetKinds.Task, key, r));
        }
        foreach (var g in session.Query<(string Kind, string Key)>(
                     "SELECT DISTINCT target_kind, target_key FROM target_assignments WHERE plan_id = @planId AND department = @department ORDER BY target_kind, target_key",
                     new { planId, department }))
            result.Add((g.Kind, g.Key, For(planId, g.Kind, g.Key)));
        return result;
    }

    private static string Show(Responsibility r) => $"牵头:{r.Lead ?? "—"}; 配合:{string.Join("、", r.Cooperating)}";
}
