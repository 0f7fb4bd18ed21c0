using Lantu.Core;
using Lantu.Core.Normalization;
using Lantu.Core.Reading;
using Lantu.Core.Text;

namespace Lantu.Tests.Structure;

/// <summary>A plan reposted in traditional characters (with pinyin glued after some of them) is read as the simplified
/// plan it is; a simplified plan is never touched, though it holds characters the conversion table lists.</summary>
public class TraditionalScriptTests
{
    private static string Corpus(string file) => Path.Combine(Samples.RepoRoot, "tests", "Lantu.Tests", "Corpus", "documents", file);

    [Fact]
    public void Traditional_repost_is_folded_to_simplified_with_the_pinyin_dropped()
    {
        var plan = PlanParser.ParseFile(Corpus("c18-national-agri-modernization-13th-trad.copied.txt"));
        Assert.Equal("全国农业现代化规划(2016—2020年)", plan.Metadata.Title);
        Assert.Contains(plan.Paragraphs, p => p.Text.StartsWith("到2020年,全国农业现代化取得明显进展,国家粮食安全得到有效保障", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Paragraphs, p => p.Text.Contains("(wù)", StringComparison.Ordinal) || p.Text.Contains('國'));
    }

    [Fact]
    public void Simplified_samples_are_left_as_they_are()
    {
        foreach (var prefix in new[] { "000", "001", "002", "003", "004" })
        {
            var source = DocumentReader.ReadFile(Samples.File(prefix));
            Assert.False(ChineseScript.IsTraditional(source.Lines), prefix);
            var doc = Normalizer.Normalize(source);
            Assert.Equal(source.Lines.Select(LineCleaner.Clean).Count(l => l.Contains('著')), doc.CleanLines.Count(l => l.Contains('著')));
        }
    }

    [Theory]
    [InlineData("國務(wù)院關(guān)於", "國務院關於")]
    [InlineData("PM2.5(微克/立方米)", "PM2.5(微克/立方米)")]
    [InlineData("生產(chǎn)能力（億噸）", "生產能力（億噸）")]
    [InlineData("附件(a)", "附件(a)")]
    public void Glued_pinyin_is_removed_and_nothing_else(string line, string expected) => Assert.Equal(expected, LineCleaner.Clean(line));
}
