using System.Text.Json;
using Lantu.Core.Indicators;

namespace Lantu.Tests.Indicators;

public class ExtractorApiTests
{
    [Fact]
    public void ReviewTableKeepsAchievedGrowthAndNotes()
    {
        var rows = SamplePlans.Rows("000").Where(r => r.Source == RowSource.Table && r.Table!.StartsWith("专栏 1")).ToList();
        var gdp = rows.Single(r => r.Name == "地区生产总值");
        Assert.Equal(TableKind.Review, gdp.TableKind);
        Assert.Equal(RowSource.Table, gdp.Source);
        Assert.Equal("5200", gdp.Target);
        Assert.Equal("8.5", gdp.Growth);
        Assert.Equal("6384", gdp.Actual);
        Assert.Equal("7.3", gdp.Extra!["2020年预计完成/年均增长"]);
        Assert.Equal(2020, gdp.TargetYear);
        Assert.Equal(126, gdp.LineStart);
        Assert.Equal(126, gdp.LineEnd);
        var fdi = rows.Single(r => r.Name == "五年累计实际利用外资总额");
        Assert.Equal(138, fdi.LineStart);
        Assert.Equal(142, fdi.LineEnd);
        Assert.Equal(TargetKind.Cumulative, fdi.Parsed!.Kind);
        Assert.Equal(115, fdi.Parsed.Value);
        Assert.Equal("美元", fdi.Parsed.BaseUnit);
        Assert.Equal(1e8, fdi.Parsed.Scale);
    }

    [Fact]
    public void PreviousPeriodGrowthColumnIsReadByItsHeader()
    {
        var t = SamplePlans.Tables("001").Single();
        Assert.Equal(ColumnRole.Extra, t.Schema.Columns.Single(c => c.Label.Contains("十三五")).Role);
        var fx = t.Rows.Single(r => r.Seq == "7");
        Assert.Equal("进出口总额", fx.Name);
        Assert.Equal("亿美元", fx.Unit);
        Assert.Equal("4.8", fx.Base);
        Assert.Equal("5.35", fx.Target);
        Assert.Equal("3.0", fx.Growth);
        Assert.Equal("8.4", fx.Extra!["“十三五”年均增长（%）"]);
        Assert.Equal(621, fx.LineStart);
        Assert.Equal(625, fx.LineEnd);
    }

    [Fact]
    public void ParsedTargetsOfSampleRows()
    {
        var t2 = SamplePlans.Tables("000").Single(t => t.Region.TitleLine == 526).Rows;
        var gdp = t2.Single(r => r.Seq == "1").Parsed!;
        Assert.Equal(TargetKind.Range, gdp.Kind);            // 7-7.5 in the growth column, target —
        Assert.True(gdp.Annual);
        Assert.Equal(7, gdp.Min);
        Assert.Equal(7.5, gdp.Max);
        var digital = t2.Single(r => r.Seq == "6").Parsed!;
        Assert.Equal(TargetKind.Change, digital.Kind);
        Assert.Equal("pp", digital.BaseUnit);
        Assert.Equal(3, digital.Value);
        var income = t2.Single(r => r.Seq == "9").Parsed!;
        Assert.Equal(TargetKind.Relative, income.Kind);
        Assert.Equal("经济增长", income.Reference);
        var energy = t2.Single(r => r.Seq == "13").Parsed!;
        Assert.Equal(TargetKind.Delegated, energy.Kind);
        Assert.Equal(Direction.Lower, energy.Direction);
        var forest = t2.Single(r => r.Seq == "17").Parsed!;
        Assert.Equal(TargetKind.Bound, forest.Kind);
        Assert.Equal(40, forest.Min);

        var fz = SamplePlans.Tables("002").Single(t => t.Region.TitleLine == 326).Rows;
        var fzGdp = fz.Single(r => r.Seq == "1");
        Assert.Equal("万亿元", fzGdp.Unit);
        Assert.Equal(TargetKind.Number, fzGdp.Parsed!.Kind); // target "-", growth 7.0%
        Assert.True(fzGdp.Parsed.Annual);
        Assert.Equal(7.0, fzGdp.Parsed.Value);
        var rd = fz.Single(r => r.Seq == "6").Parsed!;
        Assert.Equal(TargetKind.Approx, rd.Kind);
        Assert.Equal(3.0, rd.Value);
        var jobs = fz.Single(r => r.Seq == "13").Parsed!;
        Assert.Equal(TargetKind.Cumulative, jobs.Kind);
        Assert.Equal(60, jobs.Value);
        var unemployment = fz.Single(r => r.Seq == "12").Parsed!;
        Assert.Equal(TargetKind.Bound, unemployment.Kind);
        Assert.Equal("全省平均水平", unemployment.Reference);
        Assert.Equal(Direction.Lower, unemployment.Direction);
    }

