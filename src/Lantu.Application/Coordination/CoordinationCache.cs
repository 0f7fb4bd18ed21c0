using System.Collections.Concurrent;
using Lantu.Storage;
using Lantu.Storage.Relations;

namespace Lantu.Application.Coordination;

/// <summary>
/// Comparisons and coordination checks memoised per <see cref="DataStamp"/>: <see cref="Now"/> reads the stamp (one
/// query) and answers from memory while it is unchanged; any new observation, link decision, relation, revision or
/// plan version changes the stamp and drops every cached result, so nothing stale is served. Concurrent requests for
/// the same missing result wait for one computation. One instance per process (the portal registers a singleton).
/// </summary>
public sealed class CoordinationCache(LantuDatabase db)
{
    /// <summary>Results kept per stamp; past this (e.g. many distinct queries), new ones are computed uncached.</summary>
    public const int MaxEntries = 512;
    /// <summary>Queries longer than this are answered uncached (the page refuses them; the API only trims).</summary>
    public const int MaxKeyLength = 100;

    private Snapshot? _current;

    public LantuDatabase Database => db;

    /// <summary>The results for the data as it is now. A page that needs several results reads the stamp once here.</summary>
    public Snapshot Now()
    {
        var stamp = DataStamp.Read(db);
        var s = Volatile.Read(ref _current);
        if (s is not null && s.Stamp.Equals(stamp)) return s;
        var fresh = new Snapshot(db, stamp);
        // A request that read an older stamp may replace a newer snapshot: that only costs a recomputation, since every
        // result is computed from data at least as new as the stamp it is filed under.
        Volatile.Write(ref _current, fresh);
        return fresh;
    }

    public IReadOnlyList<ComparedIndicator> Compare(string indicator) => Now().Compare(indicator);
    public IReadOnlyList<Finding> Check(long? planId = null) => Now().Check(planId);
    public IReadOnlyList<PlanPairRow> ComparePlans(long planA, long planB) => Now().ComparePlans(planA, planB);
    public T Get<T>(string key, Func<T> compute) where T : class => Now().Get(key, compute);

    /// <summary>The results computed for one stamp.</summary>
    public sealed class Snapshot(LantuDatabase db, DataStamp stamp)
    {
        private readonly ConcurrentDictionary<string, Lazy<object>> _entries = new();

        public DataStamp Stamp => stamp;

        public IReadOnlyList<ComparedIndicator> Compare(string indicator) => indicator.Trim().Length > MaxKeyLength
            ? new CoordinationService(db).Compare(indicator)
            : Get("compare:" + indicator.Trim(), () => new CoordinationService(db).Compare(indicator));

        public IReadOnlyList<Finding> Check(long? planId = null) =>
            Get("check:" + planId, () => new CoordinationService(db).Check(planId));

        public IReadOnlyList<PlanPairRow> ComparePlans(long planA, long planB) =>
            Get($"plans:{planA}:{planB}", () => new PlanComparison(db).Compare(planA, planB));

        /// <summary>Plan relations as <see cref="PlanRelations.All"/> gives them (suggestions are computed over the catalogue).</summary>
        public IReadOnlyList<PlanRelation> Relations(long? planId = null) =>
            Get("relations:" + planId, () => new PlanRelations(db).All(planId));

        /// <summary>Any other result that depends only on the stamped tables, under a key of the caller's choosing.</summary>
        public T Get<T>(string key, Func<T> compute) where T : class
        {
            if (_entries.Count >= MaxEntries && !_entries.ContainsKey(key)) return compute();
            var lazy = _entries.GetOrAdd(key, _ => new Lazy<object>(() => compute(), LazyThreadSafetyMode.ExecutionAndPublication));
            try { return (T)lazy.Value; }
            catch
            {
                _entries.TryRemove(new KeyValuePair<string, Lazy<object>>(key, lazy)); // do not keep failures
                throw;
            }
        }
    }
}
