using Lantu.Core;
using Lantu.Core.Text;
using Lantu.Storage.Search;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.NGram;
using Lucene.Net.Analysis.Shingle;
using Lucene.Net.Analysis.TokenAttributes;

namespace Lantu.Tests.Search;

/// <summary>The analyzer makes exactly the tokens, at exactly the positions, of the composition it replaced for speed
/// (NGramTokenizer 1–1, LowerCaseFilter, ShingleFilter 2–2 with unigrams): an index built before the change answers
/// the queries built after it, and recall is unchanged.</summary>
public class SearchAnalyzerTests
{
    private sealed class ShingleAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var characters = new NGramTokenizer(SearchAnalyzer.Version, reader, 1, 1);
            var shingles = new ShingleFilter(new LowerCaseFilter(SearchAnalyzer.Version, characters), 2, 2);
            shingles.SetTokenSeparator("");
            shingles.SetOutputUnigrams(true);
            return new TokenStreamComponents(characters, shingles);
        }
    }

    private static List<(string Term, int Position)> Tokens(Analyzer analyzer, string text)
    {
        var tokens = new List<(string, int)>();
        using var stream = analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        int position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add((term.ToString(), position));
        }
        stream.End();
        return tokens;
    }

    [Theory]
    [InlineData("数字经济")]
    [InlineData("网")]
    [InlineData("5G基站 PM2.5 R&D GDP 5%")]
    [InlineData("Ⅱ类 ÀÉÎ İstanbul ΣΑΣ 𠀀𠀁字")] // letters that lower-case outside ASCII, and characters outside the BMP
    [InlineData("  两个空格  与\t制表符 ")]
    [InlineData("")]
    public void Tokens_match_the_shingle_composition(string text)
    {
        using var old = new ShingleAnalyzer();
        using var analyzer = new SearchAnalyzer();
        Assert.Equal(Tokens(old, text), Tokens(analyzer, text));
    }

    [Fact]
    public void Tokens_match_the_shingle_composition_on_every_paragraph_of_the_samples()
    {
        using var old = new ShingleAnalyzer();
        using var analyzer = new SearchAnalyzer();
        int paragraphs = 0, tokens = 0;
        foreach (var file in Directory.GetFiles(Samples.PlansDir, "*.txt"))
            foreach (var p in PlanParser.ParseFile(file).Paragraphs)
            {
                var text = CjkText.SearchForm(p.Text);
                var expected = Tokens(old, text);
                Assert.Equal(expected, Tokens(analyzer, text));
                paragraphs++;
                tokens += expected.Count;
            }
        Assert.True(paragraphs > 3000 && tokens > 2 * 250_000, $"{paragraphs} paragraphs, {tokens} tokens");
    }
}
