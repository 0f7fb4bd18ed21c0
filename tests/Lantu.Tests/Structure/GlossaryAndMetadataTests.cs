namespace Lantu.Tests.Structure;

public class GlossaryAndMetadataTests
{
    [Fact]
    public void Xiamen_glossary_has_its_entries_with_places_and_references()
    {
        var glossary = Samples.Parsed("000").Glossary;
        Assert.Equal(24, glossary.Count);
        var hdi = glossary.Single(g => g.Term == "人类发展指数（HDI）");
        Assert.Equal(new[] { "第一章第四节" }, hdi.Places);
        Assert.StartsWith("“Human Development Index”的缩写", hdi.Definition);
        Assert.NotEmpty(hdi.ReferenceLines);
        Assert.All(hdi.ReferenceLines, line => Assert.True(line < glossary[0].LineStart));
        Assert.Equal("行政执法“三项制度”", glossary[^1].Term);
        Assert.Contains(glossary, g => g.Term == "“五个一批”" && g.Places.SequenceEqual(new[] { "第五章第一节" }));
    }

    [Fact]
    public void Xiamen_metadata()
    {
        var m = Samples.Parsed("000").Metadata;
        Assert.Equal("厦门市国民经济和社会发展第十四个五年（2021-2025 年）规划和二〇三五年远景目标纲要", m.Title);
        Assert.Equal("厦门市", m.Region);
        Assert.Equal("市", m.Level);
        Assert.Equal("总体规划", m.Kind);
        Assert.Equal((2021, 2025, 2035), (m.PeriodStart, m.PeriodEnd, m.HorizonYear));
    }

    [Fact]
    public void Fuzhou_metadata_comes_from_the_issuing_notice()
    {
        var m = Samples.Parsed("002").Metadata;
        Assert.Equal("福州市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", m.Title);
        Assert.Equal("福州市", m.Region);
        Assert.Equal("福州市人民政府", m.Issuer);
        Assert.Equal("榕政〔2021〕4号", m.DocumentNumber);
        Assert.Equal("2021-04-21", m.IssuedDate);
        Assert.Equal((2021, 2025, 2035), (m.PeriodStart, m.PeriodEnd, m.HorizonYear));
    }

    [Fact]
    public void Licheng_title_is_derived_from_the_party_proposal_it_is_based_on()
    {
        var m = Samples.Parsed("003").Metadata;
        Assert.Equal("鲤城区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", m.Title);
        Assert.Equal("鲤城区", m.Region);
        Assert.Equal("县区", m.Level);
    }

    [Fact]
    public void Digital_xiamen_is_a_special_plan_based_on_the_city_plan()
    {
        var m = Samples.Parsed("004").Metadata;
        Assert.Equal("厦门市“十四五”数字厦门专项规划", m.Title);
        Assert.Equal("专项规划", m.Kind);
        Assert.Equal("数字厦门", m.Subject);
        Assert.Equal("厦门市", m.Region);
        Assert.Equal(2, m.BasedOn.Count);
        Assert.Equal("福建省“十四五”数字福建专项规划", m.BasedOn[0]);
        Assert.StartsWith("厦门市国民经济和社会发展第十四个五年规划", m.BasedOn[1]);
    }

    [Fact]
    public void Taiwan_zone_prints_no_title_so_none_is_invented_but_its_region_and_period_are_read()
    {
        var m = Samples.Parsed("001").Metadata;
        Assert.Null(m.Title);
        Assert.Equal("泉州台商投资区", m.Region);
        Assert.Equal("开发区", m.Level);
        Assert.Equal((2021, 2025, 2035), (m.PeriodStart, m.PeriodEnd, m.HorizonYear));
    }
}
