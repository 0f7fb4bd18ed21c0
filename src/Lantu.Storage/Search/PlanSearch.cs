using System.Data.Common;
using System.Text;
using Dapper;

namespace Lantu.Storage.Search;

/// <summary>
/// Full-text search over the current version of every plan. A hit contains every term; it ranks by how often it
/// holds the whole phrases typed (×10) and the terms, then by plan and line. The database filters, scores, orders
/// and cuts to the page, so only the page's paragraphs leave it: on SQLite terms of three characters or more go
/// through the FTS5 trigram index of current versions (migration 012) and shorter ones (one or two Chinese
/// characters) are matched with LIKE among those candidates, or among the current versions' paragraphs when no term
/// is long enough; on PostgreSQL ILIKE, which the pg_trgm index serves for terms of three characters or more.
/// Headings and exact lines of the page's hits come in one query each.
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

    /// <summary>How the candidates of a query are found (for the benchmark's report).</summary>
    public string MethodOf(SearchQuery query) =>
        db.Dialect == Dialect.Postgres ? "pg_trgm" : query.Terms.Any(t => t.Length >= 3) ? "fts5" : "like";

    public IReadOnlyList<SearchHit> Search(SearchQuery query)
    {
        var terms = query.Terms;
        if (terms.Count == 0 || query.Limit <= 0) return [];
        var phrases = query.Phrases;
        using var c = db.Connect();
        var rows = Candidates(c, query, terms, phrases)
            .Select(r => (Row: r, Score: 10.0 * phrases.Sum(p => Snippets.Count(r.Text, p)) + terms.Sum(t => Snippets.Count(r.Text, t))))
            .OrderByDescending(r => r.Score).ThenBy(r => r.Row.PlanId).ThenBy(r => r.Row.LineStart).ToList();
        var headings = Headings(c, rows.Select(r => r.Row).ToList());
        var lines = Lines(c, rows.Select(r => r.Row).ToList());
        var hits = new List<SearchHit>();
        for (int i = 0; i < rows.Count && hits.Count < query.Limit; i++)
        {
            var (row, score) = rows[i];
            var nodes = headings[i];
            var path = string.Join(" / ", nodes);
            if (query.Chapter is { Length: > 0 } chapter && !path.Contains(chapter, StringComparison.Ordinal)) continue;
            hits.Add(new SearchHit
            {
                Plan = row.PlanId, Title = row.PlanTitle, Region = row.Region, Heading = nodes.LastOrDefault() ?? "", Path = path,
                LineStart = ExactLine(row, lines[i], Snippets.Count(row.Text, phrases[0]) > 0 ? phrases[0] : terms[0]),
                Snippet = Snippets.Window(Snippets.Mark(row.Text, terms)), Score = score,
            });
        }
        return hits;
    }

    /// <summary>The best paragraphs for the page, scored in SQL as <see cref="Search"/> scores them in C#.</summary>
    private List<Row> Candidates(DbConnection c, SearchQuery q, IReadOnlyList<string> terms, IReadOnlyList<string> phrases)
    {
        var args = new DynamicParameters(new { q.PlanId, RegionLike = "%" + Escape(q.Region ?? "") + "%", ChapterLike = "%" + Escape(q.Chapter ?? "") + "%" });
        // The chapter is checked exactly on the headings afterwards; SQL only narrows to paragraphs under a heading
        // that names it, with room for the few the exact check may still drop.
        args.Add("limit", q.Chapter is { Length: > 0 } ? q.Limit * 2 : q.Limit);
        bool fts = db.Dialect == Dialect.Sqlite && terms.Any(t => t.Length >= 3);
        var like = db.Dialect == Dialect.Postgres ? "ILIKE" : "LIKE";
        var where = new List<string>();
        string from;
        if (fts)
        {
            args.Add("match", string.Join(" AND ", terms.Where(t => t.Length >= 3).Select(t => "\"" + t.Replace("\"", "\"\"") + "\"")));
            from = "paragraph_fts f JOIN paragraphs pa ON pa.version_id = f.rowid / 1000000 AND pa.seq = f.rowid % 1000000";
            where.Add("paragraph_fts MATCH @match");
        }
        else from = "paragraphs pa";
        for (int i = 0; i < terms.Count; i++)
        {
            if (fts && terms[i].Length >= 3) continue;
            if (db.Dialect == Dialect.Sqlite && Caseless(terms[i]))
            {
                // Exact bytes (instr) where case cannot matter; LIKE would fold case for nothing.
                args.Add($"t{i}", terms[i]);
                where.Add($"instr(pa.search_text, @t{i}) > 0");
                continue;
            }
            args.Add($"t{i}", "%" + Escape(terms[i]) + "%");
            where.Add($"pa.search_text {like} @t{i} ESCAPE '\\'");
        }
        if (q.PlanId is not null) where.Add("p.id = @PlanId");
        if (q.Region is { Length: > 0 }) where.Add("p.region LIKE @RegionLike ESCAPE '\\'");
        if (q.Chapter is { Length: > 0 })
            where.Add($"""
                EXISTS (SELECT 1 FROM outline_nodes n WHERE n.version_id = pa.version_id AND n.line_start <= pa.line_start
                    AND n.line_end >= pa.line_start AND n.kind <> 'table' AND n.number || ' ' || n.title LIKE @ChapterLike ESCAPE '\')
                """);
        return c.Query<Row>($"""
            SELECT p.id AS plan_id, pa.version_id, p.title AS plan_title, p.region, pa.line_start, pa.line_end, pa.search_text AS text,
                {Score(terms, phrases)} AS score
            FROM {from} JOIN plans p ON p.current_version_id = pa.version_id
            WHERE {string.Join(" AND ", where)}
            ORDER BY score DESC, p.id, pa.line_start
            LIMIT @limit
            """, args).ToList();
    }

    /// <summary>10 × occurrences of each phrase + occurrences of each term (non-overlapping, ASCII case ignored): the
    /// length lost when a needle is removed, over its length. Needles are quoted literals of letters, digits and + % . -.</summary>
    private static string Score(IReadOnlyList<string> terms, IReadOnlyList<string> phrases)
    {
        static string Count(string needle)
        {
            var lower = needle.ToLowerInvariant().Replace("'", "''");
            var text = Caseless(needle) ? "pa.search_text" : "LOWER(pa.search_text)";
            return $"((LENGTH({text}) - LENGTH(REPLACE({text}, '{lower}', ''))) / {lower.Length})";
        }
        return string.Join(" + ", phrases.Select(p => "10 * " + Count(p)).Concat(terms.Select(Count)));
    }

    /// <summary>No Latin letters (Chinese, digits, + % . -): case cannot matter, so no case folding is needed.</summary>
    private static bool Caseless(string text) => !text.Any(char.IsAsciiLetter);

    private static string Escape(string text) => text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");

    /// <summary>For each row, "number title" of the headings containing its first line, chapter first; one query.</summary>
    private static List<string>[] Headings(DbConnection c, List<Row> rows)
    {
        var result = rows.Select(_ => new List<string>()).ToArray();
        if (rows.Count == 0) return result;
        var (values, args) = Keys(rows, r => [r.VersionId, r.LineStart]);
        foreach (var n in c.Query<(int I, string Number, string Title)>($"""
                     WITH h(i, v, l) AS (VALUES {values})
                     SELECT h.i, n.number, n.title FROM h JOIN outline_nodes n
                         ON n.version_id = h.v AND n.line_start <= h.l AND n.line_end >= h.l AND n.kind <> 'table'
                     ORDER BY h.i, n.depth
                     """, args))
            result[n.I].Add($"{n.Number} {n.Title}".Trim());
        return result;
    }

    /// <summary>For each row spanning several lines, its source lines; one query.</summary>
    private static List<(int LineNo, string Text)>[] Lines(DbConnection c, List<Row> rows)
    {
        var result = rows.Select(_ => new List<(int, string)>()).ToArray();
        var (values, args) = Keys(rows, r => r.LineEnd > r.LineStart ? [r.VersionId, r.LineStart, r.LineEnd] : null);
        if (values.Length == 0) return result;
        foreach (var l in c.Query<(int I, int LineNo, string Text)>($"""
                     WITH h(i, v, a, b) AS (VALUES {values})
                     SELECT h.i, s.line_no, s.text FROM h JOIN source_lines s ON s.version_id = h.v AND s.line_no BETWEEN h.a AND h.b
                     ORDER BY h.i, s.line_no
                     """, args))
            result[l.I].Add((l.LineNo, l.Text));
        return result;
    }

    /// <summary>A VALUES list (row index, then the given numbers) for the rows that give numbers, as parameters.</summary>
    private static (string Values, DynamicParameters Args) Keys(List<Row> rows, Func<Row, long[]?> key)
    {
        var values = new StringBuilder();
        var args = new DynamicParameters();
        for (int i = 0; i < rows.Count; i++)
        {
            if (key(rows[i]) is not { } numbers) continue;
            if (values.Length > 0) values.Append(", ");
            values.Append($"({i}");
            for (int k = 0; k < numbers.Length; k++)
            {
                values.Append($", @k{i}_{k}");
                args.Add($"k{i}_{k}", numbers[k]);
            }
            values.Append(')');
        }
        return (values.ToString(), args);
    }

    /// <summary>The source line where the term starts, within the paragraph's span (a term may be wrapped).</summary>
    private static int ExactLine(Row row, List<(int LineNo, string Text)> lines, string term)
    {
        if (row.LineStart == row.LineEnd) return row.LineStart;
        var compact = lines.Select(l => (l.LineNo, Text: l.Text.Replace(" ", "").Trim())).ToList();
        var joined = string.Concat(compact.Select(l => l.Text));
        int at = joined.IndexOf(term.Replace(" ", ""), StringComparison.OrdinalIgnoreCase);
        if (at < 0) return row.LineStart;
        foreach (var (no, text) in compact)
        {
            if (at < text.Length) return no;
            at -= text.Length;
        }
        return row.LineStart;
    }
}
