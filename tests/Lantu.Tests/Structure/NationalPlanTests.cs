using Lantu.Core;
using Lantu.Core.Indicators;
using Lantu.Core.Model;
using Lantu.Core.Reading;
using Lantu.Core.Text;
using Lantu.Tests.Reading;

namespace Lantu.Tests.Structure;

/// <summary>
/// A shape none of the five samples has: the national 14th five-year plan (excerpt of its opening, its table 1 of 20
/// main indicators with 〔〕 five-year totals and *-marked 2019 base values, and a 专栏 of numbered items followed
/// by their descriptions), as text, as a .docx whose category column is a vertically merged cell, and as the PDF
/// LibreOffice makes of that .docx.
/// </summary>
public class NationalPlanTests
{
    private static string FixturePath => Path.Combine(Samples.RepoRoot, "tests", "Lantu.Tests", "Fixtures", "national-14th-excerpt.txt");
    private static string[] Lines => File.ReadAllLines(FixturePath);

    private static StructuredPlan FromText() => PlanParser.ParseFile(FixturePath);

    [Fact]
    public void Metadata_says_national_level_and_period()
    {
        var m = FromText().Metadata;
        Assert.Equal(("全国", "国家", "总体规划"), (m.Region, m.Level, m.Kind));
        Assert.Equal((2021, 2025, 2035), (m.PeriodStart, m.PeriodEnd, m.HorizonYear));
    }

    [Fact]
    public void All_twenty_main_indicators_are_read_with_their_categories_and_attributes()
    {
        var rows = FromText().Indicators.Where(r => r.Source == RowSource.Table).ToList();
        Assert.Equal(20, rows.Count);
        Assert.Equal(Enumerable.Range(1, 20).Select(i => i.ToString()), rows.Select(r => r.Seq));
        Assert.Equal(new[] { "经济发展", "创新驱动", "民生福祉", "绿色生态", "安全保障" }, rows.Select(r => r.Category).Distinct());
        Assert.Equal(new[] { 3, 3, 7, 5, 2 }, rows.GroupBy(r => r.Category).Select(g => g.Count()));
        Assert.Equal(8, rows.Count(r => r.Attribute == "约束性"));
        Assert.All(rows, r => Assert.Equal(30 + int.Parse(r.Seq!) - 1, r.LineStart));
    }

    [Theory]
    [InlineData("常住人口城镇化率", "%", TargetKind.Number, 65.0, null)]
    [InlineData("全社会研发经费投入增长", "%", TargetKind.Bound, 7.0, ">")]
    [InlineData("城镇调查失业率", "%", TargetKind.Bound, 5.5, "<")]
    [InlineData("单位GDP能源消耗降低", "%", TargetKind.Cumulative, 13.5, null)]
    [InlineData("粮食综合生产能力", "亿吨", TargetKind.Bound, 6.5, ">")]
    [InlineData("能源综合生产能力", "亿吨标准煤", TargetKind.Bound, 46.0, ">")]
    [InlineData("居民人均可支配收入增长", "%", TargetKind.Relative, null, null)]
    [InlineData("国内生产总值（GDP）增长", "%", TargetKind.Text, null, null)]
    public void Targets_are_typed(string name, string unit, TargetKind kind, double? value, string? comparator)
    {
        var row = FromText().Indicators.Single(r => r.Source == RowSource.Table && r.Name == name);
        Assert.Equal(unit, row.Unit);
        Assert.Equal(kind, row.Parsed!.Kind);
        Assert.Equal(value, row.Parsed.Value);
        Assert.Equal(comparator, row.Parsed.Comparator);
    }

    [Fact]
    public void A_starred_base_value_takes_the_year_the_note_gives_it()
    {
        var rows = FromText().Indicators.Where(r => r.Source == RowSource.Table).ToDictionary(r => r.Name);
        Assert.Equal(2019, rows["常住人口城镇化率"].BaseYear);
        Assert.Equal(2019, rows["森林覆盖率"].BaseYear);
        Assert.Equal(2020, rows["基本养老保险参保率"].BaseYear);
        Assert.Equal(60.6, TargetParser.Parse(rows["常住人口城镇化率"].Base!).Value);
    }

