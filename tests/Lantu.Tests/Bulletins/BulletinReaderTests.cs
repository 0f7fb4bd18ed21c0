using Lantu.Core.Bulletins;
using Lantu.Core.Indicators;
using Lantu.Core.Text;

namespace Lantu.Tests.Bulletins;

/// <summary>
/// Sentences from real publications, each named with where it was read, against the sample plans' own indicators
/// (parsed from samples/plans). Every test states the whole set of proposals expected: the right values, units,
/// years and estimate flags, and nothing from part-year, side-remark or other subjects' figures.
/// </summary>
public class BulletinReaderTests
{
    private static IReadOnlyList<PlanIndicator> Xiamen => PlanIndicator.Of(Samples.Parsed("000").Indicators);
    private static IReadOnlyList<PlanIndicator> Fuzhou => PlanIndicator.Of(Samples.Parsed("002").Indicators);
    private static IReadOnlyList<PlanIndicator> Licheng => PlanIndicator.Of(Samples.Parsed("003").Indicators);

    private static List<(string Indicator, int Year, double Value, string? Unit, bool Estimate)> Read(
        IReadOnlyList<PlanIndicator> plan, int? year, params string[] lines) =>
        BulletinReader.Read(lines, plan, year).Proposals
            .Select(p => (p.IndicatorName, p.Year, Math.Round(p.Value, 6), p.Unit, p.Estimate)).ToList();

    // 厦门市统计局、国家统计局厦门调查队《厦门市2021年国民经济和社会发展统计公报》(2022-03-22), 一、综合 (as reposted at
    // xiaomonv0755.com/tjgb/13fj/36991.html, there in traditional characters).
    private static readonly string[] Xiamen2021 =
    [
        "厦门市2021年国民经济和社会发展统计公报",
        "厦门市统计局 国家统计局厦门调查队",
        "（2022年3月22日）",
        "一、综合",
        "经济总量",
        "初步核算，全年地区生产总值（GDP）7033.89亿元，按可比价格计算，比上年增长8.1%。其中，第一产业增加值29.06亿元，增长5.3%；第二产业增加值2882.89亿元，增长6.7%；第三产业增加值4121.94亿元，增长9.0%。三次产业结构为0.4∶41.0∶58.6。全市万元地区生产总值耗电466.38千瓦时，比上年增加10.19千瓦时；万元地区生产总值耗水6.68吨，减少0.17吨。",
        "图1 2017-2021年地区生产总值（GDP）及其增长速度",
    ];

    [Fact]
    public void Xiamen_2021_bulletin_gives_the_growth_to_the_growth_indicator_and_the_level_in_the_plans_unit()
    {
        // 厦门's plan monitors 地区生产总值增长 (%), not the level: only 8.1 is proposed, a final figure (初步核算).
        Assert.Equal([("地区生产总值增长", 2021, 8.1, "%", false)], Read(Xiamen, null, Xiamen2021));
        // 福州's plan monitors the level in 万亿元: 7033.89亿元 = 0.703389万亿元; no growth indicator, so 8.1 goes nowhere;
        // 万元地区生产总值耗电 is another indicator.
        Assert.Equal([("地区生产总值 (GDP)", 2021, 0.703389, "万亿元", false)], Read(Fuzhou, null, Xiamen2021));

        var p = BulletinReader.Read(Xiamen2021, Xiamen).Proposals.Single();
        Assert.Equal((6, "地区生产总值", 2021), (p.Line, p.TextName, BulletinReader.Read(Xiamen2021, Xiamen).Year));
        Assert.StartsWith("初步核算，全年地区生产总值", p.Sentence);
        Assert.Equal(Core.Indicators.IndicatorKey.Of(Samples.Parsed("000").Indicators.First(r => r.Name == "地区生产总值增长")), p.Indicator);
    }

    [Fact]
    public void The_year_is_overridable_and_a_document_without_one_gives_only_figures_of_sentences_naming_their_year()
    {
        var lines = Xiamen2021.Skip(1).ToArray(); // no title
        Assert.Empty(Read(Xiamen, null, lines));  // the date line's 2022 is no figure's year
        Assert.Equal([("地区生产总值增长", 2020, 8.1, "%", false)], Read(Xiamen, 2020, lines));
    }

