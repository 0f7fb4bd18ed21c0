using System.Net;
using System.Text.RegularExpressions;
using Lantu.Application.Coordination;
using Lantu.Storage;
using Lantu.Storage.Monitoring;
using Microsoft.Extensions.DependencyInjection;

namespace Lantu.Tests.Web;

/// <summary>The compare and check pages answer from <see cref="CoordinationCache"/> while the data stamp holds, and
/// a planner's link decision or a new observation shows on the very next request (sample plans, test host).</summary>
public sealed class CompareCacheTests : IAsyncLifetime
{
    private PortalHost _host = null!;
    private HttpClient _client = null!;
    private LantuDatabase _db = null!;
    public async Task InitializeAsync()
    {
        _host = await PortalHost.InMemory();
        _client = _host.Client();
        _db = _host.App.Services.GetRequiredService<LantuDatabase>();
    }
    public async Task DisposeAsync() => await _host.DisposeAsync();

    private const string Rd = "研发经费投入强度", RdFuzhou = "R&D经费投入占 GDP比重";
    private static readonly string RdUrl = "/compare?indicator=" + Uri.EscapeDataString(Rd);

    private async Task<string> Get(string url)
    {
        var r = await _client.GetAsync(url);
        Assert.True(r.StatusCode == HttpStatusCode.OK, $"{url}: {(int)r.StatusCode}");
        return await r.Content.ReadAsStringAsync();
    }

    private string RdKey() => new IndicatorReader(_db).Resolve(new PlanReader(_db).Detail(1).VersionId, Rd).Key;

    private static string Row(string html, string link) =>
        Regex.Matches(html, "<tr>[\\s\\S]*?</tr>").Select(m => m.Value).Single(r => r.Contains(link));

    [Fact]
    public void Unchanged_data_is_served_from_memory_and_any_change_recomputes()
    {
        using var scope = _host.App.Services.CreateScope();
        var cache = scope.ServiceProvider.GetRequiredService<CoordinationCache>();
        var first = cache.Compare(Rd);
        Assert.Same(first, cache.Compare(Rd));
        Assert.Same(cache.Check(5), cache.Check(5));
        var stamp = DataStamp.Read(_db);
        Assert.Equal(stamp, DataStamp.Read(_db));

        // The samples' published figures end with 2024; a 2025 value is the new latest year.
        new ObservationStore(_db).Record(1, new ObservationInput(RdKey(), 2025, 3.5), "测试");
        Assert.NotEqual(stamp, DataStamp.Read(_db));
        var second = cache.Compare(Rd);
        Assert.NotSame(first, second);
        Assert.Equal(2025, second.Single(r => r.Plan == 1 && r.Indicator == 45).StatusYear);
    }

    [Fact]
    public async Task A_rejected_then_confirmed_link_shows_on_the_next_request_of_compare_and_plan_pages()
    {
        var html = await Get(RdUrl);
        Assert.Contains("<a href=\"/plans/2/indicators/11\">R&amp;D经费投入占 GDP比重</a>", html);
        var coordination = TestServices.Get<CoordinationService>(_db);

        coordination.Decide(Rd, RdFuzhou, same: false);
        html = await Get(RdUrl);
        Assert.DoesNotContain("/plans/2/indicators/11\"", html);
        Assert.Contains("<a href=\"/plans/3/indicators/47\">研发经费投入强度</a>", html); // the other plans stay

        coordination.Decide(Rd, RdFuzhou, same: true);
        Assert.Contains("<a href=\"/plans/2/indicators/11\">R&amp;D经费投入占 GDP比重</a>", await Get(RdUrl));

        // Plan against plan: the one shared indicator of 004 and 000 comes apart once a planner rejects the pair.
        var pair = Assert.Single(TestServices.Get<PlanComparison>(_db).Compare(5, 1), r => r.A is not null && r.B is not null);
        Assert.Contains("共有 1 项指标", await Get("/compare/plans?a=5&b=1"));
        coordination.Decide(pair.A!.Name, pair.B!.Name, same: false);
        Assert.Contains("共有 0 项指标", await Get("/compare/plans?a=5&b=1"));
    }

    [Fact]
    public async Task Check_and_status_follow_link_decisions_and_new_observations()
    {
        var finding = Regex.Match(await Get("/check?plan=5"), "<li class=\"finding finding-ok\">[\\s\\S]*?数字经济核心产业增加值占[\\s\\S]*?</li>");
        Assert.True(finding.Success);
        var pair = TestServices.Get<CoordinationService>(_db).Check(5).Single(f => f.Kind == "consistent" && f.Message.Contains("数字经济"));
        TestServices.Get<CoordinationService>(_db).Decide(pair.Child.Name, pair.Parent!.Name, same: false);
        Assert.DoesNotContain("数字经济核心产业增加值占", await Get("/check?plan=5"));
        Assert.DoesNotContain("数字经济核心产业增加值占", await Get("/api/plans/5/check"));

        // Plan 1's R&D intensity has the published 2024 figure (monitoring-facts.csv); a 2025 value recorded now shows
        // with its year at once.
        Assert.Contains("<span class=\"muted\">2024 年</span>", Row(await Get(RdUrl), "/plans/1/indicators/45\""));
        new ObservationStore(_db).Record(1, new ObservationInput(RdKey(), 2025, 3.5), "测试");
        var row = Row(await Get(RdUrl), "/plans/1/indicators/45\"");
        Assert.Matches("<span class=\"status status-\\w+\">[^<]+</span> <span class=\"muted\">2025 年</span>", row);
    }
}

/// <summary>The stamp on either store: it moves with a link decision made twice (delete + insert may reuse the id),
/// a new observation and a new plan, and stays put otherwise.</summary>
public class DataStampTests
{
    [Theory, Storage.SqliteStore, Storage.PostgresStore]
    public void Stamp_changes_with_each_kind_of_input_and_only_then(string kind)
    {
        using var store = Storage.TestStore.Create(kind);
        var db = store.Db;
        var empty = DataStamp.Read(db);
        var plan = new PlanIngestor(db).IngestFile(Samples.Path003).PlanId;
        var withPlan = DataStamp.Read(db);
        Assert.NotEqual(empty, withPlan);
        Assert.Equal(withPlan, DataStamp.Read(db));

        var coordination = TestServices.Get<CoordinationService>(db);
        coordination.Decide("研发经费投入强度", "R&D经费投入占 GDP比重", same: false);
        var rejected = DataStamp.Read(db);
        coordination.Decide("研发经费投入强度", "R&D经费投入占 GDP比重", same: true);
        var confirmed = DataStamp.Read(db);
        Assert.Equal(3, new[] { withPlan, rejected, confirmed }.Distinct().Count());

        new ObservationStore(db).Record(plan, new ObservationInput("any", 2023, 1), "测试");
        Assert.NotEqual(confirmed, DataStamp.Read(db));
    }
}
