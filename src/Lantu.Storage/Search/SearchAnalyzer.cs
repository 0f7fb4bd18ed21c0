using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.NGram;
using Lucene.Net.Analysis.Shingle;
using Lucene.Net.Util;

namespace Lantu.Storage.Search;

/// <summary>
/// How paragraphs are tokenized for the search index, built from Lucene's own analysis components: every character
/// is a token (NGramTokenizer 1–1, which keeps Latin letters, digits and punctuation such as % and &amp; as Chinese
/// characters are kept), lower-cased, and each character also opens a bigram with the next one at the same position
/// (ShingleFilter 2–2 with unigrams). A term of any length is then a run of consecutive positions: one character is
/// its unigram, two are one bigram, more are a phrase of bigrams — so the index finds exactly the paragraphs a
/// substring scan finds, and short Chinese words (人才, 网) are single postings lists rather than scans.
/// </summary>
public sealed class SearchAnalyzer : Analyzer
{
    public static readonly LuceneVersion Version = LuceneVersion.LUCENE_48;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var characters = new NGramTokenizer(Version, reader, 1, 1);
        var shingles = new ShingleFilter(new LowerCaseFilter(Version, characters), 2, 2);
        shingles.SetTokenSeparator("");
        shingles.SetOutputUnigrams(true);
        return new TokenStreamComponents(characters, shingles);
    }

    /// <summary>The unigrams and bigrams of a text, each with its character position (what a query is built from).</summary>
    public (List<string> Unigrams, List<string> Bigrams) Tokens(string text)
    {
        var unigrams = new List<string>();
        var bigrams = new List<string>();
        using var stream = GetTokenStream("text", text);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        var increment = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (increment.PositionIncrement > 0) unigrams.Add(term.ToString());
            else bigrams.Add(term.ToString());
        }
        stream.End();
        return (unigrams, bigrams);
    }
}