    // 厦门广播电视集团, “统计公报今发布 2023年厦门户籍人口首超300万” (2024-03-20), reporting 《厦门市2023年国民经济和社会
    // 发展统计公报》: share1.kxm.xmtv.cn/xmtv/2024-03-20/9162e53f1931cd5d.html.
    private static readonly string[] Xiamen2023 =
    [
        "《厦门市2023年国民经济和社会发展统计公报》今天发布，厦门户籍人口首次超300万，全体居民人均可支配收入首次超过7万元。",
        "《统计公报》显示，初步核算，厦门全年地区生产总值（GDP）8066.49亿元，比上年增长3.1%。全市实现一般公共预算总收入1577.06亿元，比上年增长5.6%。全年居民消费价格（CPI）比上年上涨0.2%。",
        "（此外，厦门高质量推进新型城镇化建设，持续推动农业转移人口市民化等措施取得明显成效，常住人口城镇化率提升至90.81%。）2023年，全市户籍人口首次突破300万，达到302.08万人，比2022年增加了超9万人。",
        "居民收入方面，2023年，厦门市全体居民人均可支配收入首次超过7万元，达71062元，增长4.5%，比2022年增加3063元；城镇居民人均可支配收入72880元，比上年增长3.4%；农村居民人均可支配收入34206元，比上年增长5.8%。",
    ];

    [Fact]
    public void Xiamen_2023_levels_growths_and_the_urban_residents_income_kept_apart()
    {
        Assert.Equal(
        [
            ("地区生产总值增长", 2023, 3.1, "%", false),
            ("常住人口城镇化率", 2023, 90.81, "%", false),
            ("居民人均可支配收入增长", 2023, 4.5, "%", false),
        ], Read(Xiamen, null, Xiamen2023));
        // 福州's plan has the income level in 万元: 71062元 (not “超过7万元”, not the urban 72880元, not the 3063元 increase).
        Assert.Equal(
        [
            ("地区生产总值 (GDP)", 2023, 0.806649, "万亿元", false),
            ("常住人口城镇化率", 2023, 90.81, "%", false),
            ("居民人均可支配收入", 2023, 7.1062, "万元", false),
        ], Read(Fuzhou, null, Xiamen2023));
    }

    // 台海网 (海峡导报, 2023-03-23) reporting 《厦门市2022年国民经济和社会发展统计公报》: m.baike.mjlong.com/news/23-75595.html.
    private static readonly string[] Xiamen2022 =
    [
        "台海网3月23日讯（海峡导报记者康泽辉）昨日，厦门市统计局联合国家统计局厦门调查队发布了《厦门市2022年国民经济和社会发展统计公报》（以下简称“统计公报”）。",
        "2022年，厦门全市地区生产总值（GDP）7802.66亿元，同比增长4.4%，比上年增加了506.99亿元。GDP同比增速比全国平均水平高1.4个百分点，增速与西安市并列全国15个同类城市首位。9项指标增幅位居全省前列。",
        "厦门六区地区生产总值分别为：思明区2503.88亿元，增长5.2%；湖里区1681.94亿元，增长3.3%；海沧区1067.48亿元，增长4.7%；集美区956.58亿元，增长3.0%；同安区705.63亿元，增长3.7%；翔安区887.14亿元，增长6.0%。",
        "居民收入增速高于GDP增速。去年城镇居民人均可支配收入7.05万元，增长4.9%；农村居民人均可支配收入3.23万元，增长8.1%；全体居民人均可支配收入6.80万元，保持全省首位，增长5.7%。居民收入增长与经济增长基本保持同步。",
    ];

    [Fact]
    public void Xiamen_2022_district_figures_increments_and_comparisons_are_not_the_citys_figures()
    {
        Assert.Equal(
        [
            ("地区生产总值增长", 2022, 4.4, "%", false),
            ("居民人均可支配收入增长", 2022, 5.7, "%", false),
        ], Read(Xiamen, null, Xiamen2022));
        Assert.Equal(
        [
            ("地区生产总值 (GDP)", 2022, 0.780266, "万亿元", false),
            ("居民人均可支配收入", 2022, 6.8, "万元", false),
        ], Read(Fuzhou, null, Xiamen2022));
    }

    [Fact]
    public void Part_year_figures_are_never_taken_for_the_year()
    {
        // 东南网/海峡导报 (2021-08-07), hxnews.com/news/fj/mn/xm/202108/07/2010571.shtml — the first half of 2021.
        // 中国经济导报 (2021-05-13), chinadevelopment.com.cn — the first quarter of 2021.
        string[] lines =
        [
            "今年上半年厦门全市实现地区生产总值3399.85亿元，增长15.0%，增速均排名全省和副省级城市第2位，顺利实现“十四五”良好开局。",
            "首先是运行稳。上半年全市实现地区生产总值3399.85亿元，增长15.0%，两年平均增长7.6%。",
            "数据显示，上半年全体居民人均可支配收入34193元，增长14.9%；其中，城镇居民人均可支配收入增长13.5%，农村居民人均可支配收入增长18.6%，增速和规模继续保持全省领先。",
            "初步核算，一季度厦门市实现地区生产总值1592.5亿元，增长21.1%，两年平均增长8.3%。",
            "2021年1-11月，全市地区生产总值增长8.0%。",
        ];
        Assert.Empty(Read(Xiamen, 2021, lines));
        Assert.Empty(Read(Fuzhou, 2021, lines));
    }

