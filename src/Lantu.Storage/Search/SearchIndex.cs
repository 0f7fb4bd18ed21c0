using System.Data.Common;
using Dapper;

namespace Lantu.Storage.Search;

/// <summary>
/// The SQLite full-text indexes (migration 011) of the current version's paragraphs of every plan, contentless,
/// a row's rowid being <see cref="RowId"/>: paragraph_fts (trigrams, terms of three characters or more) and
/// paragraph_chars (one token per character, shorter terms). Triggers on plans keep them current; only a bulk copy
/// (<see cref="DatabaseCopier"/>) rebuilds them.
/// </summary>
public static class SearchIndex
{
    /// <summary>Paragraphs a version may have: the rowid keeps the seq in its low six digits.</summary>
    public const long MaxParagraphs = 1_000_000;

    /// <summary>The index row of a paragraph (SQL form: version_id * 1000000 + seq).</summary>
    public static long RowId(long versionId, int seq) => versionId * MaxParagraphs + seq;

    public static void Rebuild(DbConnection c, DbTransaction tx) => c.Execute("""
        DELETE FROM paragraph_fts;
        DELETE FROM paragraph_chars;
        INSERT INTO paragraph_fts (rowid, search_text)
        SELECT pa.version_id * 1000000 + pa.seq, pa.search_text FROM paragraphs pa JOIN plans p ON p.current_version_id = pa.version_id;
        INSERT INTO paragraph_chars (rowid, chars)
        SELECT pa.version_id * 1000000 + pa.seq,
            (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < LENGTH(pa.search_text))
             SELECT group_concat(substr(pa.search_text, i, 1), ' ' ORDER BY i) FROM n)
        FROM paragraphs pa JOIN plans p ON p.current_version_id = pa.version_id;
        """, transaction: tx);

    /// <summary>The paragraph_chars query for a term: its characters as one phrase ("人才" → "人 才").</summary>
    public static string CharsPhrase(string term) => "\"" + string.Join(" ", term.EnumerateRunes()).Replace("\"", "\"\"") + "\"";
}
