using Dapper;
using Lantu.Application.Workflow;
using Lantu.Storage;
using Lantu.Storage.Accounts;
using Lantu.Storage.Tasks;
using Lantu.Tests.Storage;
using Lantu.Web.Auth;

namespace Lantu.Tests.Security;

/// <summary>Accounts, lockout, assignment, the approval workflow, revisions and the audit log, on SQLite and PostgreSQL.</summary>
public class WorkflowStoreTests
{
    private static readonly Actor Admin = new("admin", Roles.Admin, null, "127.0.0.1");
    private const string Hash = "AQAAAAIAAYagAAAAEK9lAzUAMDGn4F/rVHMU3QeXQ8OQT9k1QfOsuYmGzDbYAq7j0vGJQKXnYzQ4cxb7qA=="; // never verified here

    private static (TestStore Store, long Plan, string TaskA, string TaskB) Setup(string kind)
    {
        var store = TestStore.Create(kind);
        var plan = new PlanIngestor(store.Db).IngestFile(Samples.Path003).PlanId;
        var tasks = new TaskStore(store.Db).List(plan);
        return (store, plan, tasks[0].Key, tasks[1].Key);
    }

    [Theory, SqliteStore, PostgresStore]
    public void Workflow_draft_submit_return_resubmit_approve_and_supersede(string kind)
    {
        var (store, plan, taskA, taskB) = Setup(kind);
        using var _ = store;
        var db = store.Db;
        var planner = new Actor("planner", Roles.Planner, null, "10.0.0.1");
        new Assignments(db).Assign(planner, plan, TargetKinds.Task, taskA, "市发展改革委", ["市统计局"]);
        new Assignments(db).Assign(planner, plan, TargetKinds.Indicator, "地区生产总值增速", "市统计局", []);
        var ndrc = new Actor("ndrc", Roles.Reporter, "市发展改革委", "10.0.0.2");
        var stats = new Actor("stats", Roles.Reporter, "市统计局", "10.0.0.3");
        var edu = new Actor("edu", Roles.Reporter, "市教育局", "10.0.0.4");
        var reviewer = new Actor("rev", Roles.Reviewer, null, "10.0.0.5");
        var w = TestServices.Get<SubmissionWorkflow>(db);

        // Another department cannot report on the task, nor on an unassigned one; roles other than reporter/admin cannot at all.
        Assert.Throws<AccessDeniedException>(() => w.Create(edu, new(plan, "task", taskA, 2024, "完成", ""), true));
        Assert.Throws<AccessDeniedException>(() => w.Create(ndrc, new(plan, "task", taskB, 2024, "完成", ""), true));
        Assert.Throws<AccessDeniedException>(() => w.Create(planner, new(plan, "task", taskA, 2024, "完成", ""), true));
        Assert.Throws<AccessDeniedException>(() => w.Create(stats, new(plan, "indicator", "其他指标", 2024, "1", ""), true));

        var draft = w.Create(ndrc, new(plan, "task", taskA, 2024, "推进中", "草稿"), submit: false);
        Assert.Equal(Submission.Draft, draft.Status);
        Assert.Throws<WorkflowException>(() => w.Approve(reviewer, draft.Id)); // drafts are not approvable
        Assert.Throws<AccessDeniedException>(() => w.Edit(edu, draft.Id, "x", "", true));
        var submitted = w.Submit(ndrc, draft.Id);
        Assert.Equal(Submission.Submitted, submitted.Status);
        Assert.Throws<AccessDeniedException>(() => w.Approve(ndrc, submitted.Id));
        Assert.Throws<ArgumentException>(() => w.Return(reviewer, submitted.Id, " "));
        var returned = w.Return(reviewer, submitted.Id, "请补充完成比例");
        Assert.Equal(Submission.Returned, returned.Status);
        Assert.Equal("请补充完成比例", returned.DecisionReason);
        Assert.Empty(w.Approved(plan));
        var again = w.Edit(ndrc, returned.Id, "已完成 80%", "补充说明", submit: true);
        var approved = w.Approve(reviewer, again.Id);
        Assert.Equal(Submission.Approved, approved.Status);
        Assert.Throws<WorkflowException>(() => w.Edit(ndrc, approved.Id, "100%", "", true)); // approved values are frozen

        // A change is a new submission (the cooperating department may report too), approved again; the old one is kept.
        var second = w.Create(stats, new(plan, "task", taskA, 2024, "已完成 100%", ""), true);
        Assert.Single(w.Approved(plan), s => s.Value == "已完成 80%");
        w.Approve(reviewer, second.Id);
        var publicValues = w.Approved(plan);
        Assert.Equal("已完成 100%", Assert.Single(publicValues).Value);
        Assert.Equal(Submission.Superseded, w.Get(approved.Id)!.Status);

        // Indicators through the same workflow.
        var indicator = w.Create(stats, new(plan, "indicator", "地区生产总值增速", 2024, "6.5%", ""), true);
        Assert.Throws<AccessDeniedException>(() => w.Approve(new Actor("stats", Roles.Admin, null, null), indicator.Id)); // not one's own
        w.Approve(reviewer, indicator.Id);
        Assert.Equal(2, w.Approved(plan, 2024).Count);

        var audit = new AuditLog(db).List();
        Assert.Contains(audit, e => e.Action == "submission.return" && e.Actor == "rev" && e.Address == "10.0.0.5" && e.NewValue!.Contains("请补充完成比例"));
        Assert.Contains(audit, e => e.Action == "submission.approve" && e.OldValue == "已完成 80%" && e.NewValue == "已完成 100%");
        Assert.Contains(audit, e => e.Action == "assignment.set" && e.Actor == "planner" && e.NewValue!.Contains("市发展改革委"));
    }

