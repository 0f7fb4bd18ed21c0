using Lantu.Core;
using Lantu.Core.Indicators;
using Lantu.Core.Model;
using Lantu.Core.Normalization;
using Xunit.Abstractions;

namespace Lantu.Tests.Indicators;

/// <summary>
/// Shapes of the development corpus's session-4 documents (issue 13), on their real text: c17 (民政事业发展第十二个五年规划,
/// its review of 十一五 reposted as the first thing on a page) as a saved page's rows, as a copy with a bar line after
/// every cell and as LibreOffice's text export; c18 (全国农业现代化规划, 专栏1 in traditional script, one indented cell
/// per line); c19 (越城区's 十三五 review with its table number on a line of its own).
/// </summary>
public class ReviewAndSubRowShapeTests
{
    private static IReadOnlyList<IndicatorTable> Tables(params string[] lines) =>
        IndicatorExtractor.ExtractTables(Normalizer.Normalize(new SourceDocument("t.txt", "text", "utf-8", lines)));

    /// <summary>The header of c17's second table (十二五 targets), cut after its header as the page is.</summary>
    private static readonly string[] NextPlanHeader = ["", "主要项目和指标\t2010年\t2015年 目标值\t年均增长(%)"];

    [Fact]
    public void A_page_opening_with_its_table_reads_the_name_column_主要项目和指标()
    {
        var t = Tables([
            "序号\t主要项目和指标\t\t2005年\t2010年\t年均增长(%)",
            "1\t民政事业费支出(亿元)\t\t718.4\t2697.5\t30.29",
            "2\t社会组织数(万个)\t\t32.0\t44.6\t6.87",
            .. NextPlanHeader]).Single();
        Assert.Equal(1, t.Region.HeaderStart);
        Assert.Equal([ColumnRole.Seq, ColumnRole.Name, ColumnRole.SubName], t.Schema.Columns.Take(3).Select(c => c.Role));
        Assert.Equal("|1|民政事业费支出||亿元|718.4||30.29|2697.5||", SamplePlans.Line(t.Rows[0]));
    }

    [Fact]
    public void Years_before_a_later_tables_target_make_a_review_the_latest_year_reached_and_a_bracketed_total_actual()
    {
        var t = Tables([
            "序号\t主要项目和指标\t\t2005年\t2010年\t年均增长(%)",
            "9\t救助受灾群众(亿人次)\t\t[4.5 ]\t\t",
            "13\t救灾物资储备库(个)\t\t232\t455\t14.42",
            "注:[ ]内为五年累计数。\t\t\t\t\t",
            .. NextPlanHeader]).Single();
        Assert.Equal(TableKind.Review, t.Schema.Kind);
        Assert.Equal([ColumnRole.Base, ColumnRole.Actual, ColumnRole.Growth], t.Schema.Columns.Skip(3).Select(c => c.Role));
        SamplePlans.AssertRows(t, ["|9|救助受灾群众||亿人次||||[4.5 ]||", "|13|救灾物资储备库||个|232||14.42|455||"]); // the note is no row
    }

    [Fact]
    public void Without_a_later_table_the_same_years_stay_base_and_target()
    {
        var t = Tables("序号\t主要项目和指标\t\t2005年\t2010年\t年均增长(%)", "13\t救灾物资储备库(个)\t\t232\t455\t14.42").Single();
        Assert.Equal(TableKind.Target, t.Schema.Kind);
        Assert.Equal("|13|救灾物资储备库||个|232|455|14.42|||", SamplePlans.Line(t.Rows[0]));
    }

    [Fact]
    public void The_plans_period_makes_a_table_of_earlier_years_a_review()
    {
        var doc = Normalizer.Normalize(new SourceDocument("t.txt", "text", "utf-8", [
            "民政事业发展第十二个五年规划（2011—2015年）", "",
            "一、“十一五”时期民政事业发展成就", "",
            "专栏1 “十一五”民政事业发展主要指标",
            "序号\t主要项目和指标\t\t2005年\t2010年\t年均增长(%)",
            "13\t救灾物资储备库(个)\t\t232\t455\t14.42",
            "", "二、指导思想"]));
        Assert.Equal(TableKind.Target, IndicatorExtractor.ExtractTables(doc).Single().Schema.Kind); // the text alone does not tell
        var plan = PlanParser.Parse(doc);
        Assert.Equal(2011, plan.Metadata.PeriodStart);
        var row = Assert.Single(plan.Indicators, r => r.Source == RowSource.Table);
        Assert.Equal(TableKind.Review, row.TableKind);
        Assert.Equal("|13|救灾物资储备库||个|232||14.42|455||", row.ToString());
    }

