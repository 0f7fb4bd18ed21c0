using Lantu.Core.Indicators;
using Lantu.Core.Model;
using Lantu.Core.Normalization;

namespace Lantu.Tests.Indicators;

/// <summary>Table shapes not taken from the sample plans: the parser must read them by their structure.</summary>
public class ShapeTests
{
    private static IReadOnlyList<IndicatorTable> Tables(params string[] lines) =>
        IndicatorExtractor.ExtractTables(Normalizer.Normalize(new SourceDocument("t.txt", "text", "utf-8", lines)));

    private static string[] Rows(IndicatorTable t) => t.Rows.Select(r => r.ToString()).ToArray();

    [Fact]
    public void FlatTableWithCategoryOnTheRowLine()
    {
        var t = Tables(
            "一、主要目标",
            "表 3 “十四五”主要指标",
            "类别 指标 单位 2020年 2025年 属性",
            "经济发展 1.地区生产总值 亿元 100 150 预期性",
            "2.一般公共预算收入 亿元 10 15 预期性",
            "绿色生态 3.单位GDP能耗降低 % — 完成省下达任务 约束性",
            "4.森林覆盖率 % 60 持平 约束性",
            "第二章 创新发展").Single();
        Assert.Equal(2020, t.Schema.BaseYear);
        Assert.Equal(2025, t.Schema.TargetYear);
        Assert.Equal(new[]
        {
            "经济发展|1|地区生产总值||亿元|100|150|||预期性|",
            "经济发展|2|一般公共预算收入||亿元|10|15|||预期性|",
            "绿色生态|3|单位GDP能耗降低||%|—|完成省下达任务|||约束性|",
            "绿色生态|4|森林覆盖率||%|60|持平|||约束性|",
        }, Rows(t));
        Assert.Equal(TargetKind.Delegated, t.Rows[2].Parsed!.Kind);
        Assert.Equal(Direction.Lower, t.Rows[2].Parsed!.Direction);
        Assert.Equal(TargetKind.Relative, t.Rows[3].Parsed!.Kind);
    }

    [Fact]
    public void TabbedTableReadByHeaderNotPosition()
    {
        // Attribute before the values, growth before the target: columns are found by their labels.
        var t = Tables(
            "表1 “十四五”经济社会发展主要指标",
            "序号\t指标名称\t单位\t指标属性\t2020年基期\t年均增长（%）\t2025年目标",
            "1\t地区生产总值\t亿元\t预期性\t500\t6.5\t690",
            "2\t城镇登记失业率\t%\t预期性\t3.2\t—\t4.5以内",
            "3\t研发经费投入强度\t%\t预期性\t2.1\t[0.7]\t2.8",
            "",
            "注：[ ]内为五年累计数").Single();
        Assert.Equal(new[]
        {
            "|1|地区生产总值||亿元|500|690|6.5||预期性|",
            "|2|城镇登记失业率||%|3.2|4.5以内|—||预期性|",
            "|3|研发经费投入强度||%|2.1|2.8|[0.7]||预期性|",
        }, Rows(t));
        Assert.Equal(TargetKind.Bound, t.Rows[1].Parsed!.Kind);
        Assert.Equal(Direction.Lower, t.Rows[1].Parsed!.Direction);
    }

    [Fact]
    public void TabbedReviewTableWithMergedCellsAndSubRows()
    {
        var t = Tables(
            "表2 “十三五”规划主要指标完成情况",
            "类别\t序号\t指标\t\t单位\t2020年规划目标\t2020年实际完成\t完成情况",
            "经济\t1\t地区生产总值\t\t亿元\t800\t760\t未完成",
            "\t2\t社会保险参保人数\t养老保险\t万人\t50\t55\t已完成",
            "\t\t\t医疗保险\t万人\t60\t62\t",
            "生态\t3\t森林覆盖率\t\t%\t58\t58.2\t已完成",
            "第二节 发展环境").Single();
        Assert.Equal(TableKind.Review, t.Schema.Kind);
        Assert.Equal(new[]
        {
            "经济|1|地区生产总值||亿元||800||760||未完成",
            "经济|2|养老保险|社会保险参保人数|万人||50||55||已完成",
            "经济|2|医疗保险|社会保险参保人数|万人||60||62||已完成",
            "生态|3|森林覆盖率||%||58||58.2||已完成",
        }, Rows(t));
    }

