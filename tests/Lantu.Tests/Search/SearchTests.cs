using Lantu.Storage;
using Lantu.Storage.Search;

namespace Lantu.Tests.Search;

/// <summary>Full-text search over the sample corpus, shared by the tests of this class.</summary>
public sealed class SearchFixture : IDisposable
{
    private readonly Storage.TestStore _store = TestDatabase.WithSamples();
    public LantuDatabase Db => _store.Db;

    public void Dispose() => _store.Dispose();
}

public class SearchTests(SearchFixture fixture) : IClassFixture<SearchFixture>
{
    private IReadOnlyList<SearchHit> Search(string text, long? plan = null, string? chapter = null) =>
        new PlanSearch(fixture.Db).Search(new SearchQuery(text, plan, Chapter: chapter));

    [Fact]
    public void Five_g_base_stations_are_found_in_both_xiamen_plans_at_the_right_lines()
    {
        var hits = Search("5G基站");
        // 004 line 66: "万个，5G 基站数 5659 个，5G 基站已实现岛内密集城区、岛外核" — the PDF's spaces still match,
        // and the whole phrase, twice, ranks it first.
        Assert.Equal((5L, 66), (hits[0].Plan, hits[0].LineStart));
        Assert.Contains("【5G基站】", hits[0].Snippet);
        // 000 never prints the phrase, but line 1492 holds both words: "于 5G的无线设备、小基站、光通信器件等项目".
        var city = Assert.Single(hits, h => h.Plan == 1);
        Assert.Equal(1492, city.LineStart);
        Assert.Equal("专栏5 电子信息产业重点领域", city.Heading);
        Assert.True(hits.Zip(hits.Skip(1), (a, b) => a.Score >= b.Score).All(x => x), "ranked by score");
        var reader = new PlanReader(fixture.Db);
        foreach (var hit in hits)
        {
            var line = reader.Lines(reader.Resolve(hit.Plan.ToString()).VersionId, hit.LineStart, hit.LineStart).Single();
            Assert.Contains("5G", line.Text);
        }
    }

    [Fact]
    public void Hits_name_their_heading_and_can_be_filtered_by_plan_and_chapter()
    {
        var all = Search("数字经济");
        Assert.True(all.Select(h => h.Plan).Distinct().Count() >= 3);
        var inPlan = Search("数字经济", plan: 5);
        Assert.NotEmpty(inPlan);
        Assert.All(inPlan, h => Assert.Equal(5, h.Plan));
        var inChapter = Search("数字经济", plan: 5, chapter: "第四章");
        Assert.NotEmpty(inChapter);
        Assert.All(inChapter, h => Assert.StartsWith("第四章", h.Path));
        Assert.True(inChapter.Count < inPlan.Count);
    }

    [Fact]
    public void One_character_queries_work_and_punctuation_alone_finds_nothing()
    {
        var one = Search("碳");
        Assert.NotEmpty(one);
        Assert.All(one, h => Assert.Contains("【碳】", h.Snippet));
        Assert.Empty(Search("，。！“”"));
        Assert.Empty(Search("   "));
    }

    [Fact]
    public void Several_terms_must_all_occur_and_quotes_cannot_break_the_query()
    {
        var both = Search("嘉庚 实验室");
        Assert.NotEmpty(both);
        Assert.All(both, h => Assert.True(h.Snippet.Contains("嘉庚") || h.Snippet.Contains("实验室")));
        Assert.Empty(Search("\"嘉庚\" OR 1=1; DROP TABLE plans; --不存在的词"));
        Assert.Equal(5, new PlanReader(fixture.Db).List().Count);
    }

    [Fact]
    public void Latin_letters_match_whatever_their_case()
    {
        foreach (var (typed, stored) in new[] { ("5g基站", "5G基站"), ("gdp", "GDP") })
        {
            var hits = Search(typed);
            Assert.NotEmpty(hits);
            Assert.Equal(Search(stored).Select(h => (h.Plan, h.LineStart)), hits.Select(h => (h.Plan, h.LineStart)));
        }
    }
}
