using System.Text;
using Lantu.Core;
using Lantu.Core.Indicators;
using Lantu.Core.Reading;
using Lantu.Tests.Indicators;

namespace Lantu.Tests.Reading;

/// <summary>A plan kept as Markdown: the first rows of sample plan 001's target table (泉州台商投资区) as a pipe table,
/// with the merged 分类 cell printed only in its first row, as Markdown cannot merge cells.</summary>
public class MarkdownTests
{
    private const string Plan = """
        # “十四五”时期经济社会发展主要目标

        ## 第二节 主要目标

        **“十四五”时期经济社会发展主要目标**

        | 分类 | 序号 | 指标 | 单位 | 2020年实绩 | 2025年目标 | 年均增长（%）[累计] | 属性 |
        |:---:|:---:|---|:---:|---:|---:|---:|:---:|
        | 经济发展 | 1 | 地区生产总值 | 亿元 | 307.51 | 440 | 6.5 | 预期性 |
        |  | 2 | 人均地区生产总值 | 万元 | 11.6 | 16.7 | 5.9 | 预期性 |
        |  | 3 | 规模以上工业增加值 | 亿元 | — | 240 | 6.0 | 预期性 |
        |  | 8 | 实际利用外资（五年累计） | 亿美元 | 2.8 | 3 | — | 预期性 |
        | 创新转型 | 11 | R&D经费投入占GDP比重 | % | 1.69 | 2 | 3.4 | 预期性 |
        |  | 18 | 第三产业占GDP比重 | % | 26.4 | 30 | \[3.6\] | 预期性 |

        ## 第三节 发展路径
        - 坚持创新驱动。
        """;

    [Fact]
    public void A_pipe_table_is_read_as_a_table_and_heading_marks_are_dropped()
    {
        var doc = DocumentReader.Read(Encoding.UTF8.GetBytes(Plan), "plan.md");
        Assert.Equal("markdown", doc.Format);
        Assert.Equal("“十四五”时期经济社会发展主要目标", doc.Lines[0]);
        Assert.Contains("第二节 主要目标", doc.Lines);
        Assert.Contains("分类\t序号\t指标\t单位\t2020年实绩\t2025年目标\t年均增长（%）[累计]\t属性", doc.Lines);
        Assert.Contains("\t2\t人均地区生产总值\t万元\t11.6\t16.7\t5.9\t预期性", doc.Lines);
        Assert.DoesNotContain(doc.Lines, l => l.Contains('|') || l.Contains("---") || l.StartsWith('#') || l.Contains("**"));
        Assert.Equal("坚持创新驱动。", doc.Lines[^1]);
    }

    [Fact]
    public void The_rows_are_those_of_the_sample_table()
    {
        var rows = PlanParser.Parse(DocumentReader.Read(Encoding.UTF8.GetBytes(Plan), "plan.md")).Indicators
            .Where(r => r.Source == RowSource.Table).Select(r => r.ToString().Replace(" ", "")).ToList();
        var expected = ExpectedRows.All[("001", 571)].Select(r => r.Replace(" ", ""))
            .Where(r => r.Split('|')[1] is "1" or "2" or "3" or "8" or "11" or "18");
        Assert.Equal(expected, rows);
    }

    [Fact]
    public void Text_without_markdown_is_left_as_it_is()
    {
        var text = "泉州台商投资区“十四五”规划\n| 这一行有竖线 |\n第一章 发展环境\n";
        var doc = DocumentReader.Read(Encoding.UTF8.GetBytes(text), "plan.md");
        Assert.Equal(("text", "| 这一行有竖线 |"), (doc.Format, doc.Lines[1]));
    }
}
