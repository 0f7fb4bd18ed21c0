using Lantu.Application.Coordination;
using Lantu.Core.Coordination;
using Lantu.Storage;
using Lantu.Tests.Storage;

namespace Lantu.Tests.Coordination;

public class CoordinationTests
{
    private static readonly IndicatorMatcher Matcher = new();

    [Theory]
    [InlineData("研发经费投入强度", "R&D经费投入占GDP比重")]
    [InlineData("研发经费投入强度", "研究与试验发展经费投入强度")]
    [InlineData("研发经费投入强度", "研发(R&D)经费投入强度")]
    [InlineData("研发经费投入强度", "R&D经费支出占GDP比重")]
    [InlineData("地表水达到或好于Ⅲ类水体比例", "好于III类水体比例")]
    [InlineData("数字经济核心产业增加值占地区生产总值比重", "数字经济核心产业增加值占 GDP比重")]
    public void Different_wordings_of_one_indicator_are_linked(string a, string b)
    {
        var m = Matcher.Match(a, b);
        Assert.True(m.Same, m.Reason);
        Assert.True(m.Confidence >= 0.9);
    }

    [Theory]
    [InlineData("每万人口发明专利拥有量", "每万人口高价值发明专利拥有量", "高价值")]
    [InlineData("城镇登记失业率", "城镇调查失业率", "调查")]
    [InlineData("数字经济核心产业增加值占GDP比重", "数字经济规模占GDP比重", "")]
    public void Similar_but_different_indicators_are_kept_apart(string a, string b, string why)
    {
        var m = Matcher.Match(a, b);
        Assert.False(m.Same);
        Assert.Contains(why, m.Reason);
    }

    private static (LantuDatabase Db, CoordinationService Service) Open(TestStore store) => (store.Db, TestServices.Get<CoordinationService>(store.Db));

    [Fact]
    public void R_and_d_intensity_is_compared_across_the_four_comprehensive_plans()
    {
        using var database = TestDatabase.WithSamples();
        var (db, service) = Open(database);
        var rows = service.Compare("研发经费投入强度");
        var reader = new PlanReader(db);
        var plans = rows.Select(r => r.Plan).Distinct().ToHashSet();
        foreach (var name in new[] { "厦门市国民经济", "台商投资区", "福州", "鲤城" })
            Assert.Contains(reader.Resolve(name).Id, plans);
        Assert.Contains(rows, r => r.Name == "R&D经费投入占 GDP比重" && r.Target == "2");
        Assert.DoesNotContain(rows, r => r.Name.Contains("专利"));
    }

    [Fact]
    public void The_digital_economy_share_of_the_special_plan_agrees_with_the_city_plan()
    {
        using var database = TestDatabase.WithSamples();
        var (db, service) = Open(database);
        var special = new PlanReader(db).Resolve("数字厦门").Id;
        var finding = Assert.Single(service.Check(special), f => f.Child.Name.StartsWith("数字经济核心产业增加值"));
        Assert.Equal(("ok", "consistent"), (finding.Severity, finding.Kind));
        Assert.Equal(new PlanReader(db).Resolve("厦门市国民经济").Id, finding.Parent!.Plan);
        Assert.True(finding.Child.Line > 0 && finding.Parent.Line > 0);
    }

    [Fact]
    public void A_weaker_child_target_for_the_same_region_is_flagged_until_a_planner_unlinks_the_pair()
    {
        using var database = TestDatabase.WithSamples();
        var (db, service) = Open(database);
        // A district-level rewrite of the special plan that lowers the digital economy target below the city's.
        var edited = File.ReadAllText(Samples.Path004).Replace("提高 3个百分", "提高 2个百分");
        new PlanIngestor(db).IngestBytes(System.Text.Encoding.UTF8.GetBytes(edited), "004-weaker.txt");
        var weaker = service.Check(new PlanReader(db).Resolve("数字厦门").Id).Single(f => f.Kind == "weaker_target");
        Assert.Equal("warning", weaker.Severity); // 预期性 in the city plan
        Assert.Contains("弱于上位规划", weaker.Message);
        // A planner who says the two are different indicators silences the finding.
        service.Decide(weaker.Parent!.Name, weaker.Child.Name, same: false);
        Assert.DoesNotContain(service.Check(new PlanReader(db).Resolve("数字厦门").Id), f => f.Kind == "weaker_target");
    }
}

public class CompareStatusTests
{
    [Fact]
    public void A_compared_indicator_carries_its_status_in_the_latest_observed_year()
    {
        using var database = TestDatabase.WithSamples(monitoring: true);
        var db = database.Db;
        var rows = TestServices.Get<CoordinationService>(db).Compare("地区生产总值 (GDP)");
        var fuzhou = rows.Single(r => r.Name == "地区生产总值 (GDP)" && r.TableKind == "target");
        // The published 14236.76亿元 (2024, monitoring-facts.csv) = 1.423676 万亿元 against 1.002 × 1.07⁴ = 1.3134 and the
        // target 1.41: already reached.
        Assert.Equal(("已完成/超前", 2024), (fuzhou.Status, fuzhou.StatusYear!.Value));
        Assert.All(rows.Where(r => r.TableKind == "review"), r => Assert.Null(r.Status));
    }
}