    [Fact]
    public void Work_report_estimates_bracketed_remarks_and_approximate_figures()
    {
        // 《政府工作报告（2020年）》福州市 (2020-01-05), reviewing 2019; full text at gongwensou.com/zhengfubaogao/34016.html.
        string[] lines =
        [
            "(福建省)2020年福州市人民政府工作报告(全文)",
            "政府工作报告(2020年)",
            "（2020年1月5日在福州市第十五届人民代表大会第四次会议上）",
            "根据第四次全国经济普查以及省统计局对我市地区生产总值的初步修订结果，预计",
            "全市地区生产总值突破9200亿元，同口径增长8.6%；一般公共预算总收入1095亿元，下降",
            "2%（剔除减税降费因素，同口径增长9.2%）；地方一般公共预算收入668亿元，下降1.8%（剔",
            "除减税降费因素，同口径增长8.1%）；出口总额1803亿元，增长10.2%；实际利用外资60亿",
            "元，增长8.3%；社会消费品零售总额5116亿元，增长9.5%；城镇居民人均可支配收入4779",
            "1元，增长7.5%；农村居民人均可支配收入21069元，增长8.5%；固定资产投资增长10%；居",
            "民消费价格总水平上涨2.5%；城镇登记失业率2.7%。完成省下达的减排降碳任务。",
        ];
        // 福州's plan: 突破9200亿元 is not a value; the urban income is not 居民人均可支配收入; the unemployment rate is.
        Assert.Equal([("城镇登记失业率", 2019, 2.7, "%", true)], Read(Fuzhou, null, lines));
        // 鲤城区's plan (read on the same text to show the rest): levels and growths to their own indicators, −2 a
        // decline, the bracketed 9.2% left out.
        Assert.Equal(
        [
            ("地区生产总值年均增长率", 2019, 8.6, "%", true),
            ("一般公共预算总收入", 2019, 1095, "亿元", true),
            ("社会消费品零售总额", 2019, 5116, "亿元", true),
            ("固定资产投资增长率", 2019, 10, "%", true),
        ], Read(Licheng, null, lines));
        var line = BulletinReader.Read(lines, Licheng).Proposals.Single(p => p.IndicatorName == "一般公共预算总收入").Line;
        Assert.Equal(5, line);
        // The report's own title line “政府工作报告(2020年)” also says it reviews 2019.
        Assert.Equal(2019, BulletinReader.Read(lines.Skip(1).ToArray(), Fuzhou).Year);
    }

    [Fact]
    public void Licheng_2023_work_report_estimates_for_2022_and_next_years_targets_left_out()
    {
        // 鲤城区2023年政府工作报告 (2022-12-30): the 2022 figures as monitoring-facts.csv lists them (预计数) with the
        // 1.6% of the issue, in the report's list form; the targets sentence follows the form of such reports.
        string[] lines =
        [
            "鲤城区2023年政府工作报告",
            "预计全年实现地区生产总值539.69亿元、增长4.5%，一般公共预算总收入23.32亿元、增长1.6%，固定资产投资增长10%。",
            "2023年经济社会发展的主要预期目标是：地区生产总值增长7%左右，一般公共预算总收入增长5%，固定资产投资增长10%。",
        ];
        Assert.Equal(
        [
            ("地区生产总值", 2022, 539.69, "亿元", true),
            ("地区生产总值年均增长率", 2022, 4.5, "%", true),
            ("一般公共预算总收入", 2022, 23.32, "亿元", true),
            ("固定资产投资增长率", 2022, 10, "%", true),
        ], Read(Licheng, null, lines));
    }

