using Lantu.Storage;
using Lantu.Storage.Monitoring;

namespace Lantu.Tests.Monitoring;

/// <summary>Corrections of one value at the same moment each become a revision of their own: none lost, no clash.</summary>
public class ConcurrentCorrectionTests
{
    [Fact]
    public async Task Eight_simultaneous_corrections_of_one_value_become_revisions_2_to_9()
    {
        using var database = TestDatabase.WithSamples();
        var db = database.Db;
        var plan = new PlanReader(db).Resolve("福州");
        var forest = new IndicatorReader(db).Resolve(plan.VersionId, "森林覆盖率");
        new ObservationStore(db).Record(plan.Id, new ObservationInput(forest.Key, 2022, 58.0, "林业局"), "张三");

        const int writers = 8;
        using var start = new Barrier(writers);
        var tasks = Enumerable.Range(1, writers).Select(n => Task.Factory.StartNew(() =>
        {
            var store = new ObservationStore(db);
            start.SignalAndWait();
            return store.Record(plan.Id, new ObservationInput(forest.Key, 2022, 58.0 + n / 100.0, "更正", $"第{n}次更正"), $"writer{n}");
        }, TaskCreationOptions.LongRunning)).ToArray();
        var saved = await Task.WhenAll(tasks);

        Assert.Equal(Enumerable.Range(2, writers), saved.Select(o => o.Revision).Order());
        var history = new ObservationStore(db).History(plan.Id, forest.Key);
        Assert.Equal(Enumerable.Range(1, writers + 1), history.Select(h => h.Revision));
        // Every writer's value is there, under the revision it was told it got.
        Assert.Equal(saved.Select(o => (o.Revision, o.Value, o.ReportedBy)).OrderBy(x => x.Revision),
            history.Skip(1).Select(h => (h.Revision, h.Value, h.ReportedBy)));
        Assert.Equal(history[^1].Value, new ObservationStore(db).CurrentAnnual(plan.Id)[forest.Key][2022]);
    }
}
