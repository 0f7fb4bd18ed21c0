// Storage-level tests that already run on both stores here (like SearchTests.cs): not compiled again in Lantu.Tests.Postgres.
#if !LANTU_POSTGRES
using Dapper;
using Lantu.Core.Text;
using Lantu.Storage.Search;

namespace Lantu.Tests.Search;

/// <summary>The index finds exactly the paragraphs a plain substring scan finds, for terms of every length and script.</summary>
public class IndexRecallTests(SearchFixture fixture) : IClassFixture<SearchFixture>
{
    /// <summary>1-, 2-, 3- and 4-character terms, Latin letters, digits and punctuation, mixed terms and several words.</summary>
    private static readonly string[] All =
    [
        "网", "碳", "海", "%", "G", "5", "人才", "教育", "海洋", "5G", "5%", "2025", "R&D", "GDP", "碳达峰", "一带一", "新基建",
        "数字经济", "乡村振兴", "一带一路", "智慧城市", "5G基站", "5g基站", "万人", "亿元", "营商环境 优化", "嘉庚 实验室", "“十四五”",
        "个百分点", "PM2.5", "0.5", "（一）", "不存在的词语",
    ];

    public static TheoryData<string> Terms => new(All);

    [Theory, MemberData(nameof(Terms))]
    public void The_index_finds_what_a_substring_scan_finds(string text)
    {
        var db = fixture.Db(Lantu.Tests.Storage.TestStore.Sqlite);
        var query = new SearchQuery(text, Limit: 100_000);
        List<(long Plan, int Line, string Text)> paragraphs;
        using (var c = db.Connect())
            paragraphs = c.Query<(long, int, string)>("SELECT p.id, pa.line_start, pa.text FROM paragraphs pa JOIN plans p ON p.current_version_id = pa.version_id")
                .Select(p => (p.Item1, p.Item2, CjkText.SearchForm(p.Item3))).ToList();
        var scan = paragraphs.Where(p => query.Terms.All(t => p.Text.Contains(t, StringComparison.OrdinalIgnoreCase)))
            .Select(p => (p.Plan, p.Line)).Order().ToList();
        // The hit's line is the exact line of the term inside a wrapped paragraph; compare paragraphs by their span.
        var hits = new PlanSearch(db).Search(query);
        var found = hits.Select(h => (h.Plan, paragraphs.Where(p => p.Plan == h.Plan && p.Line <= h.LineStart).Max(p => p.Line))).Order().ToList();
        Assert.Equal(scan, found);
        Assert.All(hits, h => Assert.Contains(Snippets.Open, h.Snippet));
    }

    [Fact]
    public void The_terms_are_common_enough_to_mean_something()
    {
        // The list above would pass trivially if nothing matched: most of its terms occur in the samples.
        var db = fixture.Db(Lantu.Tests.Storage.TestStore.Sqlite);
        var search = new PlanSearch(db);
        var found = All.Count(t => search.Search(new SearchQuery(t, Limit: 1)).Count > 0);
        Assert.True(found >= All.Length - 4, $"{found} of {All.Length} terms occur");
    }
}
#endif
