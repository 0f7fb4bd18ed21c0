using Lantu.Application.Monitoring;
using Lantu.Application.Workflow;
using Lantu.Storage;
using Lantu.Storage.Accounts;
using Lantu.Storage.Monitoring;
using Lantu.Storage.Records;
using Lantu.Tests.Storage;

namespace Lantu.Tests.Monitoring;

/// <summary>The portal's direct entry and an approved submission are checked like `lantu observe` and imports, on
/// 厦门's review table (基本养老/基本医疗保险参保人数 under 社会保险参保人数, 万人): a part above its whole is refused
/// with the message and nothing stored; parts adding up beyond the whole are stored with the warning as flag.</summary>
public class EntryValidationTests
{
    private static readonly Actor Admin = new("admin", Roles.Admin, null, "127.0.0.1");

    private sealed record Table(LantuDatabase Db, PlanSummary Plan, string Whole, string Pension, string Medical);

    private static Table Xiamen(TestStore database)
    {
        var db = database.Db;
        var plan = new PlanReader(db).Resolve("厦门市国民经济");
        var rows = new IndicatorReader(db).List(plan.VersionId);
        string Key(string name) => rows.Single(r => r.Name == name && r.TableKind == "review").Key;
        return new Table(db, plan, Key("社会保险参保人数"), Key("基本养老保险参保人数"), Key("基本医疗保险参保人数"));
    }

    [Fact]
    public void The_portals_direct_entry_refuses_a_part_above_its_whole_and_flags_parts_beyond_it()
    {
        using var database = TestDatabase.WithSamples();
        var t = Xiamen(database);
        var entry = TestServices.Get<ObservationEntry>(t.Db);
        var store = new ObservationStore(t.Db);
        entry.Record(Admin, t.Plan.Id, new ObservationInput(t.Whole, 2021, 300));
        var before = database.Fingerprint();
        var e = Assert.Throws<ArgumentException>(() => entry.Record(Admin, t.Plan.Id, new ObservationInput(t.Medical, 2021, 450)));
        Assert.Equal("分项“基本医疗保险参保人数”（450万人）超过整体“社会保险参保人数”（300万人），部分不能大于整体", e.Message);
        Assert.Equal(before, database.Fingerprint()); // neither the value nor an audit entry

        // 332.6 + 437.8 = 770.4 > 600: each part fits, together they exceed the whole — stored, flagged, audited.
        entry.Record(Admin, t.Plan.Id, new ObservationInput(t.Whole, 2020, 600));
        Assert.Null(entry.Record(Admin, t.Plan.Id, new ObservationInput(t.Pension, 2020, 332.6)).Flag);
        var flagged = entry.Record(Admin, t.Plan.Id, new ObservationInput(t.Medical, 2020, 437.8));
        Assert.Contains("770.4", flagged.Flag);
        Assert.Equal(flagged.Flag, store.History(t.Plan.Id, t.Medical).Single().Flag);
        Assert.Contains(new AuditLog(t.Db).List(limit: 10), a => a.Action == "observation.record" && a.NewValue!.Contains("警告"));
    }

    [Fact]
    public void An_approved_submission_is_refused_for_a_part_above_its_whole_and_flagged_for_parts_beyond_it()
    {
        using var database = TestDatabase.WithSamples();
        var t = Xiamen(database);
        var reporter = new Actor("人社局填报员", Roles.Reporter, "市人社局", "127.0.0.1");
        var reviewer = new Actor("审核员", Roles.Reviewer, null, "127.0.0.1");
        new AccountStore(t.Db).AddDepartment(Admin, "市人社局");
        new Assignments(t.Db).Assign(Admin, t.Plan.Id, TargetKinds.Indicator, t.Medical, "市人社局", []);
        var store = new ObservationStore(t.Db);
        var workflow = TestServices.Get<SubmissionWorkflow>(t.Db);
        store.RecordAll(t.Plan.Id, [new(t.Whole, 2021, 300), new(t.Whole, 2020, 600), new(t.Pension, 2020, 332.6)], "统计局");

        var tooMuch = workflow.Create(reporter, new SubmissionInput(t.Plan.Id, TargetKinds.Indicator, t.Medical, 2021, "450", "人社统计"), submit: true);
        var e = Assert.Throws<ArgumentException>(() => workflow.Approve(reviewer, tooMuch.Id));
        Assert.Contains("部分不能大于整体", e.Message);
        Assert.Equal(Submission.Submitted, workflow.Get(tooMuch.Id)!.Status); // still waiting: the reviewer may return it
        Assert.Empty(store.History(t.Plan.Id, t.Medical));

        var overlapping = workflow.Create(reporter, new SubmissionInput(t.Plan.Id, TargetKinds.Indicator, t.Medical, 2020, "437.8", "人社统计"), submit: true);
        workflow.Approve(reviewer, overlapping.Id);
        Assert.Equal(Submission.Approved, workflow.Get(overlapping.Id)!.Status);
        var saved = store.History(t.Plan.Id, t.Medical).Single();
        Assert.Equal((2020, 437.8, "人社局填报员"), (saved.Year, saved.Value, saved.ReportedBy));
        Assert.Contains("770.4", saved.Flag);
    }
}
