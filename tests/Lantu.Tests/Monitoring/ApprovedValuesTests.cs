using Lantu.Application.Monitoring;
using Lantu.Application.Workflow;
using Lantu.Storage;
using Lantu.Storage.Accounts;
using Lantu.Storage.Monitoring;

namespace Lantu.Tests.Monitoring;

/// <summary>A department's reported indicator value counts for monitoring only once a reviewer approves it.</summary>
public class ApprovedValuesTests
{
    [Fact]
    public void An_approved_submission_becomes_the_observation_and_changes_the_status()
    {
        using var database = TestDatabase.WithSamples();
        var db = database.Db;
        var plan = new PlanReader(db).Resolve("福州");
        var forest = new IndicatorReader(db).Resolve(plan.VersionId, "森林覆盖率");
        var admin = new Actor("admin", Roles.Admin, null, "127.0.0.1");
        var reporter = new Actor("林业局填报员", Roles.Reporter, "市林业局", "127.0.0.1");
        var reviewer = new Actor("审核员", Roles.Reviewer, null, "127.0.0.1");
        new AccountStore(db).AddDepartment(admin, "市林业局");
        new Assignments(db).Assign(admin, plan.Id, TargetKinds.Indicator, forest.Key, "市林业局", []);
        string Status() => TestServices.Get<ProgressService>(db).Rows(plan.Id, 2022).Single(r => r.Indicator == forest.Id).Status;

        var workflow = TestServices.Get<SubmissionWorkflow>(db);
        var submitted = workflow.Create(reporter, new SubmissionInput(plan.Id, TargetKinds.Indicator, forest.Key, 2022, "58.6", "林业统计年报"), submit: true);
        Assert.Equal("not_assessable", Status()); // submitted is not yet official
        workflow.Approve(reviewer, submitted.Id);
        Assert.Equal("achieved", Status());
        var observation = new ObservationStore(db).History(plan.Id, forest.Key).Single();
        Assert.Equal((58.6, "林业局填报员", 2022), (observation.Value, observation.ReportedBy, observation.Year));
        Assert.Equal(("审核员", "林业统计年报", null), (observation.ApprovedBy, observation.Note, observation.Source)); // no source given
    }
}
