using Lantu.Core;
using Lantu.Core.Model;
using Lantu.Core.Reading;
using Lantu.Core.Regions;
using Lantu.Tests.Reading;

namespace Lantu.Tests.Structure;

/// <summary>Metadata of plans as they are published (<see cref="MetadataCases"/>): the real title behind a site's
/// front matter and a publishing notice, region placed in the gazetteer with namesakes told apart, kind and
/// subject from the title, period from 十四五/十五五 and never from an older plan the text cites.</summary>
public class PublishedMetadataTests
{
    public static TheoryData<string> Cases() => new(MetadataCases.All.Concat(MetadataCases.Round2).Concat(MetadataCases.HeldOut).Select(c => c.Name));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Metadata_is_read_as_published(string name)
    {
        var c = MetadataCases.All.Concat(MetadataCases.Round2).Concat(MetadataCases.HeldOut).Single(x => x.Name == name);
        var m = PlanParser.Parse(new SourceDocument("plan.txt", "text", "utf-8", c.Lines)).Metadata;
        var actual = string.Join('|', m.Title, m.Region, m.Level, m.ParentRegion, m.FullRegion, m.Kind, m.Subject,
            m.PeriodStart is null ? "" : $"{m.PeriodStart}-{m.PeriodEnd}");
        Assert.Equal(c.Expected, actual);
    }

    [Theory]
    [InlineData("福州市人民政府 台江区 仓山区 晋安区 三坊七巷", "福建省福州市鼓楼区")]
    [InlineData("南京 玄武区 秦淮区 建邺区", "江苏省南京市鼓楼区")]
    [InlineData("徐州 云龙区 泉山区", "江苏省徐州市鼓楼区")]
    [InlineData("开封 龙亭区 顺河回族区 禹王台区", "河南省开封市鼓楼区")]
    public void A_namesake_is_the_one_whose_city_and_neighbours_the_text_names(string context, string expected)
    {
        Assert.Equal(4, Gazetteer.Named("鼓楼区").Count);
        Assert.Equal(expected, Gazetteer.Resolve("鼓楼区", context)!.FullName);
    }

    [Fact]
    public void A_namesake_the_text_does_not_place_stays_unplaced()
    {
        Assert.Null(Gazetteer.Resolve("普陀区", "“十四五”时期，全区经济社会发展取得新成效。"));
        Assert.Equal("上海市普陀区", Gazetteer.Resolve("上海市普陀区", "")!.FullName);
        Assert.Equal("浙江省舟山市普陀区", Gazetteer.Resolve("舟山普陀区", "")!.FullName);
    }

    [Fact]
    public void The_gazetteer_holds_every_level_including_the_districts_of_the_municipalities()
    {
        Assert.Equal(31, Gazetteer.All.Count(d => d.IsProvince));
        Assert.Equal(333, Gazetteer.All.Count(d => d.IsPrefecture));
        Assert.True(Gazetteer.All.Count(d => d.IsCounty) > 2900);
        Assert.Equal(16, Gazetteer.Named("黄浦区").Single().Parent!.Children.Count); // 上海市's 16 districts
        Assert.Equal("上海市", Gazetteer.Named("黄浦区").Single().City!.Name);
        Assert.Equal("重庆市", Gazetteer.Named("城口县").Single().City!.Name);
        Assert.Equal("河南省济源市", Gazetteer.Named("济源市").Single().FullName); // directly under the province
        Assert.Null(Gazetteer.Named("济源市").Single().City);
        Assert.Equal("福建省", Gazetteer.ProvinceOf("厦门"));
        Assert.Equal("福建省", Gazetteer.ProvinceOf("晋江市"));
        Assert.Equal("海西", Gazetteer.ShortForm("海西蒙古族藏族自治州"));
        Assert.Equal("内蒙古", Gazetteer.ShortForm("内蒙古自治区"));
    }

    [Fact]
    public void A_saved_web_page_of_a_city_plan_gets_the_plan_title_not_the_site_or_notice()
    {
        var m = PlanParser.Parse(DocumentReader.ReadFile(HtmlReaderTests.FixturePath)).Metadata;
        Assert.Equal(("厦门市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", "厦门市", "市", "福建省", "福建省厦门市"),
            (m.Title, m.Region, m.Level, m.ParentRegion, m.FullRegion));
        Assert.Equal(("总体规划", 2021, 2025, 2035, "厦门市人民政府"), (m.Kind, m.PeriodStart, m.PeriodEnd, m.HorizonYear, m.Issuer));
    }
}
