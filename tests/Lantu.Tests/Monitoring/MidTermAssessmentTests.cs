using Lantu.Core.Monitoring;
using static Lantu.Tests.Monitoring.MethodTestSpecs;

namespace Lantu.Tests.Monitoring;

/// <summary>The national mid-term evaluation categories on hand-computed examples (docs/METHODOLOGY.md §10).</summary>
public class MidTermAssessmentTests
{
    private static MidTermCategory Category(TargetSpec t, int year, params (int, double)[] obs) => MidTermAssessment.Evaluate(t, Obs(obs), year).Category;

    [Fact]
    public void Fuzhou_per_capita_gdp_2023_in_each_category()
    {
        // 福州 人均GDP 12.5 → 16.7 万元; 2023 expected 12.5 + 4.2 × 3/5 = 15.02, planned change 2.52.
        var t = Spec("002", "人均 GDP");
        var (category, result) = MidTermAssessment.Evaluate(t, Obs((2023, 15.2846)), 2023);
        Assert.Equal(MidTermCategory.Faster, category);                           // 2.7846 / 2.52 = 1.105 ≥ 1.10
        Assert.Equal((1.105, 15.02, 12.5, 16.7), (Math.Round(result.Figures.Ratio!.Value, 3), Math.Round(result.Figures.Expected!.Value, 2), result.Figures.Base!.Value, result.Figures.Target!.Value));
        Assert.Equal(MidTermCategory.AheadAchieved, Category(t, 2023, (2023, 16.8)));
        Assert.Equal(MidTermCategory.AsExpected, Category(t, 2023, (2023, 15.1)));  // 2.6 / 2.52 = 1.032
        Assert.Equal(MidTermCategory.AsExpected, Category(t, 2023, (2023, 14.9)));  // 0.952 ≥ 0.90
        Assert.Equal(MidTermCategory.Lagging, Category(t, 2023, (2023, 14.5)));     // 0.794
        // Were it binding, 0.952 < 1.00 is 滞后.
        Assert.Equal(MidTermCategory.Lagging, Category(t with { Binding = true }, 2023, (2023, 14.9)));
        Assert.Equal(MidTermCategory.NotAssessable, Category(t, 2023, (2022, 14)));
    }

    [Fact]
    public void Ranges_and_bounds()
    {
        // 厦门 地区生产总值增长 7–7.5% with the published 8.1 (2021), 4.4 (2022), 3.1 (2023).
        var growth = Spec("000", "地区生产总值增长");
        Assert.Equal(MidTermCategory.Faster, Category(growth, 2021, (2021, 8.1)));
        Assert.Equal(MidTermCategory.AsExpected, Category(growth, 2023, (2023, 7.2)));
        Assert.Equal(MidTermCategory.Lagging, Category(growth, 2023, (2023, 3.1)));
        // 厦门 森林覆盖率 41.72, >40 (约束性): a bound held is as expected.
        var forest = Spec("000", "森林覆盖率");
        Assert.Equal(MidTermCategory.AsExpected, Category(forest, 2023, (2023, 41)));
        Assert.Equal(MidTermCategory.Lagging, Category(forest, 2023, (2023, 39)));
    }

    [Fact]
    public void Summary_counts_each_category_and_lists_binding_indicators_apart()
    {
        var items = new List<MidTermItem>();
        void Add(string prefix, string name, params (int, double)[] obs)
        {
            var t = Spec(prefix, name);
            var (c, r) = MidTermAssessment.Evaluate(t, Obs(obs), 2023);
            items.Add(new MidTermItem(name, name, t.Binding, c, r));
        }
        Add("000", "地区生产总值增长", (2023, 3.1));       // 滞后
        Add("000", "常住人口城镇化率", (2023, 90.81));     // 89.2 → 89.5: target reached → 提前实现
        Add("000", "人均预期寿命");                          // no value → 无法评估
        Add("000", "森林覆盖率", (2023, 41.5));            // 约束性, bound held → 基本符合预期
        Add("000", "空气质量优良天数比率", (2023, 99.7));  // 约束性, base “>97.5”, 97.9 reached → 提前实现
        var summary = MidTermSummary.Of(items);
        Assert.Equal(5, summary.Total);
        Assert.Equal((2, 0, 1, 1, 1), (summary.Counts[MidTermCategory.AheadAchieved], summary.Counts[MidTermCategory.Faster],
            summary.Counts[MidTermCategory.AsExpected], summary.Counts[MidTermCategory.Lagging], summary.Counts[MidTermCategory.NotAssessable]));
        Assert.Equal(["森林覆盖率", "空气质量优良天数比率"], summary.Binding.Select(b => b.Name));
        Assert.Equal("共5项指标：提前实现2项，快于预期0项，基本符合预期1项，滞后1项，无法评估1项；约束性指标2项，其中滞后0项。", summary.Text());
    }
}
