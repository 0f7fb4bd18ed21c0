using Lantu.Core.Indicators;

namespace Lantu.Tests.Indicators;

public class TargetParserTests
{
    [Theory]
    [InlineData("5200", "亿元", 5200)]
    [InlineData("12.5", "万元", 12.5)]
    [InlineData("6%", null, 6)]
    [InlineData("１２．５", null, 12.5)]
    [InlineData("15.6(统计口径变化)", "%", 15.6)]
    public void Number(string text, string? unit, double value)
    {
        var p = TargetParser.Parse(text, unit);
        Assert.Equal(TargetKind.Number, p.Kind);
        Assert.Equal(value, p.Value);
        Assert.False(p.Cumulative);
    }

    [Theory]
    [InlineData("7-7.5", 7, 7.5)]
    [InlineData("800-900", 800, 900)]
    [InlineData("7%～8%", 7, 8)]
    public void Range(string text, double min, double max)
    {
        var p = TargetParser.Parse(text, "%");
        Assert.Equal(TargetKind.Range, p.Kind);
        Assert.Equal(min, p.Min);
        Assert.Equal(max, p.Max);
        Assert.Equal(Direction.Within, p.Direction);
    }

    [Theory]
    [InlineData(">97.5", ">", 97.5, Direction.Higher)]
    [InlineData("≥5", ">=", 5, Direction.Higher)]
    [InlineData("<0.035", "<", 0.035, Direction.Lower)]
    [InlineData("≤61", "<=", 61, Direction.Lower)]
    [InlineData("97以上", ">=", 97, Direction.Higher)]
    [InlineData("97%以上", ">=", 97, Direction.Higher)]
    [InlineData("4.0以下(原:1.2以下)", "<=", 4.0, Direction.Lower)]
    [InlineData("不低于10%", ">=", 10, Direction.Higher)]
    [InlineData("年均增长不低于7%", ">=", 7, Direction.Higher)]
    [InlineData("不超过5%", "<=", 5, Direction.Lower)]
    public void Bound(string text, string comparator, double value, Direction direction)
    {
        var p = TargetParser.Parse(text, "%");
        Assert.Equal(TargetKind.Bound, p.Kind);
        Assert.Equal(comparator, p.Comparator);
        Assert.Equal(value, p.Value);
        Assert.Equal(direction, p.Direction);
        if (comparator.StartsWith('>')) Assert.Equal(value, p.Min); else Assert.Equal(value, p.Max);
    }

    [Fact]
    public void AnnualGrowthBoundIsMarkedAnnual()
    {
        var p = TargetParser.Parse("年均增长不低于7%", "亿元");
        Assert.True(p.Annual);
        Assert.Equal("%", p.Unit);
    }

    [Fact]
    public void BoundAgainstAReference()
    {
        var p = TargetParser.Parse("不高于全省平均水平", "%", "城镇登记失业率");
        Assert.Equal(TargetKind.Bound, p.Kind);
        Assert.Equal("<=", p.Comparator);
        Assert.Null(p.Value);
        Assert.Equal("全省平均水平", p.Reference);
        Assert.Equal(Direction.Lower, p.Direction);
    }

    [Theory]
    [InlineData("3.0左右", 3.0)]
    [InlineData("3.0 左右", 3.0)]
    [InlineData("接近3.0%", 3.0)]
    [InlineData("约15", 15)]
    public void Approx(string text, double value)
    {
        var p = TargetParser.Parse(text, "%");
        Assert.Equal(TargetKind.Approx, p.Kind);
        Assert.Equal("~", p.Comparator);
        Assert.Equal(value, p.Value);
    }

    [Theory]
    [InlineData("[60]", 60)]
    [InlineData("[0.8]", 0.8)]
    [InlineData("［116.53］", 116.53)]
    public void CumulativeTotal(string text, double value)
    {
        var p = TargetParser.Parse(text, "万人");
        Assert.Equal(TargetKind.Cumulative, p.Kind);
        Assert.True(p.Cumulative);
        Assert.Equal(value, p.Value);
        Assert.Equal("人", p.BaseUnit);
        Assert.Equal(1e4, p.Scale);
    }

    [Fact]
    public void CumulativeLowerBoundWithMagnitude()
    {
        var p = TargetParser.Parse("[2.8万以上]", "亿元");
        Assert.Equal(TargetKind.Bound, p.Kind);
        Assert.True(p.Cumulative);
        Assert.Equal(2.8, p.Value);
        Assert.Equal(">=", p.Comparator);
        Assert.Equal("元", p.BaseUnit);
        Assert.Equal(1e12, p.Scale); // 万 × 亿元
    }

    [Theory]
    [InlineData("累计提高3个百分点", 3, ChangeKind.Increase, "pp", Direction.Higher)]
    [InlineData("累计下降12%", 12, ChangeKind.Decrease, "%", Direction.Lower)]
    [InlineData("累计下降 10%", 10, ChangeKind.Decrease, "%", Direction.Lower)]
    [InlineData("提高3个百分点", 3, ChangeKind.Increase, "pp", Direction.Higher)]
    public void CumulativeChange(string text, double value, ChangeKind change, string baseUnit, Direction direction)
    {
        var p = TargetParser.Parse(text, "%");
        Assert.Equal(TargetKind.Change, p.Kind);
        Assert.True(p.Cumulative);
        Assert.Equal(value, p.Value);
        Assert.Equal(change, p.ChangeKind);
        Assert.Equal(baseUnit, p.BaseUnit);
        Assert.Equal(direction, p.Direction);
    }

