using System.Data.Common;
using Dapper;
using Lantu.Application.Monitoring;
using Lantu.Storage;
using Lantu.Storage.Accounts;
using Lantu.Storage.Monitoring;

namespace Lantu.Application.Workflow;

/// <summary>A reported value for one target (task, indicator, …) and year, with its place in the workflow.</summary>
public sealed class Submission
{
    public const string Draft = "draft", Submitted = "submitted", Approved = "approved", Returned = "returned", Superseded = "superseded";

    public long Id { get; init; }
    public long PlanId { get; init; }
    public string TargetKind { get; init; } = "";
    public string TargetKey { get; init; } = "";
    public int Year { get; init; }
    /// <summary>1–4 for a quarterly value, 0 for the whole year (as in observations).</summary>
    public int Quarter { get; init; }
    public string Value { get; init; } = "";
    /// <summary>Where the value comes from (e.g. a statistical bulletin); becomes the observation's source.</summary>
    public string? Source { get; init; }
    public string Note { get; init; } = "";
    public string? Department { get; init; }
    public string Status { get; init; } = "";
    public string CreatedBy { get; init; } = "";
    /// <summary>Who entered the current value: the creator, or whoever last changed the value.</summary>
    public string? EnteredBy { get; init; }
    public string ValueBy => EnteredBy ?? CreatedBy;
    public string CreatedAt { get; init; } = "";
    public string? SubmittedAt { get; init; }
    public string? DecidedBy { get; init; }
    public string? DecidedAt { get; init; }
    public string? DecisionReason { get; init; }

    public static string Label(string status) => status switch
    {
        Draft => "草稿", Submitted => "待审核", Approved => "已批准", Returned => "已退回", Superseded => "已被新值取代", _ => status,
    };
}

/// <summary>What a submission is about: the target, the year and (indicators only) the quarter, plus the value, a
/// note and where the value comes from.</summary>
public sealed record SubmissionInput(long PlanId, string TargetKind, string TargetKey, int Year, string Value, string Note, int Quarter = 0, string? Source = null);

/// <summary>
/// The approval workflow over a generic submission (DHIS2's data approval is the model): a reporter of a department
/// responsible for the target drafts and submits a value; a reviewer approves it or returns it with a reason; a
/// returned one may be corrected and submitted again. An approved value is never edited: a new submission, once
/// approved, supersedes it. Every step is checked against the actor's role and department here (not only in the
/// web layer) and recorded in the audit log in the same transaction.
/// Other modules (indicator monitoring) plug in by choosing a target kind and key.
/// </summary>
public sealed class SubmissionWorkflow(LantuSession session, ValidatedEntry validated)
{
    private const string Columns = "id, plan_id, target_kind, target_key, year, quarter, value, source, note, department, status, created_by, entered_by, created_at, submitted_at, decided_by, decided_at, decision_reason";
    public const int MaxSource = 200;

    /// <summary>Creates a draft (or submits it at once). Reporters only for targets of their department;
    /// administrators for any target.</summary>
    public Submission Create(Actor actor, SubmissionInput input, bool submit) => Get(CreateAll(actor, [input], submit)[0])!;

    /// <summary>Creates several submissions in one transaction: all of them, or none when any is refused (a filled
    /// template sent for review). Returns their ids in order.</summary>
    public IReadOnlyList<long> CreateAll(Actor actor, IReadOnlyList<SubmissionInput> inputs, bool submit)
    {
        AccountStore.Require(actor, Roles.Reporter, Roles.Admin);
        return session.Write((c, tx) => inputs.Select(i => Insert(c, tx, actor, i, submit)).ToList());
    }

    private static long Insert(DbConnection c, DbTransaction tx, Actor actor, SubmissionInput input, bool submit)
    {
        var kind = TargetKinds.Check(input.TargetKind);
        var key = AccountStore.CheckText(input.TargetKey, "对象编号", 400);
        if (input.Year is < 1949 or > 2100) throw new ArgumentException($"年份无效：{input.Year}");
        if (input.Quarter is < 0 or > 4) throw new ArgumentException($"季度无效：{input.Quarter}（应为 1–4，或 0 表示全年）");
        if (input.Quarter != 0 && kind != TargetKinds.Indicator) throw new ArgumentException("只有指标可以按季度填报（quarters are for indicators only）");
        var value = AccountStore.CheckText(input.Value, "填报值", 2000);
        var source = CheckSource(input.Source);
        var note = (input.Note ?? "").Trim();
        if (note.Length > 4000) throw new ArgumentException("说明过长（最多 4000 个字符）");
        PlanReader.MustExist(c, tx, input.PlanId);
        var who = Assignments.For(c, tx, input.PlanId, kind, key);
        string? department;
        if (actor.Role == Roles.Reporter)
        {
            if (!who.Includes(actor.Department))
                throw new AccessDeniedException($"“{actor.Department}”不是该对象的牵头或配合单位，不能填报");
            department = actor.Department;
        }
        else department = who.Lead;
        var now = AccountStore.Now();
        var status = submit ? Submission.Submitted : Submission.Draft;
        var id = c.ExecuteScalar<long>($"""
            INSERT INTO submissions (plan_id, target_kind, target_key, year, quarter, value, source, note, department, status, created_by, entered_by, created_at, submitted_at)
            VALUES (@PlanId, @kind, @key, @Year, @Quarter, @value, @source, @note, @department, @status, @by, @by, @now, @submittedAt) RETURNING id
            """, new { input.PlanId, kind, key, input.Year, input.Quarter, value, source, note, department, status, by = actor.UserName, now, submittedAt = submit ? now : null }, tx);
        AuditLog.Record(c, tx, actor, submit ? "submission.submit" : "submission.draft", Target(input.PlanId, kind, key, input.Year, input.Quarter, id),
            ApprovedValue(c, tx, input.PlanId, kind, key, input.Year, input.Quarter), Show(value, note, source));
        return id;
    }

