using System.Text.Json;
using Dapper;
using Lantu.Storage.Accounts;

namespace Lantu.Storage.Relations;

/// <summary>
/// 规划衔接: which plan sits under which. Suggestions come from the text (a special plan names its basis,
/// 以《…纲要》为依据; a district or zone names its city) and from the catalogue (a special plan of the same region
/// as a master plan; cities of one province are peers). A planner confirms or rejects a suggestion, or relates two
/// plans by hand; decisions are stored and win over suggestions.
/// </summary>
public sealed class PlanRelations(LantuSession session)
{
    private sealed class PlanRow
    {
        public long Id { get; init; }
        public required string Title { get; init; }
        public string? Region { get; init; }
        public string? Level { get; init; }
        public string? Kind { get; init; }
        public int? PeriodStart { get; init; }
        public string? ParentRegion { get; init; }
        public required string BasedOn { get; init; }
    }

    private sealed class Decision
    {
        public long ChildPlanId { get; init; }
        public long ParentPlanId { get; init; }
        public required string Status { get; init; }
        public required string Reason { get; init; }
    }

    public IReadOnlyList<PlanRelation> All(long? planId = null)
    {
        var plans = session.Query<PlanRow>("""
            SELECT p.id, p.title, p.region, p.level, p.kind, v.period_start, v.parent_region, v.based_on
            FROM plans p JOIN plan_versions v ON v.id = p.current_version_id ORDER BY p.id
            """);
        var decisions = session.Query<Decision>("SELECT child_plan_id, parent_plan_id, status, reason FROM plan_relations ORDER BY id");
        var result = new List<PlanRelation>();
        foreach (var child in plans)
        {
            var parents = SuggestParents(child, plans);
            foreach (var d in decisions.Where(d => d.ChildPlanId == child.Id))
            {
                var parent = plans.First(p => p.Id == d.ParentPlanId);
                parents.RemoveAll(s => s.Parent == d.ParentPlanId);
                parents.Add(new PlanRelation
                {
                    Relation = "parent", Child = child.Id, ChildTitle = child.Title, Parent = parent.Id, ParentTitle = parent.Title,
                    ParentRegion = parent.Region, Status = d.Status, Confidence = 1, Reason = d.Reason,
                });
            }
            // A region above with no plan of its own in the catalogue yet still shows where the plan belongs.
            if (child.ParentRegion is { } region && !parents.Any(p => p.ParentRegion == region && p.Status != "rejected"))
                parents.Add(new PlanRelation
                {
                    Relation = "parent", Child = child.Id, ChildTitle = child.Title, ParentRegion = region, Status = "suggested",
                    Confidence = 0.6, Reason = child.Level is "县区" or "开发区" ? $"文中多次提及{region}，其规划尚未收录" : $"{child.Region}属于{region}，其规划尚未收录",
                });
            result.AddRange(parents);
            result.AddRange(Peers(child, plans));
        }
        return planId is null ? result : result.Where(r => r.Child == planId || r.Parent == planId).ToList();
    }

    private static List<PlanRelation> SuggestParents(PlanRow child, List<PlanRow> plans)
    {
        var found = new List<PlanRelation>();
        void Add(PlanRow parent, double confidence, string reason)
        {
            if (parent.Id == child.Id || found.Any(f => f.Parent == parent.Id)) return;
            found.Add(new PlanRelation
            {
                Relation = "parent", Child = child.Id, ChildTitle = child.Title, Parent = parent.Id, ParentTitle = parent.Title,
                ParentRegion = parent.Region, Status = "suggested", Confidence = confidence, Reason = reason,
            });
        }
        foreach (var basis in JsonSerializer.Deserialize<List<string>>(child.BasedOn) ?? [])
        {
            var key = PlanWriter.IdentityKey(basis);
            foreach (var p in plans.Where(p => PlanWriter.IdentityKey(p.Title) is var k && (k == key || k.Contains(key) || key.Contains(k))))
                Add(p, 0.95, $"文中写明以《{basis}》为依据");
        }
        foreach (var p in plans.Where(p => p.Kind == "总体规划" && p.Region is not null && p.Region == child.ParentRegion))
            Add(p, 0.8, $"{child.Region}位于{p.Region}，文中多次提及{p.Region}");
        if (child.Kind == "专项规划")
            foreach (var p in plans.Where(p => p.Kind == "总体规划" && p.Region == child.Region))
                Add(p, 0.7, $"同一地区（{child.Region}）的总体规划");
        return found;
    }