    [Fact]
    public void FlatTableWithWrappedCellsAndNoSequenceNumbers()
    {
        var t = Tables(
            "专栏 4 数字经济发展主要指标",
            "领域 指标名称 2020 年基期 2025 年目标",
            "数字",
            "产业",
            "数字经济核心产业增加值",
            "（亿元）",
            "800 1500",
            "软件业务收入（亿元） 300 600",
            "数字",
            "治理",
            "政务服务事项全程网办率（%） 85 不低于95",
            "第四章 保障措施").Single();
        Assert.Equal(new[]
        {
            "数字产业||数字经济核心产业增加值||亿元|800|1500||||",
            "数字产业||软件业务收入||亿元|300|600||||",
            "数字治理||政务服务事项全程网办率||%|85|不低于95||||",
        }, Rows(t));
    }

    [Fact]
    public void OneCellPerLineWithSpanningTargetCell()
    {
        var t = Tables(
            "专栏2 主要指标",
            "\t分类",
            "\t序号",
            "\t指标名称",
            "\t2020年",
            "\t2025年",
            "\t属性",
            "",
            "\t",
            "\t",
            "\t",
            "\t",
            "\t目标",
            "\t年均增长",
            "\t",
            "",
            "\t经济",
            "发展",
            "\t1",
            "\t地区生产总值（亿元）",
            "\t300",
            "\t450",
            "\t8%",
            "\t预期性",
            "",
            "\t",
            "\t2",
            "\t财政总收入（亿元）",
            "\t20",
            "\t年均增长8%以上",
            "\t预期性",
            "",
            "第三章 创新").Single();
        Assert.Equal(new[]
        {
            "经济发展|1|地区生产总值||亿元|300|450|8%||预期性|",
            "经济发展|2|财政总收入||亿元|20||年均增长8%以上||预期性|",
        }, Rows(t));
        var growth = t.Rows[1].Parsed!;
        Assert.Equal(TargetKind.Bound, growth.Kind);
        Assert.True(growth.Annual);
        Assert.Equal(8, growth.Min);
    }

    [Fact]
    public void TableWithoutCaption()
    {
        var t = Tables(
            "经济社会发展的主要指标见下表。",
            "指标\t单位\t2020年现状值\t2025年目标值\t属性",
            "地区生产总值\t亿元\t100\t150\t预期性",
            "人均预期寿命\t岁\t80\t81\t预期性",
            "第二章 创新").Single();
        Assert.Equal("", t.Region.Title);
        Assert.Equal(new[]
        {
            "||地区生产总值||亿元|100|150|||预期性|",
            "||人均预期寿命||岁|80|81|||预期性|",
        }, Rows(t));
    }

    [Fact]
    public void FlatReviewTableWithStatusColumnAndNoAttribute()
    {
        var t = Tables(
            "专栏 1 “十三五”规划主要指标实现情况",
            "指标 单位 2015年 2020年规划目标 2020年实际值 实现情况",
            "1.地区生产总值 亿元 80 120 118 基本实现",
            "2.城镇登记失业率 % 3.5 4以内 3.2 实现",
            "注：按可比价计算。").Single();
        Assert.Equal(TableKind.Review, t.Schema.Kind);
        Assert.Equal(2015, t.Schema.BaseYear);
        Assert.Equal(new[]
        {
            "|1|地区生产总值||亿元|80|120||118||基本实现",
            "|2|城镇登记失业率||%|3.5|4以内||3.2||实现",
        }, Rows(t));
    }
}