    /// <summary>Changes the value of one's own draft or returned submission (and submits it when asked); a null
    /// <paramref name="source"/> keeps the one it has.</summary>
    public Submission Edit(Actor actor, long id, string value, string note, bool submit, string? source = null)
    {
        AccountStore.Require(actor, Roles.Reporter, Roles.Admin);
        value = AccountStore.CheckText(value, "填报值", 2000);
        note = (note ?? "").Trim();
        if (note.Length > 4000) throw new ArgumentException("说明过长（最多 4000 个字符）");
        var newSource = source is null ? null : CheckSource(source);
        session.Write((c, tx) =>
        {
            var s = Load(c, tx, id);
            CheckDepartment(c, tx, actor, s);
            if (s.Status is not (Submission.Draft or Submission.Returned))
                throw new WorkflowException($"{Submission.Label(s.Status)}的填报不能修改；已批准的值只能通过新的填报并再次批准来更改");
            var status = submit ? Submission.Submitted : Submission.Draft;
            var kept = source is null ? s.Source : newSource;
            // A changed value is the editor's value from now on (it may not approve it; the observation names them).
            var enteredBy = value == s.Value ? s.ValueBy : actor.UserName;
            var changed = c.Execute("UPDATE submissions SET value = @value, note = @note, source = @kept, status = @status, submitted_at = @at, entered_by = @enteredBy WHERE id = @id AND status = @old",
                new { value, note, kept, status, at = submit ? AccountStore.Now() : null, enteredBy, id, old = s.Status }, tx);
            if (changed != 1) throw new WorkflowException("该填报已被他人修改，请刷新后重试");
            AuditLog.Record(c, tx, actor, submit ? "submission.submit" : "submission.edit", Target(s), Show(s.Value, s.Note, s.Source), Show(value, note, kept));
        });
        return Get(id)!;
    }

    /// <summary>Submits a draft or returned submission unchanged.</summary>
    public Submission Submit(Actor actor, long id)
    {
        var s = Get(id) ?? throw new WorkflowException($"没有编号为 {id} 的填报");
        return Edit(actor, id, s.Value, s.Note, submit: true, s.Source);
    }

    /// <summary>Approves a submitted value (reviewers, administrators; never one's own). The value approved before
    /// for the same target, year and quarter becomes superseded and stays in the history. An indicator's value becomes
    /// its observation: the reporter's source and note, reported by the reporter, approved by the reviewer.</summary>
    public Submission Approve(Actor actor, long id, string? note = null)
    {
        AccountStore.Require(actor, Roles.Reviewer, Roles.Admin);
        session.Write((c, tx) =>
        {
            var s = Load(c, tx, id);
            if (s.CreatedBy == actor.UserName) throw new AccessDeniedException("不能审核自己提交的填报");
            if (s.ValueBy == actor.UserName) throw new AccessDeniedException("不能审核自己修改过数值的填报");
            if (s.Status != Submission.Submitted) throw new WorkflowException($"只有待审核的填报可以批准（当前：{Submission.Label(s.Status)}）");
            var old = ApprovedValue(c, tx, s.PlanId, s.TargetKind, s.TargetKey, s.Year, s.Quarter);
            var now = AccountStore.Now();
            c.Execute("UPDATE submissions SET status = @superseded WHERE plan_id = @PlanId AND target_kind = @TargetKind AND target_key = @TargetKey AND year = @Year AND quarter = @Quarter AND status = @approved",
                new { superseded = Submission.Superseded, approved = Submission.Approved, s.PlanId, s.TargetKind, s.TargetKey, s.Year, s.Quarter }, tx);
            var changed = c.Execute("UPDATE submissions SET status = @approved, decided_by = @by, decided_at = @now, decision_reason = @note WHERE id = @id AND status = @submitted",
                new { approved = Submission.Approved, submitted = Submission.Submitted, by = actor.UserName, now, note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(), id }, tx);
            if (changed != 1) throw new WorkflowException("该填报已被他人处理，请刷新后重试");
            AuditLog.Record(c, tx, actor, "submission.approve", Target(s), old, Show(s.Value, s.Note, s.Source));
            // An approved indicator value is the official figure: it becomes the indicator's observation for the year or quarter.
            if (s.TargetKind == "indicator" && double.TryParse(s.Value.Trim().TrimEnd('%', '％'), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number))
                ObservationStore.Insert(c, tx, s.PlanId, validated.Checked(s.PlanId,
                    new ObservationInput(s.TargetKey, s.Year, number, s.Source, s.Note.Length == 0 ? null : s.Note, s.Quarter), unknownPasses: true),
                    s.ValueBy, approvedBy: actor.UserName);
        });
        return Get(id)!;
    }

