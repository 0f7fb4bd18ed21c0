using System.Text;
using Lantu.Core;
using Lantu.Core.Indicators;
using Lantu.Core.Reading;
using Lantu.Tests.Indicators;

namespace Lantu.Tests.Reading;

/// <summary>
/// Plans saved from government web pages: the GBK page of sample plan 000 as 厦门市人民政府 publishes it (site header,
/// navigation, breadcrumb, sidebar, 信息公开 box, share bar, footer around a TRS_Editor article; the indicator table
/// as Word-exported HTML with rowspan/colspan; see Fixtures/html/make_xiamen_page.py), and small pages of the other
/// shapes sites use.
/// </summary>
public class HtmlReaderTests
{
    static HtmlReaderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string FixturePath => Fixtures.FixtureFiles.XiamenGbkPage;

    private static byte[] Fixture => File.ReadAllBytes(FixturePath);

    private static string FixtureText => Encoding.GetEncoding("GB18030").GetString(Fixture);

    [Fact]
    public void A_saved_gbk_page_is_read_as_its_article_without_the_page_chrome()
    {
        var doc = DocumentReader.Read(Fixture, "xiamen.html");
        Assert.Equal(("html", "gb18030"), (doc.Format, doc.Encoding));
        Assert.Equal("厦门市人民政府关于印发厦门市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要的通知", doc.Lines[0]);
        Assert.Equal("各区人民政府，市直各委、办、局，各开发区管委会，各有关单位：", doc.Lines[1]);
        Assert.Equal("厦门市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", doc.Lines[4]);
        Assert.Equal("第一章 更高水平建设高素质高颜值现代化国际化城市", doc.Lines[6]);
        Assert.Equal("第二章 奋力推进“五中心一基地”建设提升城市能级", doc.Lines[34]);
        var all = string.Join("\n", doc.Lines);
        foreach (var chrome in new[] { "首页", "当前位置", "政府信息公开指南", "索引号", "发布时间", "字体", "分享到", "打印本页", "版权所有", "_hmt", "printme", "float", "请输入关键字" })
            Assert.DoesNotContain(chrome, all);
        Assert.DoesNotContain(doc.Lines, l => l.Contains('<') || l.Contains("&gt;"));
    }

    [Fact]
    public void The_indicator_table_keeps_its_grid_with_merged_cells_as_word_writes_them()
    {
        var lines = DocumentReader.Read(Fixture, "xiamen.html").Lines;
        int header = lines.ToList().IndexOf("类别\t指标\t单位\t2020年\t2025年目标\t\t属性");
        Assert.True(header > 0);
        Assert.Equal("", lines[header - 1]);
        Assert.Equal("\t\t\t\t目标\t年均增长\t", lines[header + 1]);
        Assert.Equal("经济发展\t1.地区生产总值增长\t%\t5.7\t—\t7-7.5\t预期性", lines[header + 2]);
        Assert.Equal("\t2.全员劳动生产率增长\t%\t4\t—\t>5\t预期性", lines[header + 3]);
        Assert.Equal("\t6.数字经济核心产业增加值占地区生产总值比重\t%\t—\t累计提高3个百分点\t—\t预期性", lines[header + 7]);
        Assert.Equal("绿色生态\t13.单位地区生产总值能源消耗降低\t%\t—\t完成省下达任务\t\t约束性", lines[header + 14]);
        Assert.Equal("\t17.森林覆盖率\t%\t41.72\t>40\t—\t约束性", lines[header + 18]);
        Assert.Equal("", lines[header + 19]);
    }

