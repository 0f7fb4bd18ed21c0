using Lantu.Core;
using Lantu.Core.Model;

namespace Lantu.Tests.Structure;

/// <summary>Shapes the sample plans do not show but real plans do: parts (篇), PDF tables of contents with
/// ellipsis leaders, full-width digits, provincial and county plans.</summary>
public class OtherShapesTests
{
    private static StructuredPlan Parse(params string[] lines) =>
        PlanParser.Parse(new SourceDocument("t.txt", "text", "utf-8", lines));

    [Fact]
    public void Parts_chapters_and_sections_nest_and_an_ellipsis_toc_is_skipped()
    {
        var plan = Parse(
            "福建省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要",
            "目  录",
            "第一篇 开启全面建设社会主义现代化新征程……………………1",
            "第一章 发展环境……………………………………………………2",
            "第一篇 开启全面建设社会主义现代化新征程",
            "第一章 发展环境",
            "第一节 发展基础",
            "“十三五”时期，全省经济社会发展取得重大成就。",
            "第二节 机遇挑战",
            "当前和今后一个时期，我省发展仍然处于重要战略机遇期。",
            "第二篇 坚持创新驱动发展",
            "第二章 强化科技创新",
            "１．建设福厦泉国家自主创新示范区",
            "加快建设高水平创新平台。");
        Assert.Equal("福建省", plan.Metadata.Region);
        Assert.Equal("省", plan.Metadata.Level);
        Assert.Equal((2021, 2025), (plan.Metadata.PeriodStart, plan.Metadata.PeriodEnd));
        Assert.Equal(new[] { "part", "part" }, plan.Outline.Select(n => n.Kind));
        var chapter1 = plan.Outline[0].Children.Single();
        Assert.Equal(("第一章", "发展环境", 6), (chapter1.Number, chapter1.Title, chapter1.LineStart));
        Assert.Equal(new[] { "发展基础", "机遇挑战" }, chapter1.Children.Select(c => c.Title));
        var item = plan.Outline[1].Children.Single().Children.Single();
        Assert.Equal(("arabic-dot", 1, "建设福厦泉国家自主创新示范区"), (item.Kind, item.Ordinal, item.Title));
    }

    [Fact]
    public void A_county_special_plan_is_classified_from_its_title()
    {
        var plan = Parse(
            "长汀县“十四五”生态环境保护专项规划",
            "前言",
            "本规划以《龙岩市“十四五”生态环境保护专项规划》为依据编制。",
            "第一章 规划背景");
        Assert.Equal("长汀县", plan.Metadata.Region);
        Assert.Equal("县区", plan.Metadata.Level);
        Assert.Equal("专项规划", plan.Metadata.Kind);
        Assert.Equal("生态环境保护", plan.Metadata.Subject);
        Assert.Equal(new[] { "龙岩市“十四五”生态环境保护专项规划" }, plan.Metadata.BasedOn);
        Assert.Equal((2021, 2025), (plan.Metadata.PeriodStart, plan.Metadata.PeriodEnd));
    }

    [Fact]
    public void A_missing_section_heading_is_inferred_when_numbering_restarts()
    {
        var plan = Parse(
            "第一章 总体要求",
            "第一节 指导思想",
            "坚持稳中求进。",
            "第二节 发展目标",
            "到2025年基本实现。",
            "第二章 创新发展",
            "第一节 创新平台",
            "建设实验室。",
            "第二节 创新主体",
            "培育企业。",
            "第一节 人才引进",
            "引进高层次人才。");
        Assert.Equal(3, plan.Outline.Count);
        var inferred = plan.Outline[2];
        Assert.True(inferred.Inferred);
        Assert.Equal("第三章", inferred.Number);
        Assert.Equal("人才引进", inferred.Children.Single().Title);
    }
}
