using System.Data.Common;
using Dapper;
using Lantu.Core.Tasks;

namespace Lantu.Storage.Tasks;

/// <summary>
/// A plan's key projects: derived from the project boxes of its current version, and added by hand. A planner's
/// data (stage with history, investment, dates, location, indicators) is keyed by plan and project key.
/// </summary>
public sealed class ProjectStore(LantuSession session)
{
    static ProjectStore() => DefaultTypeMap.MatchNamesWithUnderscores = true;

    internal sealed class RecordRow
    {
        public string ProjectKey { get; init; } = "";
        public long Manual { get; init; }
        public string Name { get; init; } = "";
        public string? Stage { get; init; }
        public double? PlannedInvestmentWan { get; init; }
        public string? PlannedInvestmentUnit { get; init; }
        public double? CompletedInvestmentWan { get; init; }
        public string? CompletedInvestmentUnit { get; init; }
        public string? StartDate { get; init; }
        public string? FinishDate { get; init; }
        public string? Location { get; init; }
        public string? Indicators { get; init; }
        public string? Chapter { get; init; }
        public string? LeadDepartment { get; init; }
    }

    private sealed class DerivedRow
    {
        public string ProjectKey { get; init; } = "";
        public string Name { get; init; } = "";
        /// <summary>Null when the text is the box item's (<see cref="ItemText"/>).</summary>
        public string? Text { get; init; }
        public string? ItemText { get; init; }
        public string BoxNumber { get; init; } = "";
        public string BoxTitle { get; init; } = "";
        public string Chapter { get; init; } = "";
        public int LineStart { get; init; }
        public int LineEnd { get; init; }
        public double? DetectedInvestmentWan { get; init; }
        public string? DetectedInvestmentUnit { get; init; }
    }

    public IReadOnlyList<ProjectView> List(long planId)
    {
        TaskDerivation.EnsureDerived(session, planId);
        return session.Read((c, tx) => Load(c, tx, planId));
    }

    internal static List<ProjectView> Load(DbConnection c, DbTransaction? tx, long planId)
    {
        var versionId = TaskStore.CurrentVersion(c, tx, planId);
        var projects = c.Query<DerivedRow>("""
            SELECT d.*, i.text AS item_text FROM derived_projects d
            LEFT JOIN box_items i ON i.version_id = d.version_id AND i.box_seq = d.box_seq AND i.seq = d.item_seq
            WHERE d.version_id = @versionId ORDER BY d.seq
            """, new { versionId }, tx)
            .Select(d => new ProjectView
            {
                Key = d.ProjectKey, Name = d.Name, Text = d.Text ?? d.ItemText ?? "", BoxNumber = d.BoxNumber, BoxTitle = d.BoxTitle, Chapter = d.Chapter,
                LineStart = d.LineStart, LineEnd = d.LineEnd, PlannedInvestmentWan = d.DetectedInvestmentWan, PlannedInvestmentUnit = d.DetectedInvestmentUnit,
            }).ToList();
        var byKey = projects.ToDictionary(p => p.Key);
        foreach (var r in c.Query<RecordRow>("SELECT * FROM project_records WHERE plan_id = @planId ORDER BY id", new { planId }, tx))
        {
            if (!byKey.TryGetValue(r.ProjectKey, out var p))
            {
                p = new ProjectView { Key = r.ProjectKey, Name = r.Name, Manual = r.Manual != 0, InCurrentVersion = r.Manual != 0 };
                projects.Add(p);
                byKey[p.Key] = p;
            }
            p.Name = r.Name;
            p.Stage = r.Stage;
            p.PlannedInvestmentWan = r.PlannedInvestmentWan;
            p.PlannedInvestmentUnit = r.PlannedInvestmentUnit;
            p.CompletedInvestmentWan = r.CompletedInvestmentWan;
            p.CompletedInvestmentUnit = r.CompletedInvestmentUnit;
            p.StartDate = r.StartDate;
            p.FinishDate = r.FinishDate;
            p.Location = r.Location;
            p.Indicators = r.Indicators;
            p.LeadDepartment = r.LeadDepartment;
            if (r.Chapter is { Length: > 0 }) p.Chapter = r.Chapter;
        }
        foreach (var h in c.Query<StageChange>("SELECT project_key, stage, previous_stage, changed_at, note FROM project_stage_history WHERE plan_id = @planId ORDER BY id", new { planId }, tx))
            if (byKey.TryGetValue(h.ProjectKey, out var p)) p.StageHistory.Add(h);
        return projects;
    }

