using Lantu.Core.Monitoring;
using Lantu.Reports;

namespace Lantu.Tests.Reports;

/// <summary>Ordering, summary figures and the category table on the Xiamen model (statuses worked out in XiamenReport).</summary>
public class ReportContentTests
{
    private static readonly ReportContent Content = new(XiamenReport.Model());

    [Fact]
    public void The_builder_evaluates_each_indicator_for_the_year()
    {
        var byName = Content.Model.Indicators.ToDictionary(i => i.Name, i => i.Status);
        Assert.Equal(ProgressStatus.Lagging, byName["地区生产总值增长"]);
        Assert.Equal(ProgressStatus.Achieved, byName["常住人口城镇化率"]);
        Assert.Equal(ProgressStatus.NotAssessable, byName["研发经费投入强度"]);
        Assert.Equal(ProgressStatus.Lagging, byName["每万人口高价值发明专利拥有量"]);
        Assert.Equal(ProgressStatus.SeverelyLagging, byName["数字经济核心产业增加值占地区生产总值比重"]);
        Assert.Equal(ProgressStatus.OnTrack, byName["人均预期寿命"]);
        Assert.Equal(ProgressStatus.Lagging, byName["劳动年龄人口平均受教育年限"]);
        Assert.Equal(ProgressStatus.NotAssessable, byName["居民人均可支配收入增长"]);
        Assert.Equal(ProgressStatus.OnTrack, byName["城镇新增就业人数"]);
        Assert.Equal(ProgressStatus.NotAssessable, byName["单位地区生产总值能源消耗降低"]);
        Assert.Equal(ProgressStatus.OnTrack, byName["空气质量优良天数比例"]);
        Assert.Equal(ProgressStatus.Achieved, byName["地表水达到或好于Ⅲ类水体比例"]);
        Assert.Equal(ProgressStatus.OnTrack, byName["森林覆盖率"]);
        // The printed 约束性 makes the spec binding (strict tolerance) even when the spec did not say so.
        Assert.True(Content.Model.Indicators.Single(i => i.Name == "森林覆盖率").Spec.Binding);
    }

    [Fact]
    public void Binding_indicators_come_first_then_the_worst_status()
    {
        Assert.Equal(
        [
            // 约束性: 滞后, 无法评估, 符合 (plan order), 已完成
            "劳动年龄人口平均受教育年限", "单位地区生产总值能源消耗降低", "空气质量优良天数比例", "森林覆盖率", "地表水达到或好于Ⅲ类水体比例",
            // 预期性: 严重滞后, 滞后 (plan order), 无法评估 (plan order), 符合, 已完成
            "数字经济核心产业增加值占地区生产总值比重", "地区生产总值增长", "每万人口高价值发明专利拥有量",
            "研发经费投入强度", "居民人均可支配收入增长", "人均预期寿命", "城镇新增就业人数", "常住人口城镇化率",
        ], Content.Ordered.Select(i => i.Name));
    }

    [Fact]
    public void The_category_table_counts_statuses_per_category_in_plan_order()
    {
        Assert.Equal(["经济发展", "创新驱动", "民生福祉", "绿色生态"], Content.Categories.Select(c => c.Category));
        int[] Row(string category) => ReportContent.TableStatuses.Select(s => Content.Categories.Single(c => c.Category == category)[s]).ToArray();
        // columns: 已完成/超前, 符合序时进度, 滞后, 严重滞后, 无法评估
        Assert.Equal([1, 0, 1, 0, 0], Row("经济发展"));
        Assert.Equal([0, 0, 1, 1, 1], Row("创新驱动"));
        Assert.Equal([0, 2, 1, 0, 1], Row("民生福祉"));
        Assert.Equal([1, 2, 0, 0, 1], Row("绿色生态"));
        Assert.Equal([2, 4, 3, 1, 3], ReportContent.TableStatuses.Select(s => Content.Total[s]).ToArray());
        Assert.Equal(13, Content.Total.Total);
    }

