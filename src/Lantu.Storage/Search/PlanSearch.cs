using System.Data.Common;
using System.Text;
using Dapper;
using Lantu.Core.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Lantu.Storage.Search;

/// <summary>
/// Full-text search over the current version of every plan, answered from the Lucene index
/// (<see cref="LuceneIndex"/>, brought up to date with the store first): a hit contains every term as a substring
/// (the same paragraphs a plain scan finds), ranked by BM25 with a bonus for the whole phrases typed, then by plan and
/// line. Lucene keeps only the page's top hits; only their text and exact lines are read from the database.
/// The index is the database's own (<see cref="LuceneIndex.For"/>) unless one is given (another node's, in tests).
/// </summary>
public sealed class PlanSearch(LantuSession session, LuceneIndex? index = null)
{
    private sealed record Row(long PlanId, long VersionId, int Seq, string PlanTitle, string? Region, int LineStart, int LineEnd, string Path, string Heading, double Score)
    {
        public string Text { get; set; } = "";
    }

    private static readonly Sort Ranking = new(SortField.FIELD_SCORE,
        new SortField(LuceneIndex.Fields.PlanOrder, SortFieldType.INT64), new SortField(LuceneIndex.Fields.LineOrder, SortFieldType.INT64));

    /// <summary>How the hits of a query are found (for the benchmark's report).</summary>
    public string MethodOf(SearchQuery query) => query.Terms.Count == 0 ? "none" : "lucene";

    public IReadOnlyList<SearchHit> Search(SearchQuery query)
    {
        if (query.Terms.Count == 0 || query.Limit <= 0) return [];
        var lucene = index ?? LuceneIndex.For(session.Database);
        return session.Read((c, _) => Hits(c, lucene, query));
    }

    private static List<SearchHit> Hits(DbConnection c, LuceneIndex lucene, SearchQuery query)
    {
        var (terms, phrases) = (query.Terms, query.Phrases);
        var rows = lucene.Search(c, searcher =>
        {
            var top = searcher.Search(SearchQueries.Text(lucene.Analyzer, query), SearchQueries.Narrowing(lucene.Analyzer, query), Math.Max(0, query.Offset) + query.Limit, Ranking, true, false);
            return top.ScoreDocs.Skip(Math.Max(0, query.Offset)).Select(hit =>
            {
                var leaves = searcher.IndexReader.Leaves;
                var leaf = leaves[ReaderUtil.SubIndex(hit.Doc, leaves)];
                var reader = leaf.AtomicReader;
                int doc = hit.Doc - leaf.DocBase;
                long Number(string field) => reader.GetNumericDocValues(field).Get(doc);
                string Text(string field)
                {
                    var bytes = new BytesRef();
                    reader.GetBinaryDocValues(field).Get(doc, bytes);
                    return bytes.Utf8ToString();
                }
                return new Row(Number(LuceneIndex.Fields.PlanOrder), Number(LuceneIndex.Fields.Version), (int)Number(LuceneIndex.Fields.Seq),
                    Text(LuceneIndex.Fields.Title), Text(LuceneIndex.Fields.RegionValue) is { Length: > 0 } r ? r : null,
                    (int)Number(LuceneIndex.Fields.LineOrder), (int)Number(LuceneIndex.Fields.LineEnd), Text(LuceneIndex.Fields.PathValue),
                    Text(LuceneIndex.Fields.Heading), hit.Score);
            }).ToList();
        });
        Texts(c, rows);
        var lines = Lines(c, rows);
        return rows.Select((row, i) => new SearchHit
        {
            Plan = row.PlanId, Title = row.PlanTitle, Region = row.Region, Heading = row.Heading, Path = row.Path,
            LineStart = ExactLine(row, lines[i], Snippets.Count(row.Text, phrases[0]) > 0 ? phrases[0] : terms[0]),
            Snippet = Snippets.Window(Snippets.Mark(row.Text, terms)), Score = row.Score,
        }).ToList();
    }

    /// <summary>A lookup per hit through the primary key. PostgreSQL is told so with LATERAL and OFFSET 0, which keeps
    /// the subquery from being flattened: a plain join (or a flattened LATERAL) of 50 keys became a hash join over a
    /// parallel scan of all source lines, 124 ms at N = 200, against 15 ms for 50 index lookups. SQLite, which has no
    /// LATERAL, already joins a small CTE by nested loop over the key.</summary>
    private static string Lateral(DbConnection c, string lateral, string join) =>
        c is Npgsql.NpgsqlConnection ? "CROSS JOIN LATERAL " + lateral : "JOIN " + join;

    /// <summary>The paragraphs' text in search form, from the database; one query.</summary>
    private static void Texts(DbConnection c, List<Row> rows)
    {
        var (values, args) = Keys(rows, r => [r.VersionId, r.Seq]);
        if (values.Length == 0) return;
        foreach (var (i, text) in c.Query<(int I, string Text)>($"""
                     WITH h(i, v, s) AS (VALUES {values})
                     SELECT h.i, t.text FROM h {Lateral(c, "(SELECT pa.text FROM paragraphs pa WHERE pa.version_id = h.v AND pa.seq = h.s OFFSET 0) t",
                         "paragraphs t ON t.version_id = h.v AND t.seq = h.s")}
                     """, args))
            rows[i].Text = CjkText.SearchForm(text);
    }

    /// <summary>For each row spanning several lines, its source lines; one query.</summary>
    private static List<(int LineNo, string Text)>[] Lines(DbConnection c, List<Row> rows)
    {
        var result = rows.Select(_ => new List<(int, string)>()).ToArray();
        var (values, args) = Keys(rows, r => r.LineEnd > r.LineStart ? [r.VersionId, r.LineStart, r.LineEnd] : null);
        if (values.Length == 0) return result;
        foreach (var l in c.Query<(int I, int LineNo, string Text)>($"""
                     WITH h(i, v, a, b) AS (VALUES {values})
                     SELECT h.i, t.line_no, t.text FROM h {Lateral(c, "(SELECT s.line_no, s.text FROM source_lines s WHERE s.version_id = h.v AND s.line_no BETWEEN h.a AND h.b OFFSET 0) t",
                         "source_lines t ON t.version_id = h.v AND t.line_no BETWEEN h.a AND h.b")}
                     ORDER BY h.i, t.line_no
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
