using Lantu.Core.Indicators;
using Lantu.Core.Normalization;
using Lantu.Core.Reading;

namespace Lantu.Tests.Indicators;

/// <summary>
/// A table copied from a forum post (c02 and its four held-out copies in the corpus, each with different anti-copy
/// junk): the bar printed before each cell (<c>| 76.7</c>), a lone bar closing a row, the category and the numbered
/// group (<c>1。空气质量</c>) printed only on the first row they cover, 。 for the decimal point. With the junk gone
/// the rows come out under their category and group; 66 is a value, not a sequence number; footnote marks printed as
/// digits inside names (城市2空气, 质量3达到) are dropped because they count on down the table.
/// </summary>
public class ForumCopyTests
{
    private static List<string> Rows(string file)
    {
        var path = Path.Combine(Samples.RepoRoot, "tests", "Lantu.Tests", "Corpus", "documents", file);
        var doc = Normalizer.Normalize(DocumentReader.ReadFile(path));
        return IndicatorExtractor.ExtractTables(doc).SelectMany(t => t.Rows).Select(r => r.ToString()).ToList();
    }

    [Theory]
    [InlineData("c02-national-eco-13th-forum.copied.txt")]
    [InlineData("c02-national-eco-13th-forum.page322.copied.txt")]
    [InlineData("c02-national-eco-13th-forum.mirror.copied.txt")]
    [InlineData("c02-national-eco-13th-forum.tid64649.copied.txt")]
    [InlineData("c02-national-eco-13th-forum.ordertype.copied.txt")]
    public void Rows_come_out_under_their_category_and_group(string file)
    {
        var rows = Rows(file);
        Assert.Contains("生态环境质量|1|细颗粒物未达标地级及以上城市浓度下降|空气质量|%|-|-|〔18〕||约束性|", rows);
        Assert.Contains("生态环境质量|1|地级及以上城市重度及以上污染天数比例下降|空气质量|%|-|-|〔25〕||预期性|", rows);
        Assert.Contains("生态环境质量|2|地表水质量劣Ⅴ类水体比例|水环境质量|%|9.7|<5|-||约束性|", rows);
        Assert.Contains("生态环境质量|2|近岸海域水质优良(一、二类)比例|水环境质量|%|70.5|70左右|-||预期性|", rows);
        // 66 after a name is the base value, not the next row's number; the marks 2 and 3 that follow 〔累计〕1 down the
        // table are footnote marks, not part of the names.
        Assert.Contains("生态环境质量|1|地级及以上城市空气质量优良天数比率|空气质量|%|76.7|>80|-||约束性|", rows);
        Assert.Contains("生态环境质量|2|地表水质量达到或好于Ⅲ类水体比例|水环境质量|%|66|>70|-||约束性|", rows);
        // Groups 1 and 2 carry no junk; the stored excerpts end inside group 3 (one of them in the middle of a junk run).
        var labelled = rows.Where(r => !r.StartsWith("生态环境质量|3|", StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(labelled, r => r.Contains("h7", StringComparison.Ordinal) || r.Contains('$') || r.Contains('^'));
    }
}
