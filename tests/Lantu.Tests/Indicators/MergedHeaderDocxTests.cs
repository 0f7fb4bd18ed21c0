using Lantu.Core;
using Lantu.Core.Indicators;
using Lantu.Core.Reading;
using Lantu.Tests.Reading;

namespace Lantu.Tests.Indicators;

/// <summary>
/// A provincial-style Word table the samples do not have: a two-row header whose 2025年 cell spans 目标 and
/// 年均增长〔累计〕 (gridSpan) while 序号, 指标, 单位, 2020年 and 属性 are merged vertically (vMerge), placed under a
/// chapter heading that itself reads like a caption (第二章 主要目标).
/// </summary>
public class MergedHeaderDocxTests
{
    private static readonly string[][] Table =
    [
        ["序号|v", "指标|v", "单位|v", "2020年|v", "2025年|s2", "属性|v"],
        ["|c", "|c", "|c", "|c", "目标", "年均增长〔累计〕", "|c"],
        ["1", "地区生产总值", "亿元", "43904", "60000左右", "6.5左右", "预期性"],
        ["2", "研究与试验发展经费投入强度", "%", "1.92", "2.5以上", "—", "预期性"],
        ["3", "常住人口城镇化率", "%", "68.7", "72", "〔3.3〕", "预期性"],
        ["4", "单位地区生产总值能源消耗降低", "%", "—", "—", "完成国家下达任务", "约束性"],
        ["5", "森林覆盖率", "%", "66.8", "66.8", "—", "约束性"],
    ];

    private static IReadOnlyList<IndicatorRow> Rows()
    {
        var bytes = DocxBuilder.WithTable(
            ["福建省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", "第一章　发展基础", "第二章　主要目标",
             "表1　福建省“十四五”经济社会发展主要指标", "第三章　创新驱动"], tableAfter: 4, Table);
        return PlanParser.Parse(DocumentReader.Read(bytes, "fujian.docx")).Indicators.Where(r => r.Source == RowSource.Table).ToList();
    }

    [Fact]
    public void Every_row_is_read_under_the_spanning_header()
    {
        var rows = Rows();
        Assert.Equal(new[] { "1", "2", "3", "4", "5" }, rows.Select(r => r.Seq));
        Assert.All(rows, r => Assert.Equal(("表1 福建省“十四五”经济社会发展主要指标", 2020, 2025), (r.Table, r.BaseYear, r.TargetYear)));
        var gdp = rows[0];
        Assert.Equal(("地区生产总值", "亿元", "43904", "60000左右", "6.5左右", "预期性"), (gdp.Name, gdp.Unit, gdp.Base, gdp.Target, gdp.Growth, gdp.Attribute));
        Assert.Equal((TargetKind.Approx, 60000.0), (gdp.Parsed!.Kind, gdp.Parsed.Value));
    }

    [Fact]
    public void A_growth_cell_is_used_when_the_target_is_empty_and_delegated_targets_name_their_source()
    {
        var energy = Rows().Single(r => r.Seq == "4");
        Assert.Equal(("—", "完成国家下达任务", "约束性"), (energy.Target, energy.Growth, energy.Attribute));
        Assert.Equal((TargetKind.Delegated, "国家下达"), (energy.Parsed!.Kind, energy.Parsed.Reference));
        var urban = Rows().Single(r => r.Seq == "3");
        Assert.Equal((TargetKind.Number, 72.0), (urban.Parsed!.Kind, urban.Parsed.Value)); // the level, not the 〔3.3〕 change
    }
}
