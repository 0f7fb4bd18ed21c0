using Lantu.Core.Indicators;

namespace Lantu.Tests.Indicators;

/// <summary>
/// Every row of every indicator table in the sample plans, written out from the documents:
/// "category|seq|name|parent|unit|base|target|growth|actual|attribute|note".
/// </summary>
public class SampleTableTests
{
    [Fact]
    public void FindsEveryIndicatorTable()
    {
        Assert.Equal(new[] { 109, 526 }, SamplePlans.Tables("000").Select(t => t.Region.TitleLine).ToArray());
        Assert.Equal(new[] { 571 }, SamplePlans.Tables("001").Select(t => t.Region.TitleLine).ToArray());
        Assert.Equal(new[] { 140, 326 }, SamplePlans.Tables("002").Select(t => t.Region.TitleLine).ToArray());
        Assert.Equal(new[] { 26, 398 }, SamplePlans.Tables("003").Select(t => t.Region.TitleLine).ToArray());
        Assert.Equal(new[] { 470 }, SamplePlans.Tables("004").Select(t => t.Region.TitleLine).ToArray());
    }

    [Fact]
    public void Xiamen_Review_Line109()
    {
        var table = SamplePlans.Tables("000").Single(t => t.Region.TitleLine == 109);
        Assert.Equal("专栏 1：“十三五”时期经济社会发展主要指标完成情况表", table.Region.Title);
        Assert.Equal(TableKind.Review, table.Schema.Kind);
        Assert.Null(table.Schema.BaseYear);
        Assert.Equal(2020, table.Schema.TargetYear);
        SamplePlans.AssertRows(table, ExpectedRows.Get("000", 109));
    }

    [Fact]
    public void Xiamen_Target_Line526()
    {
        var table = SamplePlans.Tables("000").Single(t => t.Region.TitleLine == 526);
        Assert.Equal("专栏 2：“十四五”时期经济社会发展主要目标", table.Region.Title);
        Assert.Equal(TableKind.Target, table.Schema.Kind);
        Assert.Equal(2020, table.Schema.BaseYear);
        Assert.Equal(2025, table.Schema.TargetYear);
        SamplePlans.AssertRows(table, ExpectedRows.Get("000", 526));
    }

    [Fact]
    public void Quanzhou_Target_Line571()
    {
        var table = SamplePlans.Tables("001").Single(t => t.Region.TitleLine == 571);
        Assert.Equal("“十四五”时期经济社会发展主要目标", table.Region.Title);
        Assert.Equal(TableKind.Target, table.Schema.Kind);
        Assert.Equal(2020, table.Schema.BaseYear);
        Assert.Equal(2025, table.Schema.TargetYear);
        SamplePlans.AssertRows(table, ExpectedRows.Get("001", 571));
    }

    [Fact]
    public void Fuzhou_Review_Line140()
    {
        var table = SamplePlans.Tables("002").Single(t => t.Region.TitleLine == 140);
        Assert.Equal("表1 福州市“十三五”经济社会发展主要指标完成情况", table.Region.Title);
        Assert.Equal(TableKind.Review, table.Schema.Kind);
        Assert.Equal(2015, table.Schema.BaseYear);
        Assert.Equal(2020, table.Schema.TargetYear);
        SamplePlans.AssertRows(table, ExpectedRows.Get("002", 140));
    }

    [Fact]
    public void Fuzhou_Target_Line326()
    {
        var table = SamplePlans.Tables("002").Single(t => t.Region.TitleLine == 326);
        Assert.Equal("表 2 “十四五”时期主要经济社会发展指标", table.Region.Title);
        Assert.Equal(TableKind.Target, table.Schema.Kind);
        Assert.Equal(2020, table.Schema.BaseYear);
        Assert.Equal(2025, table.Schema.TargetYear);
        SamplePlans.AssertRows(table, ExpectedRows.Get("002", 326));
    }

    [Fact]
    public void Licheng_Review_Line26()
    {
        var table = SamplePlans.Tables("003").Single(t => t.Region.TitleLine == 26);
        Assert.Equal("专栏1“十三五”规划纲要指标完成情况", table.Region.Title);
        Assert.Equal(TableKind.Review, table.Schema.Kind);
        Assert.Equal(2015, table.Schema.BaseYear);
        Assert.Equal(2020, table.Schema.TargetYear);
        SamplePlans.AssertRows(table, ExpectedRows.Get("003", 26));
    }

    [Fact]
    public void Licheng_Target_Line398()
    {
        var table = SamplePlans.Tables("003").Single(t => t.Region.TitleLine == 398);
        Assert.Equal("专栏3“十四五”经济社会发展主要指标", table.Region.Title);
        Assert.Equal(TableKind.Target, table.Schema.Kind);
        Assert.Equal(2020, table.Schema.BaseYear);
        Assert.Equal(2025, table.Schema.TargetYear);
        SamplePlans.AssertRows(table, ExpectedRows.Get("003", 398));
    }

    [Fact]
    public void DigitalXiamen_Target_Line470()
    {
        var table = SamplePlans.Tables("004").Single(t => t.Region.TitleLine == 470);
        Assert.Equal("表 1 “十四五”数字厦门建设主要指标", table.Region.Title);
        Assert.Equal(TableKind.Target, table.Schema.Kind);
        Assert.Equal(2020, table.Schema.BaseYear);
        Assert.Equal(2025, table.Schema.TargetYear);
        SamplePlans.AssertRows(table, ExpectedRows.Get("004", 470));
    }

}