    [Fact]
    public void The_summary_states_the_figures()
    {
        var s = Content.Summary;
        Assert.StartsWith("规划实施中期（2023年），《厦门市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》确定的13项主要指标中，", s);
        Assert.Contains("已完成/超前2项、符合序时进度4项、滞后3项、严重滞后1项、无法评估3项。", s);
        Assert.Contains("约束性指标5项，3项达到序时进度或已完成，1项滞后（劳动年龄人口平均受教育年限），1项无法评估。", s);
        // The lagging ones, named with value against expected, worst first.
        Assert.Contains("数字经济核心产业增加值占地区生产总值比重（严重滞后，实际值1.2%，序时进度1.8%）", s);
        Assert.Contains("劳动年龄人口平均受教育年限（滞后，实际值12.98年，序时进度13.02年）", s);
        Assert.Contains("地区生产总值增长（滞后，实际值6.5%，目标7–7.5%）", s);
        Assert.Contains("每万人口高价值发明专利拥有量（滞后，实际值18.2件，序时进度19.03件）", s);
        Assert.True(s.IndexOf("劳动年龄人口", s.IndexOf("进度滞后的指标", StringComparison.Ordinal), StringComparison.Ordinal)
                    < s.IndexOf("数字经济核心产业增加值占地区生产总值比重（", StringComparison.Ordinal), "binding first");

        // Forecasts: every indicator with a figure and enough data (not the three unassessable ones).
        var forecastable = Content.Model.Indicators.Where(i => i.Evaluation.WillMeetTarget is not null).ToList();
        int meet = forecastable.Count(i => i.Evaluation.WillMeetTarget == true);
        Assert.Equal(10, forecastable.Count);
        Assert.Contains($"按当前趋势预测，可预测的10项指标中{meet}项可在2025年实现规划目标，{10 - meet}项难以实现（", s);
        // Five-year total: 37.1 + 37.1/3 × 2 = 61.83 ≥ 60; the digital economy (1.2 in 3 years → 2.0) will not reach 3.
        Assert.True(Content.Model.Indicators.Single(i => i.Name == "城镇新增就业人数").Evaluation.WillMeetTarget);
        Assert.False(Content.Model.Indicators.Single(i => i.Name == "数字经济核心产业增加值占地区生产总值比重").Evaluation.WillMeetTarget);
    }

    [Theory]
    [InlineData(2021, ReportKind.Annual, "《厦门市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》2021年度实施监测报告")]
    [InlineData(2022, ReportKind.Annual, "《厦门市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》2022年度实施监测报告")]
    [InlineData(2023, ReportKind.MidTerm, "《厦门市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》实施中期评估报告")]
    [InlineData(2024, ReportKind.Annual, "《厦门市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》2024年度实施监测报告")]
    [InlineData(2025, ReportKind.Final, "《厦门市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》实施总结评估报告")]
    public void The_kind_and_title_follow_from_the_year(int year, ReportKind kind, string title)
    {
        var model = XiamenReport.Model(year);
        Assert.Equal(kind, model.Kind);
        Assert.Equal(title, new ReportContent(model).Title);
    }

    [Fact]
    public void Without_lagging_indicators_the_summary_says_so()
    {
        var model = new ReportBuilder("测试规划", "", 2021, 2025, 2022)
            .Indicator("生态", "森林覆盖率", "%", "约束性", "41.72", ">40", new TargetSpec { Form = TargetForm.Bound, Value = 40 }, new Dictionary<int, double> { [2022] = 41.6 })
            .Build();
        var s = new ReportContent(model).Summary;
        Assert.Contains("约束性指标1项，均达到序时进度或已完成。", s);
        Assert.Contains("没有进度滞后的指标。", s);
        Assert.StartsWith("2022年，《测试规划》确定的1项主要指标中，", s);
    }
}
