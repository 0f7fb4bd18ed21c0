using Lantu.Core;
using Lantu.Core.Indicators;
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

    [Fact]
    public void Letter_spaced_chapters_end_a_flat_table_and_a_name_may_start_with_5G()
    {
        var plan = Parse(
            "长沙市“十四五”数字经济发展规划",
            "长沙市人民政府办公厅",
            "2021年9月",
            "",
            "第 一 章　 发 展 基 础",
            "一、发展成效",
            "“十三五”期间，全市数字经济规模突破3000亿元。",
            "二、面临形势",
            "第 二 章　 总 体 要 求",
            "一、指导思想",
            "二、发展目标",
            "到2025年，全市数字经济规模达到6000亿元，数字经济核心产业增加值占地区生产总值比重达到12%以上。",
            "表 1　长沙市“十四五”数字经济发展主要指标",
            "序号 指标名称 单位 2020年 2025年 指标属性",
            "1 数字经济规模 亿元 3000 6000 预期性",
            "2 数字经济核心产业增加值占GDP比重 % 8 12以上 预期性",
            "3 5G基站数量 万个 1.6 5 预期性",
            "4 工业互联网平台 个 10 30 预期性",
            "第 三 章　 重 点 任 务",
            "一、加快新型基础设施建设",
            "（一）推进5G网络建设",
            "1．加快5G基站建设",
            "加快推进5G基站建设。",
            "专栏1 新型基础设施重点工程",
            "1.5G网络建设工程。新建5G基站3.4万个。",
            "2.数据中心工程。建设长沙云谷数据中心。");
        Assert.Equal(new[] { "第一章", "第二章", "第三章" }, plan.Outline.Select(n => n.Number));
        Assert.Equal(new[] { "发展基础", "总体要求", "重点任务" }, plan.Outline.Select(n => n.Title));
        var rows = plan.Indicators.Where(r => r.Source == RowSource.Table).ToList();
        Assert.Equal(new[] { "数字经济规模", "数字经济核心产业增加值占GDP比重", "5G基站数量", "工业互联网平台" }, rows.Select(r => r.Name));
        Assert.Equal(new[] { "1", "2", "3", "4" }, rows.Select(r => r.Seq));
        Assert.Equal(("万个", "1.6", "5"), (rows[2].Unit, rows[2].Base, rows[2].Target));
        Assert.Equal(18, rows[^1].LineEnd); // 第 三 章 on line 19 is not a row
        Assert.Equal(new[] { "5G网络建设工程", "数据中心工程" }, plan.Boxes.Single().Items.Select(i => i.Name));
    }
}