    /// <summary>A project by key, exact name, or a part of its name that names exactly one project.</summary>
    public ProjectView Find(long planId, string project) =>
        NameLookup.Find(List(planId), project, p => p.Key, p => p.Name, (p, needle) => p.Name.Contains(needle), "项目", "project");

    /// <summary>Moves a project to a stage and records the change in its history.</summary>
    public ProjectView SetStage(long planId, string project, string stage, string note = "")
    {
        if (!Vocabulary.IsStage(stage))
            throw new ArgumentException($"无效的项目阶段“{stage}”（应为 {string.Join("、", Vocabulary.Stages)}）");
        var p = Find(planId, project);
        p.Stage = stage.Trim();
        session.Write((c, tx) => Save(c, tx, planId, p, note));
        return Find(planId, p.Key);
    }

    /// <summary>Adds a project by hand (not printed in the plan).</summary>
    public ProjectView Add(long planId, string name, string? stage = null, Money? planned = null, string? location = null, string? chapter = null)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException("项目名称不能为空");
        if (stage is not null && !Vocabulary.IsStage(stage))
            throw new ArgumentException($"无效的项目阶段“{stage}”（应为 {string.Join("、", Vocabulary.Stages)}）");
        var p = new ProjectView
        {
            Key = ManualKey(name), Name = name.Trim(), Manual = true, Stage = stage?.Trim(), Location = location, Chapter = chapter ?? "",
            PlannedInvestmentWan = planned?.Wan, PlannedInvestmentUnit = planned?.Unit,
        };
        session.Write((c, tx) =>
        {
            if (Load(c, tx, planId).Any(x => x.Key == p.Key)) throw new ArgumentException($"项目“{name}”已存在");
            Save(c, tx, planId, p, "手工添加");
        });
        return Find(planId, p.Key);
    }

    public static string ManualKey(string name) => "手工/" + TaskKeys.Normalize(name);

    /// <summary>Writes a project's planner data; a stage different from the stored one is added to the history.</summary>
    internal static void Save(DbConnection c, DbTransaction tx, long planId, ProjectView p, string note)
    {
        var previous = c.QueryFirstOrDefault<string?>("SELECT stage FROM project_records WHERE plan_id = @planId AND project_key = @Key", new { planId, p.Key }, tx);
        var now = DateTime.UtcNow.ToString("O");
        c.Execute("""
            INSERT INTO project_records (plan_id, project_key, manual, name, stage, planned_investment_wan, planned_investment_unit,
                completed_investment_wan, completed_investment_unit, start_date, finish_date, location, indicators, chapter, lead_department, updated_at)
            VALUES (@planId, @Key, @manual, @Name, @Stage, @PlannedInvestmentWan, @PlannedInvestmentUnit, @CompletedInvestmentWan, @CompletedInvestmentUnit,
                @StartDate, @FinishDate, @Location, @Indicators, @Chapter, @LeadDepartment, @now)
            ON CONFLICT (plan_id, project_key) DO UPDATE SET name = excluded.name, stage = excluded.stage,
                planned_investment_wan = excluded.planned_investment_wan, planned_investment_unit = excluded.planned_investment_unit,
                completed_investment_wan = excluded.completed_investment_wan, completed_investment_unit = excluded.completed_investment_unit,
                start_date = excluded.start_date, finish_date = excluded.finish_date, location = excluded.location, indicators = excluded.indicators,
                chapter = excluded.chapter, lead_department = excluded.lead_department, updated_at = excluded.updated_at
            """,
            new
            {
                planId, p.Key, manual = p.Manual ? 1 : 0, p.Name, p.Stage, p.PlannedInvestmentWan, p.PlannedInvestmentUnit, p.CompletedInvestmentWan,
                p.CompletedInvestmentUnit, p.StartDate, p.FinishDate, p.Location, p.Indicators, p.Chapter, p.LeadDepartment, now,
            }, tx);
        if (p.Stage is not null && p.Stage != previous)
            c.Execute("INSERT INTO project_stage_history (plan_id, project_key, stage, previous_stage, changed_at, note) VALUES (@planId, @Key, @Stage, @previous, @now, @note)",
                new { planId, p.Key, p.Stage, previous, now, note }, tx);
    }
}
