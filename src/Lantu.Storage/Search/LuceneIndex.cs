using System.Collections.Concurrent;
using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Lantu.Storage.Search;

/// <summary>
/// The Lucene index of the current version's paragraphs of every plan, one paragraph a document, BM25. It is a cache
/// of the store kept current by <see cref="SearchIndex"/>'s change log: before a search, if the log has moved past the
/// (seq, token) recorded in the index's last commit, the changed plans are re-indexed and the new position committed
/// with them (a crash leaves the old commit, and the changes are applied again). Where it lives: SQLite — beside the
/// database file (lantu.db.index/); PostgreSQL — on each node, under the temp directory, one per server, database and
/// schema, so several web nodes each follow the same log. A missing index (a database made before migration 014, a
/// copied file, a new node) is built from the store on first use; a log that no longer holds the recorded (seq,
/// token) — another database at the same place — rebuilds it.
/// </summary>
public sealed class LuceneIndex : IDisposable
{
    private const string SeqKey = "seq", TokenKey = "token";

    private static readonly ConcurrentDictionary<string, Lazy<LuceneIndex>> Indexes = new();

    public static BM25Similarity Similarity { get; } = new();

    private readonly FSDirectory _directory;
    private readonly SearchAnalyzer _analyzer = new();
    private readonly SearcherManager _searchers;
    private readonly System.Threading.Lock _gate = new();
    private volatile Position? _applied; // null until this process has checked the index against the log

    /// <summary>A place in the change log (a class: read and replaced whole by concurrent searches).</summary>
    private sealed record Position(long Seq, string Token);

    private LuceneIndex(string path)
    {
        Location = path;
        System.IO.Directory.CreateDirectory(path);
        _directory = FSDirectory.Open(path);
        if (!DirectoryReader.IndexExists(_directory))
            using (var writer = Writer()) writer.Commit(); // an empty index without a log position: built on first use
        _searchers = new SearcherManager(_directory, new BM25SearcherFactory());
    }

    public string Location { get; }

    public SearchAnalyzer Analyzer => _analyzer;

    /// <summary>The index of a database (one instance per place in this process).</summary>
    public static LuceneIndex For(LantuDatabase db) => At(PathOf(db));

    /// <summary>The index in a directory (one instance per directory in this process), made empty if there is none.</summary>
    public static LuceneIndex At(string path) =>
        Indexes.GetOrAdd(Path.GetFullPath(path), p => new Lazy<LuceneIndex>(() => new LuceneIndex(p))).Value;