    [Fact]
    public void The_page_gives_the_same_indicator_rows_as_the_plan_text()
    {
        var rows = PlanParser.Parse(DocumentReader.Read(Fixture, "xiamen.html")).Indicators.Where(r => r.Source == RowSource.Table).ToList();
        var expected = ExpectedRows.All[("000", 526)].Select(r => r.Replace(" ", ""));
        Assert.Equal(expected, rows.Select(r => r.ToString()));
        Assert.All(rows, r => Assert.Equal(("专栏 2：“十四五”时期经济社会发展主要目标", 2020, 2025), (r.Table, r.BaseYear, r.TargetYear)));
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16le")]
    [InlineData("saved-from-url")]
    public void The_same_page_in_another_encoding_or_with_a_browser_note_reads_the_same(string variant)
    {
        // A browser's "save as" may re-encode the page to UTF-8 and leave charset=gb2312 in the <meta>: the bytes decide.
        byte[] bytes = variant switch
        {
            "utf-8" => Encoding.UTF8.GetBytes(FixtureText),
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(FixtureText)],
            "utf-16le" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(FixtureText)],
            _ => Encoding.GetEncoding("GB18030").GetBytes("\r\n<!-- saved from url=(0048)https://www.xm.gov.cn/zwgk/flfg/sfwj/202103/ -->\r\n" + FixtureText),
        };
        var expected = DocumentReader.Read(Fixture, "a.html").Lines;
        Assert.Equal(expected, DocumentReader.Read(bytes, "page.htm").Lines);
    }

    [Fact]
    public void The_format_is_told_from_the_bytes_never_from_the_name()
    {
        Assert.Equal("html", DocumentReader.Read(Fixture, "plan.txt").Format);
        Assert.Equal("html", DocumentReader.Read(Fixture, "plan").Format);
        var text = Encoding.UTF8.GetBytes("厦门市“十四五”规划\n第一章 总体要求\n坚持高质量发展。\n");
        Assert.Equal("text", DocumentReader.Read(text, "plan.html").Format);
        // A note typed above a pasted page source does not make the markup text.
        var pasted = Encoding.GetEncoding("GB18030").GetBytes("厦门市十四五规划纲要（网页源代码）\n" + FixtureText);
        var doc = DocumentReader.Read(pasted, "plan.txt");
        Assert.Equal("html", doc.Format);
        Assert.DoesNotContain(doc.Lines, l => l.Contains("<td") || l.Contains("charset"));
    }

    [Fact]
    public void Html_and_word_tables_with_the_same_merged_cells_give_the_same_lines()
    {
        string[][] word =
        [
            ["序号|v", "指标|v", "单位|v", "2020年|v", "2025年|s2", "属性|v"],
            ["|c", "|c", "|c", "|c", "目标", "年均增长〔累计〕", "|c"],
            ["1", "地区生产总值", "亿元", "43904", "60000左右", "6.5左右", "预期性"],
            ["2", "常住人口城镇化率", "%", "68.7", "72", "〔3.3〕", "预期性"],
        ];
        var docx = DocumentReader.Read(DocxBuilder.WithTable(["福建省“十四五”规划", "表1　主要指标"], tableAfter: 2, word), "t.docx").Lines;
        var html = DocumentReader.Read(Encoding.UTF8.GetBytes("""
            <!DOCTYPE html><html><head><meta charset="utf-8"></head><body><div class="article-content">
            <p>福建省“十四五”规划</p>
            <table border="1"><caption>表1　主要指标</caption>
              <tr><th rowspan="2">序号</th><th rowspan="2">指标</th><th rowspan="2">单位</th><th rowspan="2">2020年</th><th colspan="2">2025年</th><th rowspan="2">属性</th></tr>
              <tr><th>目标</th><th>年均增长〔累计〕</th></tr>
              <tr><td>1</td><td>地区生产总值</td><td>亿元</td><td>43904</td><td>60000左右</td><td>6.5左右</td><td>预期性</td></tr>
              <tr><td>2</td><td>常住人口城镇化率</td><td>%</td><td>68.7</td><td>72</td><td>〔3.3〕</td><td>预期性</td></tr>
            </table></div></body></html>
            """), "t.html").Lines;
        Assert.Equal(docx.Where(l => l.Contains('\t')), html.Where(l => l.Contains('\t')));
        Assert.Equal(["福建省“十四五”规划", "表1　主要指标", ""], html.Take(3)); // the <caption> above the table
        Assert.Equal("\t\t\t\t目标\t年均增长〔累计〕\t", html.Single(l => l.Contains("目标\t")));
    }

    [Fact]
    public void A_page_laid_out_in_tables_is_read_as_its_blocks_and_its_data_table()
    {
        // Older county sites lay the whole page out in tables; the data table is a table inside a table cell.
        var html = """
            <html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>规划_某县人民政府</title></head><body>
            <table width="1000"><tr><td><a href="/">网站首页</a> | <a href="/zwgk">政务公开</a></td></tr>
            <tr><td>
              <table width="100%"><tr><td class="title">永春县“十四五”生态环境保护专项规划</td></tr>
              <tr><td>
                <p>第一章 规划背景</p>
                <p>“十三五”期间，全县生态环境质量持续改善，空气质量优良天数比例保持在较高水平，主要河流水质稳定达标。</p>
                <table border="1"><tr><td>序号</td><td>指标</td><td>单位</td><td>2020年</td><td>2025年</td><td>属性</td></tr>
                <tr><td>1</td><td>空气质量优良天数比例</td><td>%</td><td>99.4</td><td>≥98</td><td>约束性</td></tr>
                <tr><td>2</td><td>森林覆盖率</td><td>%</td><td>69.6</td><td>69.6</td><td>约束性</td></tr></table>
                <p>第二章 总体要求</p>
              </td></tr></table>
            </td></tr>
            <tr><td>版权所有：某县人民政府</td></tr></table></body></html>
            """;
        var lines = DocumentReader.Read(Encoding.GetEncoding("GBK").GetBytes(html), "yc.htm").Lines.Where(l => l.Length > 0).ToList();
        Assert.Equal(
        [
            "永春县“十四五”生态环境保护专项规划",
            "第一章 规划背景",
            "“十三五”期间，全县生态环境质量持续改善，空气质量优良天数比例保持在较高水平，主要河流水质稳定达标。",
            "序号\t指标\t单位\t2020年\t2025年\t属性",
            "1\t空气质量优良天数比例\t%\t99.4\t≥98\t约束性",
            "2\t森林覆盖率\t%\t69.6\t69.6\t约束性",
            "第二章 总体要求",
        ], lines);
    }

    [Fact]
    public void Without_a_known_container_the_densest_text_is_the_article()
    {
        var html = """
            <!doctype html><html><head><meta charset="utf-8"><title>某区“十四五”规划纲要 - 某区人民政府网</title></head><body>
            <div class="wrap"><div class="hd"><ul><li><a>首页</a></li><li><a>新闻中心</a></li><li><a>政务公开</a></li><li><a>专题专栏</a></li></ul></div>
            <div class="bd"><div class="l"><ul><li><a>区政府文件</a></li><li><a>区政府办文件</a></li><li><a>部门文件</a></li><li><a>规划计划</a></li></ul></div>
            <div class="r"><div class="c1">
            <h2>第一章 发展环境</h2>
            <p>“十三五”时期，全区经济总量稳步提升，地区生产总值年均增长百分之七以上，产业结构持续优化。</p>
            <h3>第一节 发展基础</h3>
            <p>全区上下坚持新发展理念，统筹推进稳增长、促改革、调结构、惠民生、防风险各项工作。</p>
            <ul><li>创新能力明显增强。</li><li>城乡面貌显著改善。</li></ul>
            <ol><li>坚持党的全面领导。</li><li>坚持以人民为中心。</li></ol>
            </div></div></div>
            <div class="ft"><a>网站地图</a> <a>联系我们</a></div></div></body></html>
            """;
        Assert.Equal(
        [
            "某区“十四五”规划纲要",
            "第一章 发展环境",
            "“十三五”时期，全区经济总量稳步提升，地区生产总值年均增长百分之七以上，产业结构持续优化。",
            "第一节 发展基础",
            "全区上下坚持新发展理念，统筹推进稳增长、促改革、调结构、惠民生、防风险各项工作。",
            "创新能力明显增强。",
            "城乡面貌显著改善。",
            "1. 坚持党的全面领导。",
            "2. 坚持以人民为中心。",
        ], DocumentReader.Read(Encoding.UTF8.GetBytes(html), "p.html").Lines);
    }

    [Fact]
    public void A_known_container_name_on_a_small_box_does_not_hide_the_article()
    {
        var para = "“十四五”时期，全县坚持生态优先、绿色发展，统筹推进山水林田湖草沙系统治理，生态环境质量保持全省前列。";
        var html = "<html><head><meta charset=\"utf-8\"></head><body>"
                   + "<div class=\"content\"><ul>" + string.Concat(Enumerable.Range(1, 12).Select(i => $"<li>通知公告第{i}期：县政府常务会议研究部署有关工作</li>")) + "</ul></div>"
                   + "<div class=\"wenzhang\">" + string.Concat(Enumerable.Repeat($"<p>{para}</p>", 12)) + "</div></body></html>";
        var lines = DocumentReader.Read(Encoding.UTF8.GetBytes(html), "county.html").Lines;
        Assert.Equal(Enumerable.Repeat(para, 12), lines);
    }

    [Fact]
    public void A_line_break_in_the_source_between_chinese_characters_is_not_a_space()
    {
        var html = "<html><body><div id=\"zoom\"><p>推动经济高质量发展，\n        加快建设现代化经济体系，构建新发展格局，全面提升城市能级和核心竞争力，实现经济行稳致远。</p>"
                   + "<p>到2025年，地区生产总值突破&nbsp;8000&nbsp;亿元，城市功能品质显著提升，人民生活更加美好。</p></div></body></html>";
        Assert.Equal(
        [
            "推动经济高质量发展，加快建设现代化经济体系，构建新发展格局，全面提升城市能级和核心竞争力，实现经济行稳致远。",
            "到2025年，地区生产总值突破 8000 亿元，城市功能品质显著提升，人民生活更加美好。",
        ], DocumentReader.Read(Encoding.UTF8.GetBytes(html), "z.html").Lines);
    }

    [Fact]
    public void Hostile_pages_are_refused_with_a_clear_message()
    {
        var deep = Encoding.ASCII.GetBytes("<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "x</body></html>");
        var e = Assert.Throws<DocumentReadException>(() => DocumentReader.Read(deep, "deep.html"));
        Assert.Contains("嵌套过深", e.Message);
        var bold = Encoding.ASCII.GetBytes("<html><body>" + string.Concat(Enumerable.Repeat("<b>", 100_000)) + "x</body></html>");
        Assert.Contains("嵌套过深", Assert.Throws<DocumentReadException>(() => DocumentReader.Read(bold, "bold.html")).Message);
        var sloppy = Encoding.ASCII.GetBytes("<html><body>" + string.Concat(Enumerable.Repeat("<div>", 600)) + "x</body></html>");
        Assert.Contains("levels; the limit is 400)", Assert.Throws<DocumentReadException>(() => DocumentReader.Read(sloppy, "sloppy.html")).Message);

        var big = new byte[HtmlReader.MaxBytes + 1];
        "<html><body>"u8.CopyTo(big);
        big.AsSpan(12).Fill((byte)'a');
        Assert.Contains("网页文件过大", Assert.Throws<DocumentReadException>(() => DocumentReader.Read(big, "big.html")).Message);

        var empty = Encoding.ASCII.GetBytes("<!DOCTYPE html><html><head><title></title><script>var a=1;</script></head><body><nav>首页</nav></body></html>");
        Assert.Contains("没有文字内容", Assert.Throws<DocumentReadException>(() => DocumentReader.Read(empty, "empty.html")).Message);

        var wide = Encoding.ASCII.GetBytes("<html><body><div class=\"content\"><table><tr><td colspan=\"100000\">a</td><td>b</td></tr><tr><td rowspan=\"99999\">c</td><td>d</td></tr></table></div></body></html>");
        var lines = DocumentReader.Read(wide, "wide.html").Lines.Where(l => l.Contains('\t')).ToList();
        Assert.Equal(101, lines[0].Split('\t').Length); // colspan capped at 100 columns
    }
}
