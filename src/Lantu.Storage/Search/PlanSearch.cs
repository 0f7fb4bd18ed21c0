using System.Data.Common;
using Dapper;

namespace Lantu.Storage.Search;

/// <summary>
/// Full-text search over the current version of every plan. A hit contains every term; it ranks by how often it
/// holds the whole phrases typed (×10) and the terms. On SQLite, candidates come from the FTS5 trigram index when
/// every term has three characters or more; shorter terms (one or two Chinese characters) and PostgreSQL (pg_trgm
/// index) use a substring match. Each hit names its plan, heading and exact line.
/// </summary>
public sealed class PlanSearch(LantuDatabase db)
{
    private sealed class Row
    {
        public long PlanId { get; init; }
        public long VersionId { get; init; }
        public required string PlanTitle { get; init; }
        public string? Region { get; init; }
        public int LineStart { get; init; }
        public int LineEnd { get; init; }
        public required string Text { get; init; }
    }

    public IReadOnlyList<SearchHit> Search(SearchQuery query)
    {
        var terms = query.Terms;
        if (terms.Count == 0) return [];
        var phrases = query.Phrases;
        using var c = db.Connect();
        bool fts = db.Dialect == Dialect.Sqlite && terms.All(t => t.Length >= 3);
        var rows = (fts ? FullText(c, query, terms) : Substring(c, db.Dialect, query, terms))
            .Select(r => (Row: r, Score: 10.0 * phrases.Sum(p => Snippets.Count(r.Text, p)) + terms.Sum(t => Snippets.Count(r.Text, t))))
            .OrderByDescending(r => r.Score).ThenBy(r => r.Row.PlanId).ThenBy(r => r.Row.LineStart);
        var hits = new List<SearchHit>();
        foreach (var (row, score) in rows)
        {
            var (heading, path) = Headings(c, row.VersionId, row.LineStart);
            if (query.Chapter is { Length: > 0 } chapter && !path.Contains(chapter, StringComparison.Ordinal)) continue;
            hits.Add(new SearchHit
            {
                Plan = row.PlanId, Title = row.PlanTitle, Region = row.Region, Heading = heading, Path = path,
                LineStart = ExactLine(c, row, Snippets.Count(row.Text, phrases[0]) > 0 ? phrases[0] : terms[0]),
                Snippet = Snippets.Window(Snippets.Mark(row.Text, terms)), Score = score,
            });
            if (hits.Count >= query.Limit) break;
        }
        return hits;
    }

    private const string Columns = "p.id AS plan_id, pa.version_id, p.title AS plan_title, p.region, pa.line_start, pa.line_end, pa.search_text AS text";

    private static string Filters(SearchQuery q) =>
        (q.PlanId is null ? "" : " AND p.id = @PlanId") + (q.Region is { Length: > 0 } ? " AND p.region LIKE @RegionLike" : "");

    private static IEnumerable<Row> FullText(DbConnection c, SearchQuery q, IReadOnlyList<string> terms)
    {
        var match = string.Join(" AND ", terms.Select(t => "\"" + t.Replace("\"", "\"\"") + "\""));
        return c.Query<Row>($"""
            SELECT {Columns}
            FROM paragraph_fts f
            JOIN paragraphs pa ON pa.version_id = f.version_id AND pa.seq = f.seq
            JOIN plans p ON p.current_version_id = f.version_id
            WHERE paragraph_fts MATCH @match{Filters(q)}
            ORDER BY bm25(paragraph_fts) LIMIT @limit
            """, new { match, q.PlanId, RegionLike = $"%{q.Region}%", limit = q.Limit * 10 });
    }

    private static IEnumerable<Row> Substring(DbConnection c, Dialect dialect, SearchQuery q, IReadOnlyList<string> terms)
    {
        // Latin letters match whatever their case, as FTS5 trigram and SQLite's LIKE do; PostgreSQL's LIKE does not.
        var like = dialect == Dialect.Postgres ? "ILIKE" : "LIKE";
        var where = string.Join(" AND ", terms.Select((_, i) => $"pa.search_text {like} @t{i} ESCAPE '\\'"));
        var args = new DynamicParameters(new { q.PlanId, RegionLike = $"%{q.Region}%" });
        for (int i = 0; i < terms.Count; i++) args.Add($"t{i}", "%" + terms[i].Replace("%", "\\%") + "%");
        return c.Query<Row>($"""
            SELECT {Columns}
            FROM paragraphs pa JOIN plans p ON p.current_version_id = pa.version_id
            WHERE {where}{Filters(q)}
            """, args);
    }

    private static (string Heading, string Path) Headings(DbConnection c, long versionId, int line)
    {
        var nodes = c.Query<(string Number, string Title)>("""
            SELECT number, title FROM outline_nodes
            WHERE version_id = @versionId AND line_start <= @line AND line_end >= @line AND kind NOT IN ('table')
            ORDER BY depth
            """, new { versionId, line }).Select(n => $"{n.Number} {n.Title}".Trim()).ToList();
        return (nodes.LastOrDefault() ?? "", string.Join(" / ", nodes));
    }

    /// <summary>The source line where the first term starts, within the paragraph's span (a term may be wrapped).</summary>
    private static int ExactLine(DbConnection c, Row row, string term)
    {
        if (row.LineStart == row.LineEnd) return row.LineStart;
        var lines = c.Query<(long LineNo, string Text)>(
            "SELECT line_no, text FROM source_lines WHERE version_id = @v AND line_no BETWEEN @a AND @b ORDER BY line_no",
            new { v = row.VersionId, a = row.LineStart, b = row.LineEnd }).ToList();
        var compact = lines.Select(l => (l.LineNo, Text: l.Text.Replace(" ", "").Trim())).ToList();
        var joined = string.Concat(compact.Select(l => l.Text));
        int at = joined.IndexOf(term.Replace(" ", ""), StringComparison.OrdinalIgnoreCase);
        if (at < 0) return row.LineStart;
        foreach (var (no, text) in compact)
        {
            if (at < text.Length) return (int)no;
            at -= text.Length;
        }
        return row.LineStart;
    }
}