    [Fact]
    public void Traditional_characters_are_read_as_simplified()
    {
        // 厦门日报 (2022-03-23), interview on 《廈門市2021年國民經濟和社會發展統計公報》, in traditional characters:
        // m.eduhup.com.cn/news/fj/mn/xm/202203/23/2060159.shtml.
        string[] xiamen =
        [
            "廈門日報訊 昨日，廈門市統計局、國家統計局廈門調查隊授權本報發布了《廈門市2021年國民經濟和社會發展統計公報》。",
            "1 經濟總量邁上新臺階：2021年，全市地區生產總值（GDP）7033.89億元，首次突破7000億元大關，比上年增加649.87億元。",
        ];
        Assert.Equal([("地区生产总值 (GDP)", 2021, 0.703389, "万亿元", false)], Read(Fuzhou, null, xiamen));

        // 《2023年福建省國民經濟和社會發展統計公報》 as reported in traditional characters (duobangwang.com, 2024-03-17;
        // the copy's pinyin residue removed): the province's figures, read here against 福州's indicators.
        string[] fujian =
        [
            "日前發布的《2023年福建省國民經濟和社會發展統計公報》顯示，經初步核算，福建全年實現地區生產總值54355.10億元，比上年增長4.5%。其中，第一產業增加值3217.66億元，增長4.2%。全年人均地區生產總值129865元，比上年增長4.5%。",
            "2023年末，福建常住人口4183萬人。其中，城鎮常住人口2972萬人，占總人口比重（常住人口城鎮化率）為71.04%，比上年末提高0.93個百分點。",
        ];
        Assert.Equal(
        [
            ("地区生产总值 (GDP)", 2023, 5.43551, "万亿元", false),
            ("人均 GDP", 2023, 12.9865, "万元", false),
            ("常住人口城镇化率", 2023, 71.04, "%", false),
        ], Read(Fuzhou, null, fujian));
        Assert.Equal("地区生产总值", ChineseScript.ToSimplified("地區生產總值"));
    }

    [Fact]
    public void A_plans_own_review_gives_its_base_year_values_and_its_targets_give_nothing()
    {
        // 鲤城区's plan reviews the 十三五 period in wrapped Word text; read for 2020 against its own indicators, every
        // value it proposes for a table indicator is that row's printed base-year (2020) value.
        var plan = Samples.Parsed("003");
        var reading = BulletinReader.Read(File.ReadAllLines(Samples.File("003")), Licheng, 2020);
        var table = plan.Indicators.Where(r => r.Source == RowSource.Table && r.TableKind == TableKind.Target).ToDictionary(r => r.Name, r => r.Base);
        var withBase = reading.Proposals.Where(p => table.ContainsKey(p.IndicatorName)).ToList();
        Assert.Equal(["一般公共预算总收入", "社会消费品零售总额", "每万人口发明专利拥有量", "省级以上文化产业示范基地", "绿化覆盖率", "地区生产总值"],
            withBase.Select(p => p.IndicatorName));
        Assert.All(withBase, p => Assert.Equal(double.Parse(table[p.IndicatorName]!, System.Globalization.CultureInfo.InvariantCulture), p.Value));
        Assert.All(reading.Proposals, p => Assert.Equal(2020, p.Year));
        // “2020年每万人口发明专利拥有量达12.95件，较2015年增加6.46件”: the level, not the increase, on the line printed.
        var patents = reading.Proposals.Single(p => p.IndicatorName == "每万人口发明专利拥有量");
        Assert.Contains("2020年每万人口发明专利拥有量达12.95件", File.ReadAllLines(Samples.File("003"))[patents.Line - 1].Replace(" ", ""));

        // 厦门's plan (PDF text: wrapped lines, a blank line after each) states its indicators in prose only as 2025
        // targets (“到 2025\n\n年，厦门港集装箱吞吐量达 1400 万标箱”): nothing is a 2020 figure.
        Assert.Empty(BulletinReader.Read(File.ReadAllLines(Samples.File("000")), Xiamen, 2020).Proposals);
    }

    [Fact]
    public void Resident_and_registered_urbanisation_rates_and_changes_since_another_year_are_kept_apart()
    {
        // 经济参考报 (2019-08-16), reporting 国家统计局's 新中国成立70周年经济社会发展成就系列报告之十七, as printed by
        // 珠海特区报 (zhuhaidaily.hizh.cn, 2019-08-17).
        string[] lines =
        [
            "2018年末，我国常住人口城镇化率达到59.58%，较1949年末提高48.94个百分点，年均提高0.71个百分点。户籍人口城镇化率也达到43.37%，较2015年提高3.47个百分点，年均提高1.16个百分点。",
        ];
        Assert.Equal([("常住人口城镇化率", 2018, 59.58, "%", false)], Read(Fuzhou, 2018, lines));
        Assert.Empty(Read(Fuzhou, 2019, lines)); // the sentence names its year: 2018 figures are not 2019's
    }
}