    [Fact]
    public void Prose_targets_under_the_goals_are_linked_and_past_figures_are_not_targets()
    {
        var plan = FromText();
        var prose = plan.Indicators.Where(r => r.Source == RowSource.Text).ToList();
        var table = plan.Indicators.Where(r => r.Source == RowSource.Table).ToDictionary(r => r.Name);
        var urban = prose.Single(r => r.Name == "常住人口城镇化率");
        Assert.Equal(("65%", table["常住人口城镇化率"].LineStart), (urban.Target, urban.LinkedLine));
        var rd = prose.Single(r => r.Name == "全社会研发经费投入");
        Assert.True(rd.Parsed!.Annual);
        Assert.Equal((TargetKind.Bound, 7.0), (rd.Parsed.Kind, rd.Parsed.Value));
        Assert.Equal(table["全社会研发经费投入增长"].LineStart, rd.LinkedLine);
        Assert.DoesNotContain(prose, r => r.Target?.Contains("100") == true); // 预计2020年…突破100万亿元
    }

    [Fact]
    public void Numbered_box_items_take_the_description_under_them()
    {
        var box = FromText().Boxes.Single();
        Assert.Equal(("科技前沿领域攻关", "projects"), (box.Title, box.Kind));
        Assert.Equal(new[] { "新一代人工智能", "量子信息", "集成电路" }, box.Items.Select(i => i.Name));
        Assert.Equal((59, 60), (box.Items[0].LineStart, box.Items[0].LineEnd));
        Assert.Contains("深度学习框架", box.Items[0].Text);
    }

    [Fact]
    public void A_docx_with_a_merged_category_column_gives_the_same_indicators()
    {
        var doc = DocumentReader.Read(DocxBuilder.FromLines(Lines, mergeFirstColumn: true), "national.docx");
        var fromDocx = PlanParser.Parse(doc).Indicators.Where(r => r.Source == RowSource.Table).ToList();
        var fromText = FromText().Indicators.Where(r => r.Source == RowSource.Table).ToList();
        Assert.Equal(20, fromDocx.Count);
        Assert.Equal(fromText.Select(Summary), fromDocx.Select(Summary));
    }

    [Fact]
    public void The_pdf_libreoffice_makes_of_the_docx_gives_the_indicator_table()
    {
        using var dir = new Samples.TempDir();
        var docx = dir.File("national.docx");
        File.WriteAllBytes(docx, DocxBuilder.FromLines(Lines, mergeFirstColumn: true));
        var pdf = LibreOffice.ConvertToPdf(docx, dir.Path);
        var plan = PlanParser.Parse(DocumentReader.ReadFile(pdf));
        Assert.Equal(("全国", "国家"), (plan.Metadata.Region, plan.Metadata.Level));
        // PDF text keeps a space between Chinese and Latin (占 GDP 比重); compare in the form search uses.
        var rows = plan.Indicators.Where(r => r.Source == RowSource.Table).ToDictionary(r => CjkText.SearchForm(r.Name));
        var expected = FromText().Indicators.Where(r => r.Source == RowSource.Table).ToList();
        // Every indicator is found by name, with its base, target and attribute.
        foreach (var e in expected)
        {
            Assert.True(rows.TryGetValue(e.Name, out var row), $"missing {e.Name}; found: {string.Join("、", rows.Keys)}");
            Assert.Equal((e.Base, e.Target, e.Attribute, e.Category), (row!.Base, row.Target, row.Attribute, row.Category));
            Assert.Equal((e.Parsed!.Kind, e.Parsed.Value), (row.Parsed!.Kind, row.Parsed.Value));
        }
    }

    private static string Summary(IndicatorRow r) =>
        $"{r.Seq}|{r.Category}|{r.Name}|{r.Unit}|{r.Base}|{r.Target}|{r.Growth}|{r.Attribute}|{r.Parsed?.Kind}|{r.BaseYear}";
}
