using Lantu.Storage;
using Lantu.Storage.Monitoring;
using Lantu.Tests.Indicators;

namespace Lantu.Tests.Reading;

/// <summary>A saved web page ingested into an empty store keeps its indicator table row for row (the store the
/// portal's upload and dashboard read).</summary>
public class HtmlIngestTests
{
    [Fact]
    public void A_saved_gbk_page_is_stored_with_its_indicator_rows()
    {
        using var store = TestDatabase.Fresh();
        var result = new PlanIngestor(store.Db).IngestBytes(File.ReadAllBytes(HtmlReaderTests.FixturePath), "厦门十四五规划纲要.htm");
        Assert.Equal(IngestResult.Created, result.Outcome);
        Assert.Equal("厦门市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", result.Title);
        var rows = new IndicatorReader(store.Db).List(result.VersionId).Where(r => r.Source == "table").ToList();
        var expected = ExpectedRows.All[("000", 526)].Select(r => r.Replace(" ", ""));
        Assert.Equal(expected, rows.Select(r => string.Join('|', r.Category, r.Seq, r.Name, r.Parent, r.Unit, r.Base, r.Target, r.Growth, r.Actual, r.Attribute, r.Note)));
        Assert.All(rows, r => Assert.Equal(("专栏 2：“十四五”时期经济社会发展主要目标", 2020, 2025), (r.Table, r.BaseYear, r.TargetYear)));
        Assert.Equal(17, rows.Select(r => r.LineStart).Distinct().Count()); // every row keeps its own source line
    }
}
