using Lantu.Core.Bulletins;
using Lantu.Core.Monitoring;

namespace Lantu.Tests.Monitoring;

/// <summary>samples/monitoring/monitoring-facts.csv read and matched to the sample plans' own indicator wording.</summary>
public class MonitoringFactsTests
{
    private static readonly IReadOnlyList<MonitoringFact> Facts =
        MonitoringFacts.Load(Path.Combine(Samples.RepoRoot, "samples", "monitoring", "monitoring-facts.csv"));

    private static IReadOnlyList<FactMatch> Match(string prefix)
    {
        var plan = Samples.Parsed(prefix);
        return FactMatcher.Match(Facts, plan.Metadata.Region, PlanIndicator.Of(plan.Indicators));
    }

    [Fact]
    public void Every_row_is_read_with_source_grade_and_estimate_flag()
    {
        Assert.Equal(40, Facts.Count);
        var first = Facts[0];
        Assert.Equal((2, "厦门市", "地区生产总值", 2021, 7033.89, "亿元", false, 'A', "厦门市2021年国民经济和社会发展统计公报"),
            (first.Row, first.Region, first.Indicator, first.Year, first.Value, first.Unit, first.Estimate, first.Grade, first.Source));
        Assert.Equal(10, Facts.Count(f => f.Estimate)); // 福州 2021 income (2), 鲤城区 2022–2023 (8)
        Assert.Equal((14, 14, 12), (Facts.Count(f => f.Grade == 'A'), Facts.Count(f => f.Grade == 'B'), Facts.Count(f => f.Grade == 'C')));
    }

    [Fact]
    public void Xiamen_rows_match_the_plans_wording_and_the_rest_say_why_not()
    {
        var m = Match("000");
        Assert.Equal(20, m.Count);
        var matched = m.Where(x => x.Matched).Select(x => (x.Indicator!.Name, x.Fact.Year, x.Value!.Value)).ToList();
        Assert.Equal(
        [
            ("地区生产总值增长", 2021, 8.1), ("地区生产总值增长", 2022, 4.4), ("地区生产总值增长", 2023, 3.1),
            ("常住人口城镇化率", 2022, 90.19), ("常住人口城镇化率", 2023, 90.81),
            ("研发经费投入强度", 2024, 3.4), ("研发经费投入强度", 2023, 3.36),
            ("居民人均可支配收入增长", 2022, 5.7), ("居民人均可支配收入增长", 2023, 4.5),
            ("人均预期寿命", 2024, 83.62),
            ("空气质量优良天数比率", 2021, 99.7), ("空气质量优良天数比率", 2023, 99.7), ("空气质量优良天数比率", 2024, 99.5),
        ], matched);
        // 厦门's plan monitors GDP growth, not the level; it has no 人均GDP nor the income level.
        var unmatched = m.Where(x => !x.Matched).ToList();
        Assert.Equal(7, unmatched.Count);
        Assert.Equal("规划中的“地区生产总值增长”是增速，此数据是总量", unmatched.First(x => x.Fact.Indicator == "地区生产总值").Reason);
        Assert.Equal("规划中没有此指标", unmatched.Single(x => x.Fact.Indicator == "人均地区生产总值").Reason);
        // No year is filled in: 人均预期寿命 has 2024 only.
        Assert.Single(m, x => x.Indicator?.Name == "人均预期寿命");
    }

    [Fact]
    public void Fuzhou_values_are_converted_to_the_plans_units_and_Licheng_matches_by_its_region()
    {
        var fuzhou = Match("002");
        Assert.Equal(12, fuzhou.Count);
        var byName = fuzhou.Where(x => x.Matched).Select(x => (x.Indicator!.Name, x.Fact.Year, x.Value!.Value, x.Unit, x.Fact.Estimate, x.Fact.Grade)).ToList();
        Assert.Equal(
        [
            ("地区生产总值 (GDP)", 2021, 1.132448, "万亿元", false, 'C'),
            ("居民人均可支配收入", 2021, 4.3715, "万元", true, 'B'),
            ("地区生产总值 (GDP)", 2022, 1.230823, "万亿元", false, 'C'),
            ("地区生产总值 (GDP)", 2023, 1.292847, "万亿元", false, 'C'),
            ("人均 GDP", 2023, 15.2846, "万元", false, 'C'),
            ("地区生产总值 (GDP)", 2024, 1.423676, "万亿元", false, 'C'),
            ("人均 GDP", 2024, 16.7787, "万元", false, 'C'),
        ], byName);
        Assert.Equal(5, fuzhou.Count(x => !x.Matched)); // 地区生产总值增长 ×4 and the income growth: no such indicator

        var licheng = Match("003");
        Assert.Equal(8, licheng.Count);
        Assert.All(licheng, x => Assert.True(x.Matched, x.Fact.Indicator));
        Assert.Equal(
            ["地区生产总值", "地区生产总值年均增长率", "一般公共预算总收入", "固定资产投资增长率"],
            licheng.Select(x => x.Indicator!.Name).Distinct());
        Assert.All(licheng, x => Assert.True(x.Fact.Estimate));

        Assert.Empty(Match("001"));                   // 泉州台商投资区: no rows
        Assert.DoesNotContain(Match("004"), x => x.Matched); // 数字厦门: none of its indicators are published here
    }

    [Fact]
    public void A_malformed_row_is_refused_naming_row_and_column()
    {
        var e = Assert.Throws<FormatException>(() => MonitoringFacts.Parse("region,indicator,year,value,unit,estimate,grade,source\n厦门市,地区生产总值,2021,7033.89,亿元,no,D,x\n"));
        Assert.Equal("第2行 grade 列：“D”应为 A、B 或 C", e.Message);
        e = Assert.Throws<FormatException>(() => MonitoringFacts.Parse("region,indicator,year,value,unit,estimate,grade,source\n厦门市,地区生产总值,2021,约7000,亿元,no,A,x\n"));
        Assert.Equal("第2行 value 列：“约7000”不是数值", e.Message);
    }
}