    [Fact]
    public void A_spanning_name_gets_its_own_row_with_its_unit_and_its_sub_rows_the_unit()
    {
        var t = Tables([
            "序号\t主要项目和指标\t\t2005年\t2010年\t年均增长(%)",
            "14\t最低生活保障 人数(万人)\t城市\t2234.2\t2310.5\t0.67",
            "\t\t农村\t825.0\t5214.0\t44.59",
            "15\t最低生活保障平均标准 (元/人、月)\t城市\t156.0\t251.2\t10.00",
            "\t\t农村\t—\t117.0\t—",
            "20\t婚姻\t结婚登记(万对)\t823.1\t1241.0\t8.56",
            .. NextPlanHeader]).Single();
        SamplePlans.AssertRows(t, [
            "|14|最低生活保障人数||万人||||||",
            "|14|城市|最低生活保障人数|万人|2234.2||0.67|2310.5||",
            "|14|农村|最低生活保障人数|万人|825.0||44.59|5214.0||",
            "|15|最低生活保障平均标准||元/人、月||||||",
            "|15|城市|最低生活保障平均标准|元/人、月|156.0||10.00|251.2||",
            "|15|农村|最低生活保障平均标准|元/人、月|—||—|117.0||",
            // 婚姻 prints no unit, in a table whose units are all in the names: a group row without values (000's row 20).
            "|20|婚姻||||||||",
            "|20|结婚登记|婚姻|万对|823.1||8.56|1241.0||",
        ]);
    }

    [Fact]
    public void Markdown_cells_part_their_lines_at_br()
    {
        var t = Tables([
            "序号\t主要项目和指标\t\t2005年\t2010年\t年均增长(%)",
            "8\t福利彩票销售额(亿元)<br>其中:筹集彩票公益金(亿元)\t\t411.2<br>143.7\t968.0<br>297.1\t18.68<br>15.64",
            "14\t最低生活保障<br>人数(万人)\t城市\t2234.2\t2310.5\t0.67",
            .. NextPlanHeader]).Single();
        SamplePlans.AssertRows(t, [
            "|8|福利彩票销售额||亿元|411.2||18.68|968.0||",
            "|8|筹集彩票公益金|福利彩票销售额|亿元|143.7||15.64|297.1||",
            "|14|最低生活保障人数||万人||||||",
            "|14|城市|最低生活保障人数|万人|2234.2||0.67|2310.5||",
        ]);
    }

    [Fact]
    public void A_copy_with_a_bar_line_after_every_cell_reads_bars_as_rules_and_longer_runs_as_row_ends()
    {
        var t = Tables(
            "序号", "|", "主要项目和指标", "|", "2005年", "|", "2010年", "|", "年均增长(%)", "|", "||",
            "1", "|", "民政事业费支出(亿元)", "|", "718.4", "|", "2697.5", "|", "30.29", "|", "||",
            "5", "|", "收养性社会服务机构床位数(万张)", "其中:养老机构床位数(万张)", "儿童福利院床位数(万张)", "|",
            "170.3", "154.3", "3.2", "|", "349.6", "320.8", "5.0", "|", "15.47", "15.3", "9.34", "|", "||",
            "9", "|", "救助受灾群众(亿人次)", "|", "[4.5 ]", "|", "||||",
            "14", "|", "最低生活保障", "人数(万人)", "|", "城市", "|", "2234.2", "|", "2310.5", "|", "0.67", "|", "|",
            "农村", "|", "825.0", "|", "5214.0", "|", "44.59", "|", "|||",
            "注:[ ]内为五年累计数。", "|",
            "主要项目和指标", "|", "2010年", "|", "2015年", "目标值", "|", "年均增长(%)").First();
        SamplePlans.AssertRows(t, [
            "|1|民政事业费支出||亿元|718.4||30.29|2697.5||",
            "|5|收养性社会服务机构床位数||万张|170.3||15.47|349.6||",
            "|5|养老机构床位数|收养性社会服务机构床位数|万张|154.3||15.3|320.8||",
            "|5|儿童福利院床位数|收养性社会服务机构床位数|万张|3.2||9.34|5.0||",
            "|9|救助受灾群众||亿人次||||[4.5 ]||",
            "|14|最低生活保障人数||万人||||||",
            "|14|城市|最低生活保障人数|万人|2234.2||0.67|2310.5||",
            "|14|农村|最低生活保障人数|万人|825.0||44.59|5214.0||",
        ]);
    }

