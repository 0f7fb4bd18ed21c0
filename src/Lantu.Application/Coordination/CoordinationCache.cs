using System.Collections.Concurrent;
using Lantu.Storage;
using Lantu.Storage.Relations;

namespace Lantu.Application.Coordination;

/// <summary>
/// Comparisons and coordination checks memoised per <see cref="DataStamp"/>: <see cref="Now"/> reads the stamp (one
/// query) and answers from memory while it is unchanged; any new observation, link decision, relation, revision or
/// plan version changes the stamp and drops every cached result, so nothing stale is served. Concurrent requests for
/// the same missing result wait for one computation. The memory is the process's (<see cref="CoordinationMemory"/>,
/// a singleton); this scoped view computes a missing result with the request's own services.
/// </summary>
public sealed class CoordinationCache(CoordinationMemory memory, LantuSession session, CoordinationService coordination,
    PlanComparison comparison, PlanRelations relations)
{
    /// <summary>Results kept per stamp; past this (e.g. many distinct queries), new ones are computed uncached.</summary>
    public const int MaxEntries = 512;
    /// <summary>Queries longer than this are answered uncached (the page refuses them; the API only trims).</summary>
    public const int MaxKeyLength = 100;

    /// <summary>The results for the data as it is now. A page that needs several results reads the stamp once here.</summary>
    public Snapshot Now() => new(this, memory.For(DataStamp.Read(session)));

    private CoordinationService Coordination => coordination;
    private PlanComparison Comparison => comparison;
    private PlanRelations Relations => relations;

    public IReadOnlyList<ComparedIndicator> Compare(string indicator) => Now().Compare(indicator);
    public IReadOnlyList<Finding> Check(long? planId = null) => Now().Check(planId);
    public IReadOnlyList<PlanPairRow> ComparePlans(long planA, long planB) => Now().ComparePlans(planA, planB);
    public T Get<T>(string key, Func<T> compute) where T : class => Now().Get(key, compute);

    /// <summary>The results computed for one stamp.</summary>
    public sealed class Snapshot
    {
        private readonly CoordinationCache _owner;
        private readonly CoordinationMemory.Results _results;

        internal Snapshot(CoordinationCache owner, CoordinationMemory.Results results) => (_owner, _results) = (owner, results);

        public DataStamp Stamp => _results.Stamp;

        public IReadOnlyList<ComparedIndicator> Compare(string indicator) => indicator.Trim().Length > MaxKeyLength
            ? _owner.Coordination.Compare(indicator)
            : Get("compare:" + indicator.Trim(), () => _owner.Coordination.Compare(indicator));

        public IReadOnlyList<Finding> Check(long? planId = null) =>
            Get("check:" + planId, () => _owner.Coordination.Check(planId));

        public IReadOnlyList<PlanPairRow> ComparePlans(long planA, long planB) =>
            Get($"plans:{planA}:{planB}", () => _owner.Comparison.Compare(planA, planB));

        /// <summary>Plan relations as <see cref="PlanRelations.All"/> gives them (suggestions are computed over the catalogue).</summary>
        public IReadOnlyList<PlanRelation> Relations(long? planId = null) =>
            Get("relations:" + planId, () => _owner.Relations.All(planId));

        /// <summary>Any other result that depends only on the stamped tables, under a key of the caller's choosing.</summary>
        public T Get<T>(string key, Func<T> compute) where T : class
        {
            var entries = _results.Entries;
            if (entries.Count >= MaxEntries && !entries.ContainsKey(key)) return compute();
            var lazy = entries.GetOrAdd(key, _ => new Lazy<object>(() => compute(), LazyThreadSafetyMode.ExecutionAndPublication));
            try { return (T)lazy.Value; }
            catch
            {
                entries.TryRemove(new KeyValuePair<string, Lazy<object>>(key, lazy)); // do not keep failures
                throw;
            }
        }
    }
}

/// <summary>The coordination results kept for the newest data stamp seen, one per process (a singleton).</summary>
public sealed class CoordinationMemory
{
    private Results? _current;

    /// <summary>The results filed under <paramref name="stamp"/>: the kept ones while the stamp is unchanged, else new, empty ones.</summary>
    internal Results For(DataStamp stamp)
    {
        var s = Volatile.Read(ref _current);
        if (s is not null && s.Stamp.Equals(stamp)) return s;
        var fresh = new Results(stamp);
        // A request that read an older stamp may replace a newer snapshot: that only costs a recomputation, since every
        // result is computed from data at least as new as the stamp it is filed under.
        Volatile.Write(ref _current, fresh);
        return fresh;
    }

    internal sealed class Results(DataStamp stamp)
    {
        public DataStamp Stamp => stamp;
        public ConcurrentDictionary<string, Lazy<object>> Entries { get; } = new();
    }
}