    [Fact]
    public void RaiseToIsALevel()
    {
        var p = TargetParser.Parse("提高到21.6%", "%");
        Assert.Equal(TargetKind.Number, p.Kind);
        Assert.Equal(21.6, p.Value);
        Assert.Equal(Direction.Higher, p.Direction);
    }

    [Theory]
    [InlineData("持平", ChangeKind.Same)]
    [InlineData("维持现有水平", ChangeKind.Same)]
    [InlineData("与经济增长基本同步", ChangeKind.InStep)]
    public void Relative(string text, ChangeKind change)
    {
        var p = TargetParser.Parse(text, "%");
        Assert.Equal(TargetKind.Relative, p.Kind);
        Assert.Equal(change, p.ChangeKind);
        if (change == ChangeKind.InStep) Assert.Equal("经济增长", p.Reference);
    }

    [Theory]
    [InlineData("完成省下达任务", "省下达")]
    [InlineData("控制在市下达指标内", "市下达")]
    [InlineData("完成市下达目标", "市下达")]
    [InlineData("完成市级控制指标", "市下达")]
    public void Delegated(string text, string reference)
    {
        var p = TargetParser.Parse(text, "%", "单位地区生产总值能源消耗降低");
        Assert.Equal(TargetKind.Delegated, p.Kind);
        Assert.Equal(reference, p.Reference);
        Assert.Null(p.Value);
    }

    [Fact]
    public void DelegatedWithAHintValue()
    {
        var p = TargetParser.Parse("完成省下达指标 (97%以上)", "%", "城市空气质量优良天数比例");
        Assert.Equal(TargetKind.Delegated, p.Kind);
        Assert.Equal(97, p.Value);
        Assert.Equal(">=", p.Comparator);
        Assert.Equal(Direction.Higher, p.Direction);
    }

    [Theory]
    [InlineData("—")]
    [InlineData("-")]
    [InlineData("--")]
    [InlineData("\\")]
    [InlineData("")]
    public void NotAvailable(string text)
    {
        Assert.Equal(TargetKind.NotAvailable, TargetParser.Parse(text, "%").Kind);
    }

    [Fact]
    public void UnparseableTextIsKept()
    {
        var p = TargetParser.Parse("现行扶贫标准贫困人口全部脱贫", "万人");
        Assert.Equal(TargetKind.Text, p.Kind);
        Assert.Equal("现行扶贫标准贫困人口全部脱贫", p.Text);
    }

    [Theory]
    [InlineData("城镇调查失业率", "5", Direction.Lower)]
    [InlineData("单位GDP能耗降幅", "完成省下达指标", Direction.Lower)]
    [InlineData("生产安全事故死亡人数", "控制在市下达指标内", Direction.Lower)]
    [InlineData("PM2.5平均浓度", "35", Direction.Lower)]
    [InlineData("森林覆盖率", "58.5", Direction.Higher)]
    [InlineData("森林覆盖率", "持平", Direction.Within)]
    public void DirectionFromNameAndTarget(string name, string text, Direction direction)
    {
        Assert.Equal(direction, TargetParser.Parse(text, "%", name).Direction);
    }

    [Theory]
    [InlineData("万亿元", "元", 1e12)]
    [InlineData("亿元", "元", 1e8)]
    [InlineData("亿美元", "美元", 1e8)]
    [InlineData("万人", "人", 1e4)]
    [InlineData("%", "%", 1)]
    [InlineData("‰", "‰", 1)]
    [InlineData("个百分点", "pp", 1)]
    [InlineData("千克", "千克", 1)]
    [InlineData("万元/人", "元/人", 1e4)]
    public void UnitScale(string unit, string baseUnit, double scale)
    {
        var (b, s) = Units.Normalize(unit);
        Assert.Equal(baseUnit, b);
        Assert.Equal(scale, s);
    }

    [Fact]
    public void ValuesInDifferentMagnitudesCompare()
    {
        var a = TargetParser.Parse("1.002", "万亿元");
        var b = TargetParser.Parse("10020.02", "亿元");
        Assert.Equal(a.BaseUnit, b.BaseUnit);
        Assert.Equal(a.Value!.Value * a.Scale, b.Value!.Value * b.Scale, 1e8);
    }

    [Theory]
    [InlineData("地区生产总值（亿元）", "地区生产总值", "亿元")]
    [InlineData("森林覆盖率(%)", "森林覆盖率", "%")]
    [InlineData("规模以上工业全员劳动生产率（万元/人）", "规模以上工业全员劳动生产率", "万元/人")]
    [InlineData("地区生产总值 (GDP)", "地区生产总值 (GDP)", null)]
    [InlineData("实际利用外资（五年累计）", "实际利用外资（五年累计）", null)]
    public void UnitInName(string text, string name, string? unit)
    {
        var (n, u) = Units.SplitNameUnit(text);
        Assert.Equal(name, n);
        Assert.Equal(unit, u);
    }
}
