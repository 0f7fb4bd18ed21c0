using Lantu.Core.Indicators;
using Lantu.Core.Model;
using Lantu.Core.Normalization;

namespace Lantu.Tests.Indicators;

/// <summary>
/// Table shapes of plans as published (issue 13), on rows of the development corpus (c01 county education plan,
/// c08 上海 十四五 纲要, c16 national agricultural modernization plan): the plan's own growth column under a
/// spanning “十四五”目标, category rows, 其中 sub-items, footnote marks in names, cells closed by " |".
/// </summary>
public class PublishedShapeTests
{
    private static IReadOnlyList<IndicatorTable> Tables(params string[] lines) =>
        IndicatorExtractor.ExtractTables(Normalizer.Normalize(new SourceDocument("t.txt", "text", "utf-8", lines)));

    [Fact]
    public void The_plans_own_growth_column_is_growth_and_an_earlier_periods_is_extra()
    {
        var t = Tables(
            "表:上海市“十四五”规划《纲要》主要指标",
            "序号\t指标\t单位\t2025年\t“十四五”年均增长\t“十三五”年均增长\t属性",
            "1\t全市生产总值年均增长率\t%\t-\t5左右\t6.6\t预期性",
            "2\t全员劳动生产率\t万元/人\t36左右\t-\t-\t预期性",
            "第二章 发展环境").Single();
        Assert.Equal(ColumnRole.Growth, t.Schema.Columns[4].Role);
        Assert.Equal(ColumnRole.Extra, t.Schema.Columns[5].Role);
        Assert.Equal("5左右", t.Rows[0].Growth);
        Assert.Equal("6.6", Assert.Single(t.Rows[0].Extra!).Value);
        Assert.True(Units.IsUnit("人/亿元")); // 单位生产总值生产安全事故死亡率: deaths per 100 million yuan
    }

    [Fact]
    public void Category_rows_set_the_category_and_qizhong_items_become_sub_rows()
    {
        var t = Tables(
            "“十四五”教育事业发展主要指标表",
            "",
            "指 标\t2020年\t2025年\t属性",
            "一、发展水平\t \t\t",
            "1.学前教育毛入园率(%)\t99%\t99%以上\t约束性",
            "二、优质资源建设\t \t\t",
            "4.义务教育标准班额比例(%) 其中:小学 初中\t34.52% 77.34%\t80%以上 85%以上\t预期性",
            "三、师资发展水平\t \t\t",
            "1.幼儿教师专科及以上学历比例(%) 其中:本科及以上学历比例(%)\t97.74% 49.85%\t100% 50%\t预期性",
            "4.高中教师研究生学历(学位)比例(%)\t12.59%\t20%\t预期性",
            "5.学校数量(其中民办学校 占比)(所)\t120\t130\t预期性",
            "").Single();
        SamplePlans.AssertRows(t, new[]
        {
            "发展水平|1|学前教育毛入园率||%|99%|99%以上|||约束性|",
            "优质资源建设|4|义务教育标准班额比例||%|||||预期性|",
            "优质资源建设|4|小学|义务教育标准班额比例|%|34.52%|80%以上|||预期性|",
            "优质资源建设|4|初中|义务教育标准班额比例|%|77.34%|85%以上|||预期性|",
            "师资发展水平|1|幼儿教师专科及以上学历比例||%|97.74%|100%|||预期性|",
            "师资发展水平|1|本科及以上学历比例|幼儿教师专科及以上学历比例|%|49.85%|50%|||预期性|",
            "师资发展水平|4|高中教师研究生学历(学位)比例||%|12.59%|20%|||预期性|",
            "师资发展水平|5|学校数量(其中民办学校占比)||所|120|130|||预期性|", // 其中 inside the name's brackets
        });
    }

    [Fact]
    public void Footnote_marks_leave_names_when_the_notes_are_numbered_with_them()
    {
        var lines = new[]
        {
            "表:上海市“十四五”规划《纲要》主要指标",
            "序号\t指标\t单位\t属性\t2025年",
            "7\t每万人口高价值发明专利拥有量[1]\t件\t预期性\t30左右",
            "8\t数字经济增加值占全市生产总值比重[2]\t%\t预期性\t>60",
            "",
            "[1] 指每万人口居民拥有的经国家知识产权局授权且在有效期内的发明专利。",
        };
        var t = Tables(lines).Single();
        Assert.Equal(["每万人口高价值发明专利拥有量", "数字经济增加值占全市生产总值比重"], t.Rows.Select(r => r.Name));
        // Without numbered notes a bracket stays part of the name as printed.
        var bare = Tables(lines[..5]).Single();
        Assert.Equal("每万人口高价值发明专利拥有量[1]", bare.Rows[0].Name);
    }

    [Fact]
    public void Cells_closed_by_a_bar_without_caption_seq_or_attribute_are_a_table()
    {
        var t = Tables(
            "材料一:国务院印发的《“十四五”推进农业农村现代化规划》,其中“十四五”推进农业农村现代化主要指标,部分如下图所示:",
            "指标 |", "2020年基期值(起始日期用作比较的数据) |", "2025年目标值(各项目标应达到的水平) |", "年均增(5年累计) |",
            "粮食综合生产能力(亿吨) |", "一 |", ">6.5 |", "一 |",
            "农业科技进步贡献率(%) |", "60 |", "64 |", "[4] |",
            "乡镇(街道)范围具备综合功能 的养老服务机构覆盖率(%) |", "54 |", "60 |", "(9) |",
            "材料二:根据某省“十四五”规划,未来该省将持续聚焦枸杞、葡萄酒、绿色食品等重点产业,打造品牌影响力。").Single();
        SamplePlans.AssertRows(t, new[]
        {
            "||粮食综合生产能力||亿吨|一|>6.5|一|||",
            "||农业科技进步贡献率||%|60|64|[4]|||",
            "||乡镇(街道)范围具备综合功能的养老服务机构覆盖率||%|54|60|(9)|||",
        });
    }
}