    [Theory, SqliteStore, PostgresStore]
    public void Accounts_lock_after_five_failures_only_once_and_reset_unlocks(string kind)
    {
        using var store = TestStore.Create(kind);
        var accounts = new AccountStore(store.Db);
        Assert.Throws<AccessDeniedException>(() => accounts.Create(new Actor("p", Roles.Planner, null, null), "x", "", Roles.Viewer, null, Hash));
        var victim = accounts.Create(Admin, "victim", "受害者", "reporter", "市教育局", Hash);
        Assert.Equal("市教育局", victim.Department);
        Assert.Throws<ArgumentException>(() => accounts.Create(Admin, "victim", "", Roles.Viewer, null, Hash));
        Assert.Throws<ArgumentException>(() => accounts.Create(Admin, "nodept", "", Roles.Reporter, null, Hash));
        var from = new Actor("victim", Roles.Reporter, null, "203.0.113.9");
        DateTime? lockedAt = null;
        for (var i = 1; i <= 5; i++)
        {
            var until = accounts.RecordFailure(accounts.Find("victim")!, from);
            if (i < 5) Assert.Null(until); else lockedAt = until;
        }
        Assert.NotNull(lockedAt);
        Assert.True(accounts.Find("victim")!.IsLocked(DateTime.UtcNow));
        // In-flight failures after the lock neither extend it nor log it again.
        Assert.Null(accounts.RecordFailure(victim, from));
        Assert.Single(new AuditLog(store.Db).List(), e => e.Action == "account.locked" && e.Address == "203.0.113.9");
        accounts.SetPassword(Admin, "victim", Hash);
        Assert.False(accounts.Find("victim")!.IsLocked(DateTime.UtcNow));
        var stamp = accounts.Find("victim")!.SecurityStamp;
        accounts.SetRole(Admin, "victim", "审核员", null);
        Assert.NotEqual(stamp, accounts.Find("victim")!.SecurityStamp);
        Assert.Equal(Roles.Reviewer, accounts.Find("victim")!.Role);
    }

    [Theory, SqliteStore, PostgresStore]
    public void Sql_metacharacters_in_every_field_are_stored_verbatim(string kind)
    {
        var (store, plan, _, _) = Setup(kind);
        using var _ = store;
        var db = store.Db;
        string[] evil = ["x'; DROP TABLE submissions; --", "\" OR 1=1 --", "a\\b%_c", "'); DELETE FROM accounts; --", "$1 $$ :p @p ?"];
        var accounts = new AccountStore(db);
        foreach (var (s, i) in evil.Select((s, i) => (s, i)))
        {
            var a = accounts.Create(Admin, s, s, Roles.Reporter, s + i, Hash);
            Assert.Equal(s, a.UserName);
            Assert.Equal(s + i, a.Department);
            var actor = new Actor(s, Roles.Reporter, s + i, s);
            new Assignments(db).Assign(Admin, plan, TargetKinds.Indicator, s, s + i, []);
            var sub = TestServices.Get<SubmissionWorkflow>(db).Create(actor, new(plan, "indicator", s, 2024, s, s), true);
            Assert.Equal((s, s, s), (sub.TargetKey, sub.Value, sub.Note));
            new TargetRevisions(db).Revise(Admin, plan, "indicator", s, s, new DateOnly(2023, 1, 1), s, s);
        }
        Assert.Equal(evil.Length, accounts.List().Count);
        Assert.Equal(evil.Length, TestServices.Get<SubmissionWorkflow>(db).List().Count);
        Assert.Empty(new AuditLog(db).List(actor: "' OR '1'='1"));
        Assert.Equal(evil.Length, new AuditLog(db).List(action: "submission.submit").Count);
        using var c = db.Connect();
        Assert.True(c.ExecuteScalar<long>("SELECT COUNT(*) FROM plans") > 0);
    }

