using Lantu.Core.Model;
using Lantu.Core.Normalization;

namespace Lantu.Tests.Reading;

public class NormalizationTests
{
    [Fact]
    public void Word_tags_and_page_break_spaces_are_removed_but_line_numbers_kept()
    {
        Assert.Equal("第一章 规划基础与发展环境", LineCleaner.Clean("[bookmark: _Toc73976131][bookmark: _Toc59811645]第一章 规划基础与发展环境"));
        Assert.Equal("见注释", LineCleaner.Clean("见注释[footnoteRef:3]"));
        Assert.Equal("第四节 建设区域创新中心", LineCleaner.Clean(" 第四节 建设区域创新中心"));
        Assert.Equal("", LineCleaner.Clean("— 12 —"));
        var doc = Normalizer.Normalize(Samples.Parsed("003").Source);
        Assert.Equal(doc.Source.Lines.Count, doc.CleanLines.Count);
        Assert.StartsWith("第一章", doc.CleanLine(3));
    }

    [Fact]
    public void Table_of_contents_lines_are_found()
    {
        var doc = Normalizer.Normalize(Samples.Parsed("002").Source);
        Assert.Contains(23, doc.TocLines); // 目 录
        Assert.Contains(26, doc.TocLines); // dotted leader
        Assert.Contains(50, doc.TocLines); // "第五章 …\t58": tab and page number only
        Assert.DoesNotContain(106, doc.TocLines);
    }

    [Fact]
    public void Pdf_wrapped_text_is_detected_and_joined_into_paragraphs()
    {
        var doc = Normalizer.Normalize(Samples.Parsed("000").Source);
        Assert.True(doc.Layout.Wrapped);
        Assert.InRange(doc.Layout.WrapWidth, 28, 31);
        var first = doc.Paragraphs[0];
        Assert.Equal(1, first.LineStart);
        Assert.StartsWith("厦门市国民经济和社会发展第十四个五年（2021-2025 年）规划和二〇三五年远景目标纲要，根据", first.Text);
        Assert.EndsWith("是全市人民共同的行动纲领。", first.Text);
        Assert.False(Normalizer.Normalize(Samples.Parsed("002").Source).Layout.Wrapped);
    }

    [Fact]
    public void Every_paragraph_maps_back_to_source_lines_that_contain_its_text()
    {
        var doc = Normalizer.Normalize(Samples.Parsed("004").Source);
        foreach (var p in doc.Paragraphs.Take(300))
        {
            var source = string.Concat(Enumerable.Range(p.LineStart, p.LineEnd - p.LineStart + 1).Select(doc.CleanLine)).Replace(" ", "");
            Assert.Equal(source, p.Text.Replace(" ", ""));
        }
    }
}

public class PageFurnitureTests
{
    [Fact]
    public void Running_headers_spread_over_the_document_are_removed_but_repeated_table_cells_are_kept()
    {
        // The Xiamen plan with a running header and footer inserted every 60 lines, as a PDF extraction gives them.
        var lines = File.ReadAllLines(Samples.Path000).ToList();
        for (int at = lines.Count - 1; at > 0; at -= 60)
        {
            lines.Insert(at, "厦门市国民经济和社会发展第十四个五年规划纲要");
            lines.Insert(at, "— " + (at / 60) + " —");
        }
        var doc = Lantu.Core.Normalization.Normalizer.Normalize(new Lantu.Core.Model.SourceDocument("x.txt", "text", "utf-8", lines));
        Assert.DoesNotContain(doc.Paragraphs, p => p.Text.Contains("规划纲要厦门") || p.Text == "厦门市国民经济和社会发展第十四个五年规划纲要");
        var plan = Lantu.Core.PlanParser.Parse(doc);
        Assert.Equal(Lantu.Tests.Structure.ExpectedHeadings.Xiamen,
            plan.AllNodes().Where(n => n.Kind is "chapter" or "section").Select(n => (n.Number + n.Title).Replace(" ", "")));

        var licheng = Lantu.Core.Normalization.Normalizer.Normalize(Samples.Parsed("003").Source);
        Assert.True(licheng.CleanLines.Count(l => l == "预期性") >= 10); // one-cell-per-line table values survive
    }
}
