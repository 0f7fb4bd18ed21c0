using Dapper;

namespace Lantu.Storage.Accounts;

public sealed class TargetRevision
{
    public long Id { get; init; }
    public long PlanId { get; init; }
    public string TargetKind { get; init; } = "";
    public string TargetKey { get; init; } = "";
    public string Target { get; init; } = "";
    public string ValidFrom { get; init; } = "";
    public string Decision { get; init; } = "";
    public string RecordedBy { get; init; } = "";
    public string RecordedAt { get; init; } = "";
}

/// <summary>
/// 规划调整: an approved plan target changed by a decision (e.g. the People's Congress standing committee's).
/// Each revision is a row valid from a date; nothing is overwritten, so an evaluation can ask for the target that
/// was valid at any time (<see cref="At"/>). The first revision of a target also records the original target,
/// valid from the start of the plan period, so the old value is kept even before indicators are stored.
/// </summary>
public sealed class TargetRevisions(LantuSession session)
{
    public const string Original = "规划原文";

    public TargetRevision Revise(Actor actor, long planId, string kind, string key, string newTarget, DateOnly validFrom, string decision, string? originalTarget = null)
    {
        AccountStore.Require(actor, Roles.Admin, Roles.Planner);
        kind = TargetKinds.Check(kind);
        key = AccountStore.CheckText(key, "对象编号", 400);
        newTarget = AccountStore.CheckText(newTarget, "调整后的目标", 2000);
        decision = AccountStore.CheckText(decision, "批准文件", 1000);
        return session.Write((c, tx) =>
        {
            var start = c.ExecuteScalar<int?>("SELECT v.period_start FROM plans p JOIN plan_versions v ON v.id = p.current_version_id WHERE p.id = @planId", new { planId }, tx);
            PlanReader.MustExist(c, tx, planId);
            var history = c.Query<TargetRevision>("SELECT * FROM target_revisions WHERE plan_id = @planId AND target_kind = @kind AND target_key = @key ORDER BY valid_from",
                new { planId, kind, key }, tx).ToList();
            var from = validFrom.ToString("yyyy-MM-dd");
            if (history.Count == 0)
            {
                if (string.IsNullOrWhiteSpace(originalTarget)) throw new ArgumentException("首次调整需同时给出规划原文中的目标（originalTarget），以便保留原目标");
                var originalFrom = $"{start ?? validFrom.Year - 1:D4}-01-01";
                if (string.CompareOrdinal(originalFrom, from) >= 0) originalFrom = validFrom.AddDays(-1).ToString("yyyy-MM-dd");
                Insert(originalTarget.Trim(), originalFrom, Original);
            }
            else if (string.CompareOrdinal(history[^1].ValidFrom, from) >= 0)
                throw new ArgumentException($"调整的生效日期须晚于上一次调整（{history[^1].ValidFrom}）");
            var old = history.Count > 0 ? history[^1].Target : originalTarget!.Trim();
            Insert(newTarget, from, decision);
            AuditLog.Record(c, tx, actor, "target.revise", $"plan:{planId}/{kind}:{key}", old, $"{newTarget}（自 {from} 起；{decision}）");
            return History(planId, kind, key)[^1];

            void Insert(string target, string validFromText, string why) => c.Execute("""
                INSERT INTO target_revisions (plan_id, target_kind, target_key, target, valid_from, decision, recorded_by, recorded_at)
                VALUES (@planId, @kind, @key, @target, @validFromText, @why, @by, @now)
                """, new { planId, kind, key, target, validFromText, why, by = actor.UserName, now = AccountStore.Now() }, tx);
        });
    }

    public IReadOnlyList<TargetRevision> History(long planId, string kind, string key) =>
        session.Query<TargetRevision>("SELECT * FROM target_revisions WHERE plan_id = @planId AND target_kind = @kind AND target_key = @key ORDER BY valid_from",
            new { planId, kind, key });

    /// <summary>Every revision of one kind of target in a plan (the monitor reads them all at once), by valid-from.</summary>
    public IReadOnlyList<TargetRevision> ForPlan(long planId, string kind) =>
        session.Query<TargetRevision>("SELECT * FROM target_revisions WHERE plan_id = @planId AND target_kind = @kind ORDER BY target_key, valid_from",
            new { planId, kind });

    /// <summary>The revision valid on a date, or null when the target was never revised (then the plan's text holds).</summary>
    public TargetRevision? At(long planId, string kind, string key, DateOnly date) =>
        History(planId, kind, key).LastOrDefault(r => string.CompareOrdinal(r.ValidFrom, date.ToString("yyyy-MM-dd")) <= 0);
}
