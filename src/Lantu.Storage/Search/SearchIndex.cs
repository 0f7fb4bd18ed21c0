using System.Data.Common;
using Dapper;
using Npgsql;

namespace Lantu.Storage.Search;

/// <summary>
/// The change log the search index follows (migration 014): writers record each change of a plan's searchable
/// content in their own transaction; every index (<see cref="LuceneIndex"/>) applies the log up to its last row.
/// </summary>
public static class SearchIndex
{
    /// <summary>Paragraphs a version may have (a bound on a document, kept from the FTS5 index's row ids).</summary>
    public const long MaxParagraphs = 1_000_000;

    /// <summary>The advisory lock that orders changes on PostgreSQL ("lantu-se" as a number).</summary>
    private const long LockKey = 0x6C616E74752D7365;

    /// <summary>Records that a plan's current version changed (or, with null, that everything may have).</summary>
    public static void Record(DbConnection c, DbTransaction tx, long? planId)
    {
        // Held to commit: the next writer reads MAX(seq) only after this one committed, so seq follows commit order
        // and no node can apply N+1 before N is visible. SQLite has one writer at a time already.
        if (c is NpgsqlConnection) c.Execute("SELECT pg_advisory_xact_lock(@key)", new { key = LockKey }, tx);
        c.Execute("""
            INSERT INTO search_changes (seq, token, plan_id, changed_at)
            SELECT COALESCE(MAX(seq), 0) + 1, @token, @planId, @now FROM search_changes
            """, new { token = Guid.NewGuid().ToString("N"), planId, now = DateTime.UtcNow.ToString("O") }, tx);
    }

    /// <summary>After a bulk copy: every index rebuilds from the store.</summary>
    public static void Rebuild(DbConnection c, DbTransaction tx) => Record(c, tx, null);
}