    [Fact]
    public void A_text_export_joins_a_name_over_two_lines_and_stops_at_the_site_footer()
    {
        var tables = Tables(
            "首页 | 新闻中心 | 新闻动态", "当前位置:首页 > 新闻中心 > 新闻动态",
            "序号", "主要项目和指标", "2005年", "2010年", "年均增长(%)",
            "15", "最低生活保障平均标准", "(元/人、月)", "城市", "156.0", "251.2", "10.00", "", "", "农村", "—", "117.0", "—",
            "21", "救助流浪乞讨人员(万人)", "其中:救助流浪未成年人(万人)", "[781.3]", "[73.6]",
            "注:[ ]内为五年累计数。",
            "主要项目和指标", "2010年", "2015年", "目标值", "年均增长(%)",
            "版权所有 | 联系我们");
        SamplePlans.AssertRows(tables[0], [
            "|15|最低生活保障平均标准||元/人、月||||||",
            "|15|城市|最低生活保障平均标准|元/人、月|156.0||10.00|251.2||",
            "|15|农村|最低生活保障平均标准|元/人、月|—||—|117.0||",
            "|21|救助流浪乞讨人员||万人||||[781.3]||",
            "|21|救助流浪未成年人|救助流浪乞讨人员|万人||||[73.6]||",
        ]);
        Assert.Single(tables); // the footer is no row of the cut second table
    }

    [Fact]
    public void Traditional_script_cells_indented_one_per_line_with_header_cells_wrapped_over_two_lines()
    {
        var t = Tables(
            "    專欄1 “十三五”農(nóng)業(yè)現(xiàn)代化主要指標(biāo)", "",
            "    類別", "", "    指  標(biāo)", "", "    2015", "    基期值", "", "    2020", "    目標(biāo)值", "",
            "    年均增速", "    〔累計〕", "", "    指標(biāo)屬性", "",
            "    糧食供給保障", "", "    糧食(谷物)綜合生產(chǎn)能力(億噸)", "", "    5", "", "    5.5", "", "    0.5", "", "    約束性", "",
            "    小麥稻谷自給率(%", "", "    100", "", "    100", "", "    -", "", "    約束性", "").Single();
        Assert.Equal(TableShape.CellLines, t.Region.Shape);
        SamplePlans.AssertRows(t, [
            "粮食供给保障||粮食(谷物)综合生产能力||亿吨|5|5.5|0.5||约束性|",
            "粮食供给保障||小麦稻谷自给率||%|100|100|-||约束性|", // 100 after a name is a figure, not a row number
        ]);
    }

    [Fact]
    public void Header_cells_wrapped_without_blank_lines_join_a_bare_year_and_its_value_word_only()
    {
        var t = Tables(
            "专栏1 “十三五”农业现代化主要指标", "类别", "指 标", "2015", "基期值", "2020", "目标值", "年均增速", "〔累计〕", "指标属性",
            "粮食供给保障", "粮食(谷物)综合生产能力(亿吨)", "5", "5.5", "0.5", "约束性").Single();
        Assert.Equal(["类别", "指标", "2015基期值", "2020目标值", "年均增速〔累计〕", "指标属性"], t.Schema.Columns.Select(c => c.Label));
        Assert.Equal("粮食供给保障||粮食(谷物)综合生产能力||亿吨|5|5.5|0.5||约束性|", SamplePlans.Line(t.Rows[0]));
    }

