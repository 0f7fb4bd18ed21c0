using Lantu.Core.Model;
using Lantu.Core.Structure;

namespace Lantu.Tests.Structure;

public class OutlineTests
{
    private static List<string> Headings(StructuredPlan plan, params string[] kinds) =>
        plan.AllNodes().Where(n => kinds.Contains(n.Kind) && !n.Inferred)
            .Select(n => (n.Number + n.Title).Replace(" ", "")).ToList();

    [Fact]
    public void Xiamen_has_every_chapter_and_section_in_order()
    {
        var plan = Samples.Parsed("000");
        Assert.Equal(ExpectedHeadings.Xiamen, Headings(plan, NumberingStyle.Chapter, NumberingStyle.Section));
        Assert.Equal(16, plan.Outline.Count(n => n.Kind == NumberingStyle.Chapter));
    }

    [Fact]
    public void Fuzhou_outline_ignores_the_table_of_contents()
    {
        var plan = Samples.Parsed("002");
        Assert.Equal(ExpectedHeadings.Fuzhou, Headings(plan, NumberingStyle.Chapter, NumberingStyle.Section));
        var first = plan.Outline.Single(n => n.Kind == NumberingStyle.Chapter && n.Ordinal == 1);
        Assert.Equal(106, first.LineStart); // the body heading, not the 目录 entry on line 26
    }

    [Fact]
    public void Digital_xiamen_has_every_chapter_and_section()
    {
        var plan = Samples.Parsed("004");
        Assert.Equal(ExpectedHeadings.DigitalXiamen, Headings(plan, NumberingStyle.Chapter, NumberingStyle.Section));
        Assert.Equal(NumberingStyle.Preface, plan.Outline[0].Kind);
    }

    [Fact]
    public void Taiwan_zone_has_every_cn_enum_and_paren_heading_with_wrapped_titles_joined()
    {
        var plan = Samples.Parsed("001");
        Assert.Equal(ExpectedHeadings.TaiwanZone, Headings(plan, NumberingStyle.CnEnum, NumberingStyle.CnParen));
        Assert.All(plan.Outline, n => Assert.Equal(NumberingStyle.CnEnum, n.Kind)); // top level is 一、 when a plan has no 章
        Assert.Equal(14, plan.Outline.Count);
    }

    [Fact]
    public void Licheng_keeps_every_chapter_and_infers_the_one_whose_heading_was_lost()
    {
        var plan = Samples.Parsed("003");
        var chapters = plan.Outline.Where(n => n.Kind == NumberingStyle.Chapter).ToList();
        Assert.Equal(ExpectedHeadings.Licheng, chapters.Where(c => !c.Inferred).Select(c => (c.Number + c.Title).Replace(" ", "")));
        var last = chapters[^1];
        Assert.True(last.Inferred);
        Assert.Equal("第十二章", last.Number);
        Assert.Equal("完善党和国家监督体系", Assert.Single(last.Children).Title);
        // 第十一章 keeps its own four sections, not the stray 第四节.
        Assert.Equal(4, chapters[10].Children.Count(c => c.Kind == NumberingStyle.Section));
    }

    [Fact]
    public void Numbered_paragraphs_are_not_headings()
    {
        Assert.Null(HeadingRecognizer.Recognize("1.突出创新引领、落实赶超，速度更快。2020 年实现地区生产总值 440 亿元。"));
        Assert.Null(HeadingRecognizer.Recognize("1.地区生产总值 亿元 5200 8.5 6384 7.3 预期性"));
        Assert.Null(HeadingRecognizer.Recognize("二、"));
        Assert.Equal(NumberingStyle.CnParen, HeadingRecognizer.Recognize("（一）构建区域科技创新体系")!.Style);
        Assert.Equal(NumberingStyle.ArabicDot, HeadingRecognizer.Recognize("1.加强规划衔接")!.Style);
        Assert.Equal(NumberingStyle.Circled, HeadingRecognizer.Recognize("①数字政府")!.Style);
        Assert.Equal(NumberingStyle.ArabicParen, HeadingRecognizer.Recognize("(2)智慧交通")!.Style);
    }

    [Fact]
    public void Headings_carry_line_spans_that_contain_their_children()
    {
        foreach (var prefix in new[] { "000", "001", "002", "003", "004" })
            foreach (var node in Samples.Parsed(prefix).AllNodes())
            {
                Assert.True(node.LineStart <= node.LineEnd, $"{prefix} {node.Number}");
                foreach (var child in node.Children)
                    Assert.InRange(child.LineStart, node.LineStart, node.LineEnd);
            }
    }

    [Fact]
    public void Section_text_is_rebuilt_from_wrapped_lines()
    {
        var plan = Samples.Parsed("000");
        var firstSection = plan.Outline[0].Children[0];
        Assert.Equal("发展基础", firstSection.Title);
        // Lines 27 and 29 of the PDF text are one sentence broken by the wrap.
        Assert.Contains("面对错综复杂的国际形势、艰巨繁重的国内改革发展稳定任务特别是新冠肺炎疫情严重冲击", firstSection.Text);
    }
}