    private static IEnumerable<PlanRelation> Peers(PlanRow plan, List<PlanRow> plans) =>
        plans.Where(p => p.Id > plan.Id && p.Kind == "总体规划" && plan.Kind == "总体规划" && p.Level == plan.Level && p.Level is not null
                         && p.Region != plan.Region && p.PeriodStart == plan.PeriodStart && p.ParentRegion == plan.ParentRegion)
            .Select(p => new PlanRelation
            {
                Relation = "peer", Child = plan.Id, ChildTitle = plan.Title, Parent = p.Id, ParentTitle = p.Title, ParentRegion = p.Region,
                Status = "suggested", Confidence = 0.8,
                Reason = $"同为{plan.ParentRegion}下的{plan.Level}级总体规划，期限相同",
            });

    /// <summary>A planner's decision: <paramref name="confirm"/> false rejects the relation. Refuses a relation of a
    /// plan with itself and a confirmation that would close a cycle (the parent already sits below the child).</summary>
    public void Decide(long child, long parent, bool confirm, string? reason = null) => Decide(null, child, parent, confirm, reason);

    /// <summary>A decision by a signed-in planner or administrator, audited in the same transaction as the change.</summary>
    public void Decide(Actor? actor, long child, long parent, bool confirm, string? reason = null)
    {
        if (actor is not null) AccountStore.Require(actor, Roles.Admin, Roles.Planner);
        if (child == parent) throw new ArgumentException("规划不能以自身为上位规划");
        session.Write((c, tx) =>
        {
            if (confirm && IsAbove(c, tx, child, parent)) throw new ArgumentException("不能确认：该规划已是其下位规划，确认后将形成循环");
            var status = confirm ? "confirmed" : "rejected";
            var old = c.QueryFirstOrDefault<string>("SELECT status FROM plan_relations WHERE child_plan_id = @child AND parent_plan_id = @parent", new { child, parent }, tx);
            c.Execute("DELETE FROM plan_relations WHERE child_plan_id = @child AND parent_plan_id = @parent", new { child, parent }, tx);
            c.Execute("INSERT INTO plan_relations (child_plan_id, parent_plan_id, status, reason, decided_at) VALUES (@child, @parent, @status, @reason, @at)",
                new { child, parent, status, reason = reason ?? (confirm ? "规划人员确认" : "规划人员否定"), at = DateTime.UtcNow.ToString("O") }, tx);
            if (actor is not null) AuditLog.Record(c, tx, actor, "relation." + (confirm ? "confirm" : "reject"), $"plan:{child}→plan:{parent}", old, status);
        });
    }

    /// <summary>Whether <paramref name="plan"/> is reachable upwards from <paramref name="start"/> through confirmed parents.</summary>
    private static bool IsAbove(System.Data.Common.DbConnection c, System.Data.Common.DbTransaction tx, long plan, long start)
    {
        var edges = c.Query<(long Child, long Parent)>("SELECT child_plan_id, parent_plan_id FROM plan_relations WHERE status = 'confirmed'", transaction: tx)
            .ToLookup(e => e.Child, e => e.Parent);
        var seen = new HashSet<long>();
        var stack = new Stack<long>([start]);
        while (stack.TryPop(out var p))
        {
            if (p == plan) return true;
            if (seen.Add(p)) foreach (var up in edges[p]) stack.Push(up);
        }
        return false;
    }
}
