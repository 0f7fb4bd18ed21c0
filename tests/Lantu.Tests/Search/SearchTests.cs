using System.Collections.Concurrent;
using System.Text;
using Lantu.Application.Samples;
using Lantu.Storage;
using Lantu.Storage.Search;
using Lantu.Tests.Storage;

namespace Lantu.Tests.Search;

/// <summary>The sample corpus in each store (searched through the Lucene index beside it), made once and shared by the tests of this class.</summary>
public sealed class SearchFixture : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<TestStore>> _stores = new();

    public LantuDatabase Db(string kind) => _stores.GetOrAdd(kind, k => new Lazy<TestStore>(() =>
    {
        var store = TestStore.Create(k);
        var ingestor = new PlanIngestor(store.Db);
        foreach (var e in SampleCorpus.Entries()) ingestor.IngestFile(e.File, e.Overrides);
        return store;
    })).Value.Db;

    public void Dispose()
    {
        foreach (var store in _stores.Values.Where(s => s.IsValueCreated)) store.Value.Dispose();
    }
}

public class SearchTests(SearchFixture fixture) : IClassFixture<SearchFixture>
{
    private IReadOnlyList<SearchHit> Search(string kind, string text, long? plan = null, string? chapter = null, int limit = 50) =>
        new PlanSearch(fixture.Db(kind)).Search(new SearchQuery(text, plan, Chapter: chapter, Limit: limit));

    [Theory, SqliteStore, PostgresStore]
    public void Five_g_base_stations_are_found_in_both_xiamen_plans_at_the_right_lines(string kind)
    {
        var hits = Search(kind, "5G基站");
        // 004 line 66: "万个，5G 基站数 5659 个，5G 基站已实现岛内密集城区、岛外核" — the PDF's spaces still match,
        // and the whole phrase, twice, ranks it first.
        Assert.Equal((5L, 66), (hits[0].Plan, hits[0].LineStart));
        Assert.Contains("【5G基站】", hits[0].Snippet);
        // 000 never prints the phrase, but line 1492 holds both words: "于 5G的无线设备、小基站、光通信器件等项目".
        var city = Assert.Single(hits, h => h.Plan == 1);
        Assert.Equal(1492, city.LineStart);
        Assert.Equal("专栏5 电子信息产业重点领域", city.Heading);
        Assert.True(hits.Zip(hits.Skip(1), (a, b) => a.Score >= b.Score).All(x => x), "ranked by score");
        var reader = new PlanReader(fixture.Db(kind));
        foreach (var hit in hits)
        {
            var line = reader.Lines(reader.Resolve(hit.Plan.ToString()).VersionId, hit.LineStart, hit.LineStart).Single();
            Assert.Contains("5G", line.Text);
        }
        // Latin letters match whatever their case (the analyzer lower-cases), on both stores.
        Assert.Equal(hits.Select(h => (h.Plan, h.LineStart)), Search(kind, "5g基站").Select(h => (h.Plan, h.LineStart)));
    }

    [Theory, SqliteStore, PostgresStore]
    public void Hits_name_their_heading_and_can_be_filtered_by_plan_and_chapter(string kind)
    {
        var all = Search(kind, "数字经济");
        Assert.True(all.Select(h => h.Plan).Distinct().Count() >= 3);
        var inPlan = Search(kind, "数字经济", plan: 5);
        Assert.NotEmpty(inPlan);
        Assert.All(inPlan, h => Assert.Equal(5, h.Plan));
        var inChapter = Search(kind, "数字经济", plan: 5, chapter: "第四章");
        Assert.NotEmpty(inChapter);
        Assert.All(inChapter, h => Assert.StartsWith("第四章", h.Path));
        Assert.True(inChapter.Count < inPlan.Count);
        // The chapter is applied before the page is cut: a page of three is three hits of that chapter.
        Assert.Equal(inChapter.Take(3).Select(h => h.LineStart), Search(kind, "数字经济", plan: 5, chapter: "第四章", limit: 3).Select(h => h.LineStart));
    }