    [Fact]
    public void A_table_number_between_caption_and_header_belongs_to_the_caption()
    {
        var t = Tables(
            "“十三五”规划主要指标完成情况", "", "表1", "",
            "序号\t指标名称\t2020 年目标值\t2020 年预计值\t完成情况",
            "1\t全区生产总值(亿元)\t1000\t1008.5\t完成",
            "2\t人均生产总值(元)\t130000\t130913\t完成").Single();
        Assert.Equal(5, t.Region.HeaderStart);
        SamplePlans.AssertRows(t, ["|1|全区生产总值||亿元||1000||1008.5||完成", "|2|人均生产总值||元||130000||130913||完成"]);
    }

    [Fact]
    public void Name_column_vocabulary_takes_indicator_and_item_headings_but_not_project_tables_or_prose()
    {
        Assert.Equal([LabelKind.Name], HeaderReader.Tokens("主要项目和指标").Select(t => t.Kind));
        Assert.True(HeaderReader.LooksLikeHeader("主要项目和指标"));
        Assert.Equal([LabelKind.Name], HeaderReader.Tokens("主要指标").Select(t => t.Kind));
        Assert.Equal([LabelKind.Name, LabelKind.Unit], HeaderReader.Tokens("项目 单位").Select(t => t.Kind));
        Assert.DoesNotContain(HeaderReader.Tokens("项目名称 建设内容 总投资"), t => t.Kind == LabelKind.Name);
        Assert.False(HeaderReader.LooksLikeHeader("主要项目和指标完成情况良好，民政事业费支出大幅增长"));
        Assert.Empty(Tables("重大项目", "序号\t项目名称\t建设内容\t总投资(亿元)\t2021-2025年投资", "1\t某某大桥\t新建大桥一座\t30\t25"));
    }

    [Fact]
    public void Units_per_person_and_month_and_a_bracket_left_open()
    {
        Assert.True(Units.IsUnit("元/人、月"));
        Assert.True(Units.IsUnit("万对"));
        Assert.Equal(("小麦稻谷自给率", "%"), Units.SplitNameUnit("小麦稻谷自给率(%"));
        Assert.Equal(("恢复重建因灾倒塌、损毁住房", "万间"), Units.SplitNameUnit("恢复重建因灾倒塌、损毁住房(万间)"));
    }
}

/// <summary>A layout the bar-line reader was not built on: c17's table (its saved page, read as the Word reader writes
/// tables) copied as web text in each layout of <see cref="WebCopyTests.WebText"/>, the second table's header after it,
/// must give the rows of the saved page.</summary>
public class CivilAffairsWebCopyTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(WebCopyTests.Layout.RowBlocks)]
    [InlineData(WebCopyTests.Layout.BlankAfterCell)]
    [InlineData(WebCopyTests.Layout.Continuous)]
    public void Civil_affairs_review_table_as_copied_web_text(WebCopyTests.Layout layout)
    {
        var page = Lantu.Core.Reading.DocumentReader.ReadFile(Path.Combine(SamplePlans.RepoRoot(), "tests", "Lantu.Tests", "Corpus", "documents", "c17-national-civil-affairs-12th.page.html"));
        var original = IndicatorExtractor.ExtractTables(Normalizer.Normalize(page)).Single();
        var tabbed = Enumerable.Range(original.Region.HeaderStart, original.Region.BodyEnd - original.Region.HeaderStart + 1)
            .Select(page.Line).Where(l => l.Contains('\t')).ToList();
        var copied = WebCopyTests.WebText(tabbed, layout);
        copied.AddRange(["注:[ ]内为五年累计数。", "", "主要项目和指标", "2010年", "2015年目标值", "年均增长(%)"]);
        var table = IndicatorExtractor.ExtractTables(Normalizer.Normalize(new SourceDocument("c.txt", "text", "utf-8", copied))).FirstOrDefault();
        var expected = original.Rows.Select(r => r.ToString()).ToArray();
        var (exact, right, cells) = WebCopyTests.Score(table, expected);
        output.WriteLine($"c17 {layout}: rows {exact}/{expected.Length}, cells {right}/{cells}");
        Assert.NotNull(table);
        Assert.Equal(expected, table.Rows.Select(r => r.ToString()));
    }
}

