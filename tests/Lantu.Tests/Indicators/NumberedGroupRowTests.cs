using Lantu.Core.Model;
using Lantu.Core.Indicators;
using Lantu.Core.Normalization;
using Lantu.Core.Reading;

namespace Lantu.Tests.Indicators;

/// <summary>
/// A numbered group printed in a cell of its own beside its sub-items, without a unit or values (c17's 20 婚姻 over
/// 结婚登记(万对) / 离婚办理(万对); c02's 1。空气质量 and 2。水环境质量), in a table whose units are printed in the
/// names: the group gets a row of its own with no values before its sub-items, whose parent it is — the convention of
/// sample 000's row 20 (社会保险参保人数). In a table with a unit column the same cell is the first part of a
/// two-column name (sample 002's 11 城镇化率 | 户籍人口城镇化率 | %) and gets no row.
/// </summary>
public class NumberedGroupRowTests
{
    private static List<string> Rows(params string[] lines) =>
        IndicatorExtractor.ExtractTables(Normalizer.Normalize(new SourceDocument("t.txt", "text", "utf-8", lines)))
            .SelectMany(t => t.Rows).Select(SamplePlans.Line).ToList();

    private static List<string> CorpusRows(string file)
    {
        var path = Path.Combine(Samples.RepoRoot, "tests", "Lantu.Tests", "Corpus", "documents", file);
        return IndicatorExtractor.ExtractTables(Normalizer.Normalize(DocumentReader.ReadFile(path)))
            .SelectMany(t => t.Rows).Select(SamplePlans.Line).ToList();
    }

    /// <summary>The rows from the group's on, as many as expected.</summary>
    private static List<string> From(List<string> rows, string group, int count)
    {
        int i = rows.IndexOf(group);
        Assert.True(i >= 0, $"no group row {group} in:\n{string.Join("\n", rows)}");
        return rows.Skip(i).Take(count).ToList();
    }

    [Fact]
    public void A_group_in_a_copy_with_a_bar_line_after_every_cell_gets_its_row()
    {
        // c17 as copied from its page (lines 1–10 and 253–297 of the corpus document).
        var rows = Rows(
            "序号", "|", "主要项目和指标", "|", "2005年", "|", "2010年", "|", "年均增长(%)", "|", "||",
            "19", "|", "社区服务中心(个)", "|", "8479", "|", "12720", "|", "8.45", "|", "||",
            "20", "|", "婚姻", "|", "结婚登记(万对)", "|", "823.1", "|", "1241.0", "|", "8.56", "|", "|",
            "离婚办理(万对)", "|", "178.5", "|", "267.8", "|", "8.45", "|", "|||",
            "22", "|", "社会工作专业人才数(万人)", "|", "—", "|", "4.4", "|", "—", "|", "||",
            "注:[ ]内为五年累计数。", "|", "主要项目和指标", "|", "2010年", "|", "2015年", "目标值", "|", "年均增长(%)");
        Assert.Equal([
            "|19|社区服务中心||个|8479||8.45|12720||",
            "|20|婚姻||||||||",
            "|20|结婚登记|婚姻|万对|823.1||8.56|1241.0||",
            "|20|离婚办理|婚姻|万对|178.5||8.45|267.8||",
            "|22|社会工作专业人才数||万人|—||—|4.4||",
        ], rows);
    }

    [Theory]
    [InlineData("c17-national-civil-affairs-12th.copied.txt")]
    [InlineData("c17-national-civil-affairs-12th.page.html")]
    [InlineData("c17-national-civil-affairs-12th.lo.docx")]
    [InlineData("c17-national-civil-affairs-12th.lo.pdf")]
    [InlineData("c17-national-civil-affairs-12th.lo.txt")]
    [InlineData("c17-national-civil-affairs-12th.md")]
    public void The_group_comes_out_in_every_shape_of_the_page(string file)
    {
        Assert.Equal([
            "|20|婚姻||||||||",
            "|20|结婚登记|婚姻|万对|823.1||8.56|1241.0||",
            "|20|离婚办理|婚姻|万对|178.5||8.45|267.8||",
        ], From(CorpusRows(file), "|20|婚姻||||||||", 3));
    }

    [Theory]
    [InlineData("c02-national-eco-13th-forum.copied.txt")]
    [InlineData("c02-national-eco-13th-forum.page322.copied.txt")]
    [InlineData("c02-national-eco-13th-forum.mirror.copied.txt")]
    [InlineData("c02-national-eco-13th-forum.tid64649.copied.txt")]
    [InlineData("c02-national-eco-13th-forum.ordertype.copied.txt")]
    public void Groups_numbered_with_a_full_stop_in_a_forum_copy_get_their_rows_under_the_category(string file)
    {
        var rows = CorpusRows(file);
        Assert.Equal([
            "生态环境质量|1|空气质量||||||||",
            "生态环境质量|1|地级及以上城市空气质量优良天数比率|空气质量|%|76.7|>80|-||约束性|",
        ], From(rows, "生态环境质量|1|空气质量||||||||", 2));
        Assert.Equal([
            "生态环境质量|2|水环境质量||||||||",
            "生态环境质量|2|地表水质量达到或好于Ⅲ类水体比例|水环境质量|%|66|>70|-||约束性|",
        ], From(rows, "生态环境质量|2|水环境质量||||||||", 2));
        Assert.Equal(2, rows.Count(r => r.EndsWith("||||||||", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_spanning_name_beside_a_unit_column_stays_the_first_part_of_a_two_column_name()
    {
        // Sample 002's review table (lines 142–144, 154–155): 城镇化率 and its sub-names, each with its unit in the unit column.
        var rows = Rows(
            "表1 福州市“十三五”经济社会发展主要指标完成情况", "",
            "序号\t指标名称\t\t单位\t2015年\t规划目标\t\t完成情况\t\t指标属性",
            "\t\t\t\t\t2020年\t年均增长 [累计]\t2020年\t年均增长 [累计]\t",
            "11\t城镇化率\t户籍人口城镇化率\t%\t56.14\t58\t[1.86]\t58.1\t[1.96]\t约束性",
            "\t\t常住人口城镇化率\t%\t67.7\t75\t[7.3]\t71\t[3.3]\t预期性",
            "", "二、指导思想");
        Assert.Equal([
            "|11|户籍人口城镇化率|城镇化率|%|56.14|58|[1.86]|58.1|约束性|",
            "|11|常住人口城镇化率|城镇化率|%|67.7|75|[7.3]|71|预期性|",
        ], rows);
    }
}
