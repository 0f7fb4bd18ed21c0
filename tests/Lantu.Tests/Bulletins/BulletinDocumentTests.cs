using System.Text;
using Lantu.Core.Bulletins;
using Lantu.Core.Model;
using Lantu.Tests.Reading;

namespace Lantu.Tests.Bulletins;

/// <summary>The same bulletin text read from a Word document and from a GBK web page gives the same proposals, and
/// the JSON record has exactly the fields the issue names.</summary>
public class BulletinDocumentTests
{
    // 厦门广播电视集团 (2024-03-20) on 《厦门市2023年国民经济和社会发展统计公报》 (as in BulletinReaderTests).
    private static readonly string[] Lines =
    [
        "《厦门市2023年国民经济和社会发展统计公报》今天发布，厦门户籍人口首次超300万，全体居民人均可支配收入首次超过7万元。",
        "《统计公报》显示，初步核算，厦门全年地区生产总值（GDP）8066.49亿元，比上年增长3.1%。",
        "居民收入方面，2023年，厦门市全体居民人均可支配收入首次超过7万元，达71062元，增长4.5%，比2022年增加3063元；城镇居民人均可支配收入72880元，比上年增长3.4%。",
    ];

    private static IReadOnlyList<PlanIndicator> Fuzhou => PlanIndicator.Of(Samples.Parsed("002").Indicators);

    private static List<(string, int, double, int)> Proposals(IReadOnlyList<string> lines) =>
        BulletinReader.Read(lines, Fuzhou).Proposals.Select(p => (p.IndicatorName, p.Year, Math.Round(p.Value, 6), p.Line)).ToList();

    [Fact]
    public void Word_and_gbk_html_give_the_same_proposals_as_text()
    {
        var expected = new List<(string, int, double, int)> { ("地区生产总值 (GDP)", 2023, 0.806649, 2), ("居民人均可支配收入", 2023, 7.1062, 3) };
        Assert.Equal(expected, Proposals(Lines));
        Assert.Equal(expected, Proposals(BulletinDocument.Read(DocxBuilder.FromLines(Lines), "gongbao.docx")));

        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var html = "<!DOCTYPE html><html><head><meta charset=\"gbk\"><title>统计公报</title><style>p{margin:0}</style></head><body>"
                   + "<script>var x = '地区生产总值1亿元';</script><div class=\"nav\">首页 &gt; 统计公报</div>"
                   + string.Concat(Lines.Select(l => $"<p>{l.Replace("（", "&#xFF08;")}</p>\n")) + "</body></html>";
        var lines = BulletinDocument.Read(Encoding.GetEncoding("GBK").GetBytes(html), "gongbao.html");
        // The page is read as a web page: script and navigation left out, the article's paragraphs kept.
        Assert.DoesNotContain(lines, l => l.Contains("首页") || l.Contains("var x"));
        Assert.Equal([("地区生产总值 (GDP)", 2023, 0.806649), ("居民人均可支配收入", 2023, 7.1062)],
            Proposals(lines).Select(p => (p.Item1, p.Item2, p.Item3)));
    }

    [Fact]
    public void The_json_record_has_the_issues_fields()
    {
        var p = BulletinReader.Read(Lines, Fuzhou).Proposals[0];
        Assert.Equal("8066.49亿元", p.Printed);
        var json = System.Text.Json.JsonDocument.Parse(LantuJson.Serialize(p)).RootElement;
        Assert.Equal(["indicator", "indicator_name", "text_name", "year", "value", "unit", "estimate", "line", "sentence"],
            json.EnumerateObject().Select(o => o.Name));
        Assert.Equal(("地区生产总值", "万亿元", false, 2), (json.GetProperty("text_name").GetString(), json.GetProperty("unit").GetString(),
            json.GetProperty("estimate").GetBoolean(), json.GetProperty("line").GetInt32()));
    }

    [Fact]
    public void A_pdf_made_by_an_office_suite_wraps_lines_and_gives_the_same_figures()
    {
        // 厦门市2021年国民经济和社会发展统计公报, 一、综合 (as in BulletinReaderTests), printed to PDF by LibreOffice.
        string[] bulletin =
        [
            "厦门市2021年国民经济和社会发展统计公报",
            "经济总量",
            "初步核算，全年地区生产总值（GDP）7033.89亿元，按可比价格计算，比上年增长8.1%。其中，第一产业增加值29.06亿元，增长5.3%；第二产业增加值2882.89亿元，增长6.7%；第三产业增加值4121.94亿元，增长9.0%。全市万元地区生产总值耗电466.38千瓦时，比上年增加10.19千瓦时。",
        ];
        using var dir = new Samples.TempDir();
        var docx = dir.File("gongbao.docx");
        File.WriteAllBytes(docx, DocxBuilder.FromLines(bulletin));
        var lines = BulletinDocument.ReadFile(LibreOffice.ConvertToPdf(docx, dir.Path));
        Assert.True(lines.Count > bulletin.Length, "the PDF wraps the long paragraph");
        var xiamen = BulletinReader.Read(lines, PlanIndicator.Of(Samples.Parsed("000").Indicators)).Proposals;
        var growth = Assert.Single(xiamen);
        Assert.Equal(("地区生产总值增长", 2021, 8.1), (growth.IndicatorName, growth.Year, growth.Value));
        Assert.Contains("8.1%", lines[growth.Line - 1].Replace(" ", ""));
        var level = Assert.Single(BulletinReader.Read(lines, Fuzhou).Proposals);
        Assert.Equal(("地区生产总值 (GDP)", 0.703389), (level.IndicatorName, Math.Round(level.Value, 6)));
        Assert.Contains("7033.89", lines[level.Line - 1].Replace(" ", ""));
    }
}
