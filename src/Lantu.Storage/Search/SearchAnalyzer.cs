using Lucene.Net.Analysis;
using Lucene.Net.Analysis.NGram;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Lantu.Storage.Search;

/// <summary>
/// How paragraphs are tokenized for the search index, built from Lucene's own analysis components: every character
/// is a token, and each character also opens a bigram with the next one at the same position — Lucene's
/// NGramTokenizer 1–2, which keeps Latin letters, digits and punctuation such as % and &amp; as Chinese characters are
/// kept, and emits a, ab, b, bc, c in order of offset; <see cref="BigramsAtTheirStart"/> puts each bigram at the
/// position of its first character. The text is lower-cased (invariant culture) as it is read. A term of any length
/// is then a run of consecutive positions: one character is its unigram, two are one bigram, more are a phrase of
/// bigrams — so the index finds exactly the paragraphs a substring scan finds, and short Chinese words (人才, 网) are
/// single postings lists rather than scans.
/// <para>Until issue 14 the same tokens came from NGramTokenizer 1–1, LowerCaseFilter and ShingleFilter 2–2 with
/// unigrams (the test SearchAnalyzerTests compares the two on the samples): the shingle filter's window and the
/// per-character lower-casing (an ICU call each) were two thirds of the indexing time.</para>
/// </summary>
public sealed class SearchAnalyzer : Analyzer
{
    public static readonly LuceneVersion Version = LuceneVersion.LUCENE_48;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var grams = new NGramTokenizer(Version, reader, 1, 2);
        return new TokenStreamComponents(grams, new BigramsAtTheirStart(grams));
    }

    /// <summary>Lower-cases the whole value at once (one call for the text instead of one per character; .NET's casing
    /// keeps the length, so offsets do not move). Lucene's reader of an empty value reads null.</summary>
    protected override TextReader InitReader(string fieldName, TextReader reader) =>
        new StringReader((reader.ReadToEnd() ?? "").ToLowerInvariant());

    /// <summary>The unigrams and bigrams of a text, each with its character position (what a query is built from).</summary>
    public (List<string> Unigrams, List<string> Bigrams) Tokens(string text)
    {
        var unigrams = new List<string>();
        var bigrams = new List<string>();
        using var stream = GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (increment.PositionIncrement > 0) unigrams.Add(term.ToString());
            else bigrams.Add(term.ToString());
        }
        stream.End();
        return (unigrams, bigrams);
    }

    /// <summary>NGramTokenizer gives every gram a position of its own; a gram that starts where the one before it
    /// started (the bigram after its first character's unigram) goes to that position.</summary>
    private sealed class BigramsAtTheirStart : TokenFilter
    {
        private readonly IOffsetAttribute _offset;
        private readonly IPositionIncrementAttribute _increment;
        private int _lastStart = -1;

        public BigramsAtTheirStart(TokenStream input) : base(input)
        {
            _offset = AddAttribute<IOffsetAttribute>();
            _increment = AddAttribute<IPositionIncrementAttribute>();
        }

        public override bool IncrementToken()
        {
            if (!m_input.IncrementToken()) return false;
            if (_offset.StartOffset == _lastStart) _increment.PositionIncrement = 0;
            _lastStart = _offset.StartOffset;
            return true;
        }

        public override void Reset()
        {
            base.Reset();
            _lastStart = -1;
        }
    }
}
