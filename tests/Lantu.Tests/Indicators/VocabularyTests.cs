using Lantu.Core;
using Lantu.Core.Indicators;
using Lantu.Core.Model;
using Lantu.Core.Normalization;

namespace Lantu.Tests.Indicators;

/// <summary>
/// Issue 13 item 4: column vocabularies beyond the samples. Rows are real plan content: the national 14th
/// five-year plan's 表1 and the targets of 《2030年前碳达峰行动方案》, and rows of the Fuzhou sample; the
/// header shapes are those the issue lists (two target years, years in brackets, attribute before the values, a
/// single target column, a 进展评价 column, units inside value cells or nested in the name, footnote marks,
/// bracketed base values explained by a note, adjacent five-year totals, full-width symbols).
/// </summary>
public class VocabularyTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private static IReadOnlyList<IndicatorTable> Tables(params string[] lines) =>
        IndicatorExtractor.ExtractTables(Normalizer.Normalize(new SourceDocument("t.txt", "text", "utf-8", lines)));

    /// <summary>Logs rows and cells right (the figures of docs/ACCURACY.md), then lists every differing cell.</summary>
    private void Check(IndicatorTable t, string[] expected, [System.Runtime.CompilerServices.CallerMemberName] string test = "")
    {
        var (exact, right, cells) = WebCopyTests.Score(t, expected);
        output.WriteLine($"{test}: rows {exact}/{expected.Length}, cells {right}/{cells}, extracted {t.Rows.Count}");
        SamplePlans.AssertRows(t, expected);
    }

    [Fact]
    public void Two_target_years_with_the_year_in_brackets_keep_every_target()
    {
        var t = Tables(
            "表2 碳达峰主要目标",
            "指标\t单位\t现状值（2020年）\t目标值（2025年）\t目标值（2030年）",
            "非化石能源消费比重\t%\t15.9\t20左右\t25左右",
            "森林覆盖率\t%\t23.04\t24.1\t25左右",
            "森林蓄积量\t亿立方米\t175\t180\t190",
            "风电、太阳能发电总装机容量\t亿千瓦\t5.3\t—\t12以上",
            "第三章 重点任务").Single();
        Check(t, new[]
        {
            "||非化石能源消费比重||%|15.9|20左右||||",
            "||森林覆盖率||%|23.04|24.1||||",
            "||森林蓄积量||亿立方米|175|180||||",
            "||风电、太阳能发电总装机容量||亿千瓦|5.3|—||||",
        });
        Assert.Equal(2020, t.Schema.BaseYear);
        Assert.Equal(2025, t.Schema.TargetYear);
        Assert.Equal(new Dictionary<int, string> { [2025] = "20左右", [2030] = "25左右" }, t.Rows[0].Targets);
        Assert.Equal(new Dictionary<int, string> { [2025] = "—", [2030] = "12以上" }, t.Rows[3].Targets);
        Assert.Null(t.Rows[0].Extra);
    }

    [Fact]
    public void Three_year_columns_are_a_base_and_two_targets()
    {
        var t = Tables(
            "表1 “十四五”时期经济社会发展主要指标",
            "类别\t指标\t2020年\t2025年\t2035年\t属性",
            "创新驱动\t每万人口高价值发明专利拥有量（件）\t6.3\t12\t—\t预期性",
            "\t数字经济核心产业增加值占GDP比重（%）\t7.8\t10\t—\t预期性",
            "绿色生态\t森林覆盖率（%）\t23.2\t24.1\t25左右\t约束性",
            "第二篇 坚持创新驱动发展").Single();
        Check(t, new[]
        {
            "创新驱动||每万人口高价值发明专利拥有量||件|6.3|12|||预期性|",
            "创新驱动||数字经济核心产业增加值占GDP比重||%|7.8|10|||预期性|",
            "绿色生态||森林覆盖率||%|23.2|24.1|||约束性|",
        });
        Assert.Equal(2020, t.Schema.BaseYear);
        Assert.Equal(2025, t.Schema.TargetYear);
        Assert.Equal("25左右", t.Rows[2].Targets![2035]);
    }

    [Fact]
    public void Attribute_before_a_single_target_column_in_copied_web_text()
    {
        var t = Tables(
            "专栏1 “十四五”主要指标",
            "序号", "指标名称", "指标", "属性", "单位", "2025年", "目标值",
            "1", "每万人口高价值发明专利拥有量", "预期性", "件", "12",
            "2", "数字经济核心产业增加值占GDP比重", "预期性", "%", "10",
            "3", "地级及以上城市空气质量优良天数比率", "约束性", "%", "87.5",
            "4", "粮食综合生产能力", "约束性", "亿吨", "＞6.5",
            "注：粮食综合生产能力为全国目标。").Single();
        Check(t, new[]
        {
            "|1|每万人口高价值发明专利拥有量||件||12|||预期性|",
            "|2|数字经济核心产业增加值占GDP比重||%||10|||预期性|",
            "|3|地级及以上城市空气质量优良天数比率||%||87.5|||约束性|",
            "|4|粮食综合生产能力||亿吨||＞6.5|||约束性|",
        });
        Assert.Equal(TableShape.CellLines, t.Region.Shape);
        Assert.Equal(2025, t.Schema.TargetYear);
        Assert.Equal(TargetKind.Bound, t.Rows[3].Parsed!.Kind);
        Assert.Equal(6.5, t.Rows[3].Parsed!.Value ?? t.Rows[3].Parsed!.Min);
    }

    [Fact]
    public void Review_table_with_a_progress_column()
    {
        var t = Tables(
            "表1 “十三五”规划主要指标完成情况",
            "指标\t单位\t2020年目标\t2020年完成\t进展评价",
            "地区生产总值\t亿元\t9000\t10020.02\t完成",
            "外贸出口额\t亿元\t1400\t1786.5\t完成",
            "全员劳动生产率\t%\t38.9\t15.6(统计口径变化)\t统计口径调整",
            "第二节 发展环境").Single();
        Check(t, new[]
        {
            "||地区生产总值||亿元||9000||10020.02||完成",
            "||外贸出口额||亿元||1400||1786.5||完成",
            "||全员劳动生产率||%||38.9||15.6(统计口径变化)||统计口径调整",
        });
        Assert.Equal(TableKind.Review, t.Schema.Kind);
    }

    [Fact]
    public void Units_in_value_cells_and_nested_in_the_name_footnote_marks_and_full_width_symbols()
    {
        var t = Tables(
            "表3 “十四五”城市建设主要指标",
            "序号\t指标\t2020年\t2025年\t年均/累计\t属性",
            "1\t城市建成区面积\t56.3平方公里\t65平方公里\t〔8.7〕\t预期性",
            "2\t城市轨道交通运营里程\t15km\t45km\t〔30〕\t预期性",
            "3\t棚户区改造（万户（套））\t2.1\t—\t〔4〕\t约束性",
            "4\t常住人口城镇化率（%）\t（60.6）\t65\t—\t预期性",
            "5\t地级及以上城市空气质量优良天数比率（％）\t87\t≥87.5\t—\t约束性",
            "6\t城市生活垃圾资源化利用率（%）\t50\t60%2\t—\t预期性",
            "注：1.（）内为2019年数据。2.为2023年目标。").Single();
        Check(t, new[]
        {
            "|1|城市建成区面积||平方公里|56.3平方公里|65平方公里|〔8.7〕||预期性|",
            "|2|城市轨道交通运营里程||km|15km|45km|〔30〕||预期性|",
            "|3|棚户区改造||万户（套）|2.1|—|〔4〕||约束性|",
            "|4|常住人口城镇化率||%|（60.6）|65|—||预期性|",
            "|5|地级及以上城市空气质量优良天数比率||%|87|≥87.5|—||约束性|",
            "|6|城市生活垃圾资源化利用率||%|50|60%2|—||预期性|",
        });
        Assert.Equal(65, t.Rows[0].Parsed!.Value);
        Assert.Equal("平方公里", t.Rows[0].Parsed!.Unit);
        Assert.Equal(45, t.Rows[1].Parsed!.Value);
        Assert.Equal(2019, t.Rows[3].BaseYear);
        Assert.Equal(2020, t.Rows[2].BaseYear);
        Assert.Equal(TargetKind.Bound, t.Rows[4].Parsed!.Kind);
        Assert.Equal(87.5, t.Rows[4].Parsed!.Min ?? t.Rows[4].Parsed!.Value);
        Assert.Equal(60, t.Rows[5].Parsed!.Value);
        Assert.Equal("%", t.Rows[5].Parsed!.Unit);
    }

    [Fact]
    public void Adjacent_five_year_totals_stay_two_cells_in_flat_text()
    {
        var t = Tables(
            "专栏 1 “十三五”规划主要指标完成情况",
            "指标 单位 2015年 2020年目标 2020年完成 属性",
            "1.城镇新增就业人数 万人 〔6431〕 〔5000〕 〔6564〕 预期性",
            "2.单位GDP能源消耗降低 % 〔18.4〕 〔15〕 〔13.2〕 约束性",
            "注：〔〕内为五年累计数。").Single();
        Check(t, new[]
        {
            "|1|城镇新增就业人数||万人|〔6431〕|〔5000〕||〔6564〕|预期性|",
            "|2|单位GDP能源消耗降低||%|〔18.4〕|〔15〕||〔13.2〕|约束性|",
        });
    }

    [Fact]
    public void A_plan_without_an_indicator_table_yields_no_table_rows()
    {
        var lines = new[]
        {
            "厦门市“十四五”数字经济发展规划",
            "第一章 发展基础",
            "“十三五”期间，全市数字经济规模持续扩大，2020年数字经济增加值占地区生产总值比重达到45%。",
            "第二章 发展目标",
            "到2025年，数字经济核心产业增加值占地区生产总值比重达到15%左右，5G基站累计建成1.5万个。",
            "专栏1 重点项目",
            "1.新型基础设施工程。建设5G基站和千兆光网，推进数据中心集约化布局。",
            "2.工业互联网平台。培育3个以上跨行业平台。",
        };
        var doc = Normalizer.Normalize(new SourceDocument("t.txt", "text", "utf-8", lines));
        Assert.Empty(IndicatorExtractor.ExtractTables(doc));
        var rows = IndicatorExtractor.Extract(doc, PlanParser.Parse(doc));
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(RowSource.Text, r.Source));
        Assert.Contains(rows, r => r.Target is { } target && target.Contains("15%"));
    }
}