    [Fact]
    public void ProseTargetsAreLinkedToTableRows()
    {
        var rows = SamplePlans.Rows("002");
        var text = rows.Where(r => r.Source == RowSource.Text).ToList();
        var rd = text.Single(r => r.Name == "R&D投入强度");
        Assert.Equal("接近3.0%", rd.Target);
        Assert.Equal(TargetKind.Approx, rd.Parsed!.Kind);
        Assert.Equal(3.0, rd.Parsed.Value);
        Assert.Equal(334, rd.LinkedLine); // 6. 研发经费投入强度 in 表 2
        var forest = text.First(r => r.Name == "森林覆盖率");
        Assert.Equal("58.5%", forest.Target);
        Assert.Equal(320, forest.LineStart);
        Assert.Equal(352, forest.LinkedLine);
        Assert.Equal("表 2 “十四五”时期主要经济社会发展指标", forest.Table);
        // Review sentences (past achievements) are not targets.
        Assert.DoesNotContain(text, r => r.LineStart < 300 && r.Name.Contains("森林覆盖率"));
    }

    [Fact]
    public void DirectionCanBeOverridden()
    {
        var (doc, plan) = SamplePlans.Load("001");
        var rows = IndicatorExtractor.Extract(doc, plan, new IndicatorOptions
        {
            DirectionOverrides = { ["森林覆盖率"] = Direction.Higher },
            IncludeText = false,
        });
        Assert.All(rows, r => Assert.Equal(RowSource.Table, r.Source));
        Assert.Equal(Direction.Higher, rows.Single(r => r.Name == "森林覆盖率").Parsed!.Direction);
        Assert.Equal(Direction.Within, rows.Single(r => r.Name == "粮食综合生产能力").Parsed!.Direction);
    }

    [Fact]
    public void JsonUsesSnakeCaseNames()
    {
        var row = SamplePlans.Tables("002").Single(t => t.Region.TitleLine == 140).Rows.Single(r => r.Name == "常住人口城镇化率");
        var json = IndicatorExtractor.ToJson([row]);
        using var d = JsonDocument.Parse(json);
        var o = d.RootElement[0];
        Assert.Equal("11", o.GetProperty("seq").GetString());
        Assert.Equal("常住人口城镇化率", o.GetProperty("name").GetString());
        Assert.Equal("城镇化率", o.GetProperty("parent").GetString());
        Assert.Equal("%", o.GetProperty("unit").GetString());
        Assert.Equal("67.7", o.GetProperty("base").GetString());
        Assert.Equal("75", o.GetProperty("target").GetString());
        Assert.Equal("[7.3]", o.GetProperty("growth").GetString());
        Assert.Equal("71", o.GetProperty("actual").GetString());
        Assert.Equal("预期性", o.GetProperty("attribute").GetString());
        Assert.Equal("review", o.GetProperty("table_kind").GetString());
        Assert.Equal("table", o.GetProperty("source").GetString());
        Assert.Equal(155, o.GetProperty("line_start").GetInt32());
        Assert.Equal(155, o.GetProperty("line_end").GetInt32());
        Assert.Equal("number", o.GetProperty("parsed").GetProperty("kind").GetString());
        Assert.Equal(75, o.GetProperty("parsed").GetProperty("value").GetDouble());
        Assert.Equal("higher", o.GetProperty("parsed").GetProperty("direction").GetString());
        Assert.False(o.TryGetProperty("category", out _)); // null fields are omitted
    }
}