    public static string PathOf(LantuDatabase db)
    {
        if (db.Dialect == Dialect.Sqlite)
            return Path.GetFullPath(new SqliteConnectionStringBuilder(db.ConnectionString).DataSource) + ".index";
        var cs = new NpgsqlConnectionStringBuilder(db.ConnectionString);
        var key = $"{cs.Host}:{cs.Port}/{cs.Database}/{cs.SearchPath}/{cs.Username}";
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..16];
        return Path.Combine(Path.GetTempPath(), "lantu-search", $"{cs.Database}-{hash}");
    }

    /// <summary>Runs a search on an index that holds every change of the log committed before the call.</summary>
    public T Search<T>(DbConnection c, Func<IndexSearcher, T> search)
    {
        var last = Last(c);
        if (_applied is not { } a || (a.Seq, a.Token) != last)
            lock (_gate)
                if (_applied is not { } b || (b.Seq, b.Token) != last)
                {
                    var (seq, token) = CatchUp(c, last);
                    _applied = new Position(seq, token);
                }
        var searcher = _searchers.Acquire();
        try { return search(searcher); }
        finally { _searchers.Release(searcher); }
    }

    /// <summary>Brings the index up to date with the log now (at start-up, after a bulk load), so the first search
    /// does not wait for it. A search meanwhile waits for the same catch-up and then answers from it.</summary>
    public void CatchUp(LantuSession session) => session.Read((c, _) => Search(c, _ => 0));

    /// <summary>Brings the index up to the log's last row (or further, if a writer commits meanwhile).</summary>
    private (long, string) CatchUp(DbConnection c, (long Seq, string Token) last)
    {
        using (var writer = Writer())
        {
            var data = writer.CommitData;
            bool built = data.TryGetValue(SeqKey, out var s) && data.TryGetValue(TokenKey, out var token);
            (long Seq, string Token) indexed = built ? (long.Parse(s!), data[TokenKey]) : (-1, "");
            if (indexed != last)
            {
                var changes = built && Known(c, indexed)
                    ? c.Query<(long Seq, string Token, long? PlanId)>("SELECT seq, token, plan_id FROM search_changes WHERE seq > @Seq ORDER BY seq", new { indexed.Seq }).ToList()
                    : null;
                if (changes is null || changes.Any(ch => ch.PlanId is null))
                {
                    // Everything: the log position is read first, so a change committed during the build is applied again later.
                    writer.DeleteAll();
                    AddPlans(writer, c, c.Query<long>("SELECT id FROM plans WHERE current_version_id IS NOT NULL ORDER BY id").ToList(), replace: false);
                }
                else
                {
                    AddPlans(writer, c, changes.Select(ch => ch.PlanId!.Value).Distinct().ToList(), replace: true);
                    if (changes.Count > 0) last = (changes[^1].Seq, changes[^1].Token);
                }
                writer.SetCommitData(new Dictionary<string, string> { [SeqKey] = last.Seq.ToString(), [TokenKey] = last.Token });
                writer.Commit();
            }
            else last = indexed;
        }
        _searchers.MaybeRefreshBlocking();
        return last;
    }

    /// <summary>The log still holds the row the index was built up to (or the index was built from an empty log).</summary>
    private static bool Known(DbConnection c, (long Seq, string Token) indexed) =>
        indexed.Seq == 0 || c.ExecuteScalar<string?>("SELECT token FROM search_changes WHERE seq = @Seq", new { indexed.Seq }) == indexed.Token;

    private static (long, string) Last(DbConnection c) =>
        c.QueryFirstOrDefault<(long, string)?>("SELECT seq, token FROM search_changes ORDER BY seq DESC LIMIT 1") ?? (0, "");

    /// <summary>Indexes the plans' current paragraphs (replacing what the index held of them). The connection reads
    /// plan after plan on this thread while one worker per core analyses and adds them: analysis is the costly part
    /// (a full build at 1,000 plans is a minute of one core), and IndexWriter takes documents from several threads.</summary>
    private static void AddPlans(IndexWriter writer, DbConnection c, IReadOnlyList<long> planIds, bool replace)
    {
        if (planIds.Count == 0) return;
        using var queue = new BlockingCollection<(long PlanId, List<IndexedParagraph> Paragraphs)>(boundedCapacity: 8);
        using var failed = new CancellationTokenSource(); // a worker that fails stops the reading, even on a full queue
        var workers = Enumerable.Range(0, Math.Min(Environment.ProcessorCount, planIds.Count)).Select(_ => Task.Run(() =>
        {
            try
            {
                foreach (var (planId, paragraphs) in queue.GetConsumingEnumerable())
                {
                    if (replace) writer.DeleteDocuments(new Term(Fields.Plan, planId.ToString()));
                    Add(writer, paragraphs);
                }
            }
            catch { failed.Cancel(); throw; }
        })).ToArray();
        try
        {
            foreach (var planId in planIds)
                queue.Add((planId, IndexedParagraph.OfPlan(c, planId)), failed.Token);
        }
        catch (OperationCanceledException) when (failed.IsCancellationRequested) { } // the worker's failure is rethrown below
        finally
        {
            queue.CompleteAdding();
            Task.WaitAll(workers); // rethrows a worker's failure, so the commit below never happens after one
        }
    }

    private static void Add(IndexWriter writer, List<IndexedParagraph> paragraphs)
    {
        foreach (var p in paragraphs)
            // What a hit shows is kept as doc values (read straight from the page's documents, nothing to decompress);
            // the paragraph's text stays in the database and is read for the page's hits only.
            writer.AddDocument(new Document
            {
                new StringField(Fields.Plan, p.PlanId.ToString(), Field.Store.NO),
                new NumericDocValuesField(Fields.PlanOrder, p.PlanId),
                new NumericDocValuesField(Fields.LineOrder, p.LineStart),
                new NumericDocValuesField(Fields.Version, p.VersionId),
                new NumericDocValuesField(Fields.Seq, p.Seq),
                new NumericDocValuesField(Fields.LineEnd, p.LineEnd),
                new BinaryDocValuesField(Fields.Title, new BytesRef(p.Title)),
                new BinaryDocValuesField(Fields.Heading, new BytesRef(p.Heading)),
                new BinaryDocValuesField(Fields.PathValue, new BytesRef(p.Path)),
                new BinaryDocValuesField(Fields.RegionValue, new BytesRef(p.Region ?? "")),
                new TextField(Fields.Region, p.Region ?? "", Field.Store.NO),
                new TextField(Fields.Path, p.Path, Field.Store.NO),
                new TextField(Fields.Text, p.Text, Field.Store.NO),
            });
    }

    private IndexWriter Writer() => new(_directory, new IndexWriterConfig(SearchAnalyzer.Version, _analyzer)
    {
        Similarity = Similarity,
        OpenMode = OpenMode.CREATE_OR_APPEND,
        WriteLockTimeout = 30_000, // another process (a CLI ingest next to `lantu serve`) may be catching up
        RAMBufferSizeMB = 128, // shared by the worker threads of a build
        UseCompoundFile = false, // a new segment is not copied again into a compound file (about a tenth of indexing time)
    });

    public void Dispose()
    {
        _searchers.Dispose();
        _analyzer.Dispose();
        _directory.Dispose();
    }

    /// <summary>The document's fields.</summary>
    public static class Fields
    {
        public const string Plan = "plan", PlanOrder = "plan_order", LineOrder = "line_order", Version = "version", Seq = "seq",
            LineEnd = "line_end", Title = "title", Region = "region", RegionValue = "region_value", Path = "path", PathValue = "path_value",
            Heading = "heading", Text = "text";
    }

    private sealed class BM25SearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = Similarity };
    }
}
