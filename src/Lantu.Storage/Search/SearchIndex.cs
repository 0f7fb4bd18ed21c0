using System.Data.Common;
using Dapper;

namespace Lantu.Storage.Search;

/// <summary>
/// The SQLite full-text index (migration 012): the current version's paragraphs of every plan, FTS5 trigram,
/// contentless, a row's rowid being <see cref="RowId"/>. Triggers on plans keep it current; only a bulk copy
/// (<see cref="DatabaseCopier"/>) rebuilds it.
/// </summary>
public static class SearchIndex
{
    /// <summary>Paragraphs a version may have: the rowid keeps the seq in its low six digits.</summary>
    public const long MaxParagraphs = 1_000_000;

    /// <summary>The index row of a paragraph (SQL form: version_id * 1000000 + seq).</summary>
    public static long RowId(long versionId, int seq) => versionId * MaxParagraphs + seq;

    public static void Rebuild(DbConnection c, DbTransaction tx) => c.Execute("""
        DELETE FROM paragraph_fts;
        INSERT INTO paragraph_fts (rowid, search_text)
        SELECT pa.version_id * 1000000 + pa.seq, pa.search_text FROM paragraphs pa JOIN plans p ON p.current_version_id = pa.version_id;
        """, transaction: tx);
}