    /// <summary>The database ranks and cuts to the page; the page is the head of the full ranking, for terms the
    /// index serves, short terms it does not, and both at once.</summary>
    [Theory]
    [SqliteStore("数字经济")] [SqliteStore("人才")] [SqliteStore("营商环境 优化")]
    [PostgresStore("数字经济")] [PostgresStore("人才")] [PostgresStore("营商环境 优化")]
    public void A_short_page_is_the_head_of_the_full_ranking(string kind, string text)
    {
        var full = Search(kind, text, limit: 10_000);
        Assert.True(full.Count > 7, $"{full.Count} hits");
        Assert.True(full.Zip(full.Skip(1), (a, b) => a.Score > b.Score || a.Score == b.Score && (a.Plan, a.LineStart).CompareTo((b.Plan, b.LineStart)) < 0).All(x => x),
            "ordered by score, then plan and line");
        var page = Search(kind, text, limit: 7);
        Assert.Equal(full.Take(7).Select(h => (h.Plan, h.LineStart, h.Score)), page.Select(h => (h.Plan, h.LineStart, h.Score)));
    }

    [Theory, SqliteStore, PostgresStore]
    public void One_character_queries_work_and_punctuation_alone_finds_nothing(string kind)
    {
        var one = Search(kind, "碳");
        Assert.NotEmpty(one);
        Assert.All(one, h => Assert.Contains("【碳】", h.Snippet));
        Assert.Empty(Search(kind, "，。！“”"));
        Assert.Empty(Search(kind, "   "));
        // % is a character to find, not a LIKE wildcard.
        var percent = Search(kind, "5%");
        Assert.NotEmpty(percent);
        Assert.All(percent, h => Assert.Contains("5%", h.Snippet.Replace("【", "").Replace("】", "")));
    }

    [Theory, SqliteStore, PostgresStore]
    public void Several_terms_must_all_occur_and_quotes_cannot_break_the_query(string kind)
    {
        var both = Search(kind, "嘉庚 实验室");
        Assert.NotEmpty(both);
        Assert.All(both, h => Assert.True(h.Snippet.Contains("嘉庚") || h.Snippet.Contains("实验室")));
        Assert.Empty(Search(kind, "\"嘉庚\" OR 1=1; DROP TABLE plans; --不存在的词"));
        Assert.Empty(Search(kind, "嘉庚' OR '1'='1"));
        Assert.Equal(5, new PlanReader(fixture.Db(kind)).List().Count);
    }

    /// <summary>Only the current version of a plan is searched: the index follows the current version (search_changes, migration 014).</summary>
    [Theory, SqliteStore, PostgresStore]
    public void Only_the_current_version_is_searched(string kind)
    {
        using var store = TestStore.Create(kind);
        var ingestor = new PlanIngestor(store.Db);
        var sample = SampleCorpus.Entries().Single(e => Path.GetFileName(e.File).StartsWith("004"));
        var text = File.ReadAllText(sample.File);
        var search = new PlanSearch(store.Db);
        int Count(string q) => search.Search(new SearchQuery(q)).Count;

        ingestor.IngestBytes(Encoding.UTF8.GetBytes(text + "\n\n附：旧版独有的饕餮计划条款。\n"), "v1.txt", sample.Overrides);
        Assert.Equal(1, Count("饕餮计划"));
        var v2 = ingestor.IngestBytes(Encoding.UTF8.GetBytes(text + "\n\n附：新版独有的麒麟工程条款。\n"), "v2.txt", sample.Overrides);
        Assert.Equal(2, v2.VersionNo);
        Assert.Equal(0, Count("饕餮计划"));
        Assert.Equal(1, Count("麒麟工程"));
        Assert.Equal(0, Count("饕餮")); // the short-term path, too
        // Every paragraph of the plan is found once, not once per version.
        var all = search.Search(new SearchQuery("数字", Limit: 10_000));
        Assert.Equal(all.Count, all.Select(h => h.LineStart).Distinct().Count());
    }
}
