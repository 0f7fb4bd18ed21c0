using Lantu.Core.Indicators;
using Lantu.Core.Indicators.Targets;

namespace Lantu.Tests.Indicators;

/// <summary>The target forms as named patterns: which one reads a cell, in their order.</summary>
public class TargetPatternTests
{
    [Theory]
    [InlineData("[60]", "bracketed total")]
    [InlineData("〔2.8万以上〕", "bracketed total")]
    [InlineData("完成省下达任务", "delegated")]
    [InlineData("不低于省下达指标（216.7）", "delegated")] // 下达 before the bound words it holds
    [InlineData("4.0以下(原:1.2以下)", "trailing hint")]
    [InlineData("持平", "same as base")]
    [InlineData("与经济增长基本同步", "in step")]
    [InlineData("累计下降12%", "change")]
    [InlineData("提高到21.6%", "change")]
    [InlineData("不低于10%", "bound in words")]
    [InlineData("年均增长不低于7%", "bound in words")] // the annual prefix is taken off first
    [InlineData("≥5", "bound symbol")]
    [InlineData("接近3.0%", "approx prefix")]
    [InlineData("3.0左右", "approx suffix")]
    [InlineData("7-7.5", "range")]
    [InlineData("97以上", "number")]
    [InlineData("60.6*", "number")] // the footnote mark is dropped before matching
    [InlineData("＞7、力争投入强度高于“十三五”时期实际", "figure then aim")]
    public void Each_form_is_read_by_its_pattern(string cell, string pattern)
    {
        Assert.Equal(pattern, TargetParser.PatternOf(cell)?.Name);
    }

    [Theory]
    [InlineData("—")]
    [InlineData("")]
    [InlineData("现行扶贫标准贫困人口全部脱贫")]
    public void Not_available_and_free_text_have_no_pattern(string cell)
    {
        Assert.Null(TargetParser.PatternOf(cell));
    }

    [Fact]
    public void Patterns_have_distinct_names()
    {
        var names = TargetPatterns.All.Select(p => p.Name).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
    }
}