    [Theory, SqliteStore, PostgresStore]
    public void Quarterly_indicator_values_keep_quarter_and_source_through_approval(string kind)
    {
        var (store, plan, taskA, _) = Setup(kind);
        using var _ = store;
        var db = store.Db;
        new Assignments(db).Assign(Admin, plan, TargetKinds.Task, taskA, "市统计局", []);
        new Assignments(db).Assign(Admin, plan, TargetKinds.Indicator, "地区生产总值增速", "市统计局", []);
        var stats = new Actor("stats", Roles.Reporter, "市统计局", "10.0.0.3");
        var reviewer = new Actor("rev", Roles.Reviewer, null, "10.0.0.5");
        var w = TestServices.Get<SubmissionWorkflow>(db);

        Assert.Contains("季度", Assert.Throws<ArgumentException>(() => w.Create(stats, new(plan, "indicator", "地区生产总值增速", 2024, "5.1", "", 5), true)).Message);
        Assert.Contains("只有指标", Assert.Throws<ArgumentException>(() => w.Create(stats, new(plan, "task", taskA, 2024, "推进中", "", 1), true)).Message);
        Assert.Contains("来源过长", Assert.Throws<ArgumentException>(() => w.Create(stats, new(plan, "indicator", "地区生产总值增速", 2024, "5.1", "", 1, new string('源', 201)), true)).Message);

        var draft = w.Create(stats, new(plan, "indicator", "地区生产总值增速", 2024, "5.1", "初步核算", 1, "一季度统计快报"), submit: false);
        Assert.Equal((1, "一季度统计快报"), (draft.Quarter, draft.Source));
        var submitted = w.Edit(stats, draft.Id, "5.2", "修正", submit: true); // no source given: the one it has is kept
        Assert.Equal(("5.2", "一季度统计快报"), (submitted.Value, submitted.Source));
        w.Approve(reviewer, submitted.Id);
        var o = Assert.Single(new Lantu.Storage.Monitoring.ObservationStore(db).History(plan, "地区生产总值增速"));
        Assert.Equal((2024, 1, 5.2, "一季度统计快报", "修正", "stats", "rev"), (o.Year, o.Quarter, o.Value, o.Source, o.Note, o.ReportedBy, o.ApprovedBy));
        // The annual value of the same year is a separate target: approving it supersedes nothing of the quarter.
        var annual = w.Create(stats, new(plan, "indicator", "地区生产总值增速", 2024, "5.5", ""), submit: true);
        w.Approve(reviewer, annual.Id);
        Assert.Equal(new[] { 0, 1 }, w.Approved(plan).Select(s => s.Quarter).Order());
        var entry = new AuditLog(db).List(action: "submission.approve").Last();
        Assert.EndsWith($"/2024Q1#submission:{submitted.Id}", entry.Target);
        Assert.Equal("5.2（来源：一季度统计快报；修正）", entry.NewValue);
    }

    [Theory, SqliteStore, PostgresStore]
    public void Revisions_keep_the_original_target_and_answer_by_date(string kind)
    {
        var (store, plan, _, _) = Setup(kind);
        using var _ = store;
        var r = new TargetRevisions(store.Db);
        var planner = new Actor("planner", Roles.Planner, null, null);
        Assert.Throws<AccessDeniedException>(() => r.Revise(new Actor("rep", Roles.Reporter, "d", null), plan, "indicator", "单位GDP能耗下降", "14%", new DateOnly(2023, 7, 1), "文件"));
        Assert.Throws<ArgumentException>(() => r.Revise(planner, plan, "indicator", "单位GDP能耗下降", "14%", new DateOnly(2023, 7, 1), "文件")); // original needed
        r.Revise(planner, plan, "indicator", "单位GDP能耗下降", "14%", new DateOnly(2023, 7, 1), "市人大常委会关于调整规划纲要部分指标的决定", "13.5%");
        Assert.Throws<ArgumentException>(() => r.Revise(planner, plan, "indicator", "单位GDP能耗下降", "15%", new DateOnly(2023, 1, 1), "更早的文件"));
        var history = r.History(plan, "indicator", "单位GDP能耗下降");
        Assert.Equal(["13.5%", "14%"], history.Select(h => h.Target));
        Assert.Equal(TargetRevisions.Original, history[0].Decision);
        Assert.Equal("13.5%", r.At(plan, "indicator", "单位GDP能耗下降", new DateOnly(2022, 12, 31))!.Target);
        Assert.Equal("14%", r.At(plan, "indicator", "单位GDP能耗下降", new DateOnly(2024, 1, 1))!.Target);
        Assert.Contains(new AuditLog(store.Db).List(), e => e.Action == "target.revise" && e.OldValue == "13.5%" && e.NewValue!.Contains("市人大常委会"));
    }

    [Fact]
    public void Password_hashes_verify_and_weak_passwords_are_refused()
    {
        Assert.Throws<ArgumentException>(() => Passwords.Hash("short"));
        Assert.Throws<ArgumentException>(() => Passwords.Hash("aaaaaaaaaaaa"));
        var hash = Passwords.Hash("正确的-口令-2025");
        Assert.StartsWith("AQAAAA", hash); // Identity v3 format
        Assert.True(Passwords.Verify(hash, "正确的-口令-2025", out _));
        Assert.False(Passwords.Verify(hash, "正确的-口令-2026", out _));
        Assert.False(Passwords.Verify("not a hash", "x", out _));
    }
}