    /// <summary>Returns a submitted value to its department with a reason (required).</summary>
    public Submission Return(Actor actor, long id, string reason)
    {
        AccountStore.Require(actor, Roles.Reviewer, Roles.Admin);
        reason = AccountStore.CheckText(reason, "退回理由", 2000);
        session.Write((c, tx) =>
        {
            var s = Load(c, tx, id);
            if (s.Status != Submission.Submitted) throw new WorkflowException($"只有待审核的填报可以退回（当前：{Submission.Label(s.Status)}）");
            var changed = c.Execute("UPDATE submissions SET status = @returned, decided_by = @by, decided_at = @now, decision_reason = @reason WHERE id = @id AND status = @submitted",
                new { returned = Submission.Returned, submitted = Submission.Submitted, by = actor.UserName, now = AccountStore.Now(), reason, id }, tx);
            if (changed != 1) throw new WorkflowException("该填报已被他人处理，请刷新后重试");
            AuditLog.Record(c, tx, actor, "submission.return", Target(s), Show(s.Value, s.Note, s.Source), "退回：" + reason);
        });
        return Get(id)!;
    }

    public Submission? Get(long id) => session.QuerySingleOrDefault<Submission>($"SELECT {Columns} FROM submissions WHERE id = @id", new { id });

    /// <summary>Submissions in a state (e.g. the reviewers' queue), optionally of one plan / department / year.</summary>
    public IReadOnlyList<Submission> List(string? status = null, long? planId = null, string? department = null, int? year = null, int limit = 1000)
    {
        return session.Query<Submission>($"""
            SELECT {Columns} FROM submissions
            WHERE (@status IS NULL OR status = @status) AND (@planId IS NULL OR plan_id = @planId)
              AND (@department IS NULL OR department = @department) AND (@year IS NULL OR year = @year)
            ORDER BY id DESC LIMIT @limit
            """, new { status, planId, department, year, limit });
    }

    /// <summary>What the public sees: approved values only (one per target and year).</summary>
    public IReadOnlyList<Submission> Approved(long? planId = null, int? year = null) => List(Submission.Approved, planId, null, year);

    /// <summary>A reporter sees and changes only submissions of their own department.</summary>
    private static void CheckDepartment(DbConnection c, DbTransaction tx, Actor actor, Submission s)
    {
        if (actor.Role != Roles.Reporter) return;
        if (s.Department != actor.Department || !Assignments.For(c, tx, s.PlanId, s.TargetKind, s.TargetKey).Includes(actor.Department))
            throw new AccessDeniedException("只能修改本部门的填报");
    }

    private static Submission Load(DbConnection c, DbTransaction tx, long id) =>
        c.QuerySingleOrDefault<Submission>($"SELECT {Columns} FROM submissions WHERE id = @id", new { id }, tx)
        ?? throw new WorkflowException($"没有编号为 {id} 的填报");

    private static string? ApprovedValue(DbConnection c, DbTransaction tx, long planId, string kind, string key, int year, int quarter) =>
        c.QueryFirstOrDefault<string?>("SELECT value FROM submissions WHERE plan_id = @planId AND target_kind = @kind AND target_key = @key AND year = @year AND quarter = @quarter AND status = @approved ORDER BY id DESC",
            new { planId, kind, key, year, quarter, approved = Submission.Approved }, tx);

    private static string? CheckSource(string? source)
    {
        if (string.IsNullOrWhiteSpace(source)) return null;
        var s = source.Trim();
        if (s.Length > MaxSource) throw new ArgumentException($"来源过长（最多 {MaxSource} 个字符）");
        if (s.Any(char.IsControl)) throw new ArgumentException("来源不能包含控制字符");
        return s;
    }

    private static string Target(long planId, string kind, string key, int year, int quarter, long id) =>
        $"plan:{planId}/{kind}:{key}/{year}{(quarter == 0 ? "" : $"Q{quarter}")}#submission:{id}";
    private static string Target(Submission s) => Target(s.PlanId, s.TargetKind, s.TargetKey, s.Year, s.Quarter, s.Id);
    private static string Show(string value, string note, string? source) =>
        value + (note.Length == 0 && source is null ? "" : $"（{string.Join("；", new[] { source is null ? null : "来源：" + source, note.Length == 0 ? null : note }.Where(x => x is not null))}）");
}