/// <summary>The bar-line layout (<c>BarSeparatedCells</c>) on tables it was not built on: the national 14th plan's
/// 表1 (tests/Lantu.Tests/Fixtures) and sample 002's review table printed as c17's page prints its table — each cell's
/// lines then a lone "|", a row's end as a run of bars, one more per cell the row lacks — must give the rows of the
/// tab-separated original.</summary>
public class BarLineCopyTests(ITestOutputHelper output)
{
    /// <summary>Tabbed rows printed as the bar-line copy: empty cells are not printed, the row ends with "||" and a bar
    /// more for each cell it lacks against the widest row; a header repeated after a Word page break is left out (a web
    /// page has none).</summary>
    public static List<string> BarText(List<string> tabbedRows)
    {
        var lines = new List<string>();
        var seenHeader = new HashSet<string>();
        var rows = tabbedRows.Where(r => !HeaderReader.LooksLikeHeader(r.Replace('\t', ' ')) || seenHeader.Add(HeaderReader.Compact(r)))
            .Select(r => r.Split('\t').Select(c => c.Trim()).Where(c => c.Length > 0).ToList()).Where(r => r.Count > 0).ToList();
        int width = rows.Max(r => r.Count);
        foreach (var cells in rows)
        {
            foreach (var cell in cells) { lines.Add(cell); lines.Add("|"); }
            lines.Add(new string('|', 2 + width - cells.Count));
        }
        return lines;
    }

    [Fact]
    public void National_table_as_a_bar_line_copy()
    {
        var lines = File.ReadAllLines(Path.Combine(SamplePlans.RepoRoot(), "tests", "Lantu.Tests", "Fixtures", "national-14th-excerpt.txt")).ToList();
        Compare("national 表1", lines);
    }

    /// <summary>Sample 002's review table has empty cells inside rows, which this copy does not print, so the cells
    /// after them cannot all be placed; the rows themselves — number, name, parent, unit — must still come out one for
    /// one (but the last four, whose parent cell a Word page break split, see <see cref="WebCopyTests"/>).</summary>
    [Fact]
    public void Fuzhou_review_table_as_a_bar_line_copy_keeps_every_row()
    {
        var lines = SamplePlans.Load("002").Doc.Source.Lines.ToList();
        var (original, table) = Copy(lines, t => t.Region.Title.StartsWith("表1", StringComparison.Ordinal));
        static string Key(IndicatorRow r) => $"{r.Seq}|{r.Name}|{r.Parent}|{r.Unit}";
        Assert.Equal(original.Rows.Count, table.Rows.Count);
        Assert.Equal(original.Rows.SkipLast(4).Select(Key), table.Rows.SkipLast(4).Select(Key));
        output.WriteLine($"002 表1 bar lines: rows exactly right {WebCopyTests.Score(table, original.Rows.Select(r => r.ToString()).ToArray()).Exact}/{original.Rows.Count}");
    }

    private void Compare(string what, List<string> lines)
    {
        var (original, table) = Copy(lines, _ => true);
        var expected = original.Rows.Select(r => r.ToString()).ToArray();
        var (exact, right, cells) = WebCopyTests.Score(table, expected);
        output.WriteLine($"{what} bar lines: rows {exact}/{expected.Length}, cells {right}/{cells}");
        Assert.Equal(expected, table.Rows.Select(r => r.ToString()));
    }

    private static (IndicatorTable Original, IndicatorTable Copied) Copy(List<string> lines, Func<IndicatorTable, bool> pick)
    {
        var original = IndicatorExtractor.ExtractTables(Normalizer.Normalize(new SourceDocument("n.txt", "text", "utf-8", lines))).First(pick);
        var copied = new List<string>();
        for (int i = 1; i <= lines.Count; i++)
        {
            if (i < original.Region.HeaderStart || i > original.Region.BodyEnd) { copied.Add(lines[i - 1]); continue; }
            copied.AddRange(BarText(lines.Skip(original.Region.HeaderStart - 1).Take(original.Region.BodyEnd - original.Region.HeaderStart + 1).Where(l => l.Contains('\t')).ToList()));
            i = original.Region.BodyEnd;
        }
        var table = IndicatorExtractor.ExtractTables(Normalizer.Normalize(new SourceDocument("c.txt", "text", "utf-8", copied))).FirstOrDefault(t => t.Region.Title == original.Region.Title);
        Assert.NotNull(table);
        Assert.Equal(TableShape.CellLines, table.Region.Shape);
        return (original, table);
    }
}
