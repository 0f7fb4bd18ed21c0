using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Lantu.Storage.Search;

/// <summary>
/// Lucene queries from what was typed, through the index's own analyzer: a term is found exactly where it occurs as
/// a substring (see <see cref="SearchAnalyzer"/>) — one character is its unigram, two are one bigram, more are a
/// phrase of bigrams at their character positions (every second one, and the last), so order is respected.
/// </summary>
public static class SearchQueries
{
    /// <summary>Every term must occur; a whole phrase typed (5G基站, split into the terms 5G and 基站) adds to the score.</summary>
    public static Query Text(SearchAnalyzer analyzer, SearchQuery query)
    {
        var all = new BooleanQuery();
        foreach (var term in query.Terms)
            all.Add(Substring(analyzer, LuceneIndex.Fields.Text, term), Occur.MUST);
        foreach (var phrase in query.Phrases.Where(p => !query.Terms.Contains(p)))
        {
            var whole = Substring(analyzer, LuceneIndex.Fields.Text, phrase);
            whole.Boost = 2;
            all.Add(whole, Occur.SHOULD);
        }
        return all;
    }

    /// <summary>Plan, region and chapter, which narrow the hits without changing their scores (null: none).</summary>
    public static Filter? Narrowing(SearchAnalyzer analyzer, SearchQuery query)
    {
        var all = new BooleanQuery();
        if (query.PlanId is { } plan) all.Add(new TermQuery(new Term(LuceneIndex.Fields.Plan, plan.ToString())), Occur.MUST);
        if (query.Region is { Length: > 0 } region) all.Add(Substring(analyzer, LuceneIndex.Fields.Region, region), Occur.MUST);
        if (query.Chapter is { Length: > 0 } chapter) all.Add(Substring(analyzer, LuceneIndex.Fields.Path, chapter), Occur.MUST);
        return all.Clauses.Count == 0 ? null : new QueryWrapperFilter(all);
    }

    /// <summary>The paragraphs whose field holds the text as a substring (ASCII case ignored).</summary>
    public static Query Substring(SearchAnalyzer analyzer, string field, string text)
    {
        var (unigrams, bigrams) = analyzer.Tokens(text);
        if (unigrams.Count == 0) return new BooleanQuery(); // matches nothing
        if (bigrams.Count == 0) return new TermQuery(new Term(field, unigrams[0]));
        if (bigrams.Count == 1) return new TermQuery(new Term(field, bigrams[0]));
        var phrase = new PhraseQuery();
        for (int i = 0; i < bigrams.Count; i += 2) phrase.Add(new Term(field, bigrams[i]), i);
        if (bigrams.Count % 2 == 0) phrase.Add(new Term(field, bigrams[^1]), bigrams.Count - 1);
        return phrase;
    }
}
