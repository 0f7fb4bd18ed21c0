using System.Collections.Concurrent;
using Lantu.Storage.Relations;

namespace Lantu.Storage.Coordination;

/// <summary>
/// Comparisons and coordination checks memoised per <see cref="DataStamp"/>: each call reads the stamp (one query)
/// and answers from memory while it is unchanged; any new observation, link decision, relation, revision or plan
/// version changes the stamp and drops every cached result, so nothing stale is served. Concurrent requests for the
/// same missing result wait for one computation. One instance per process (the portal registers a singleton).
/// </summary>
public sealed class CoordinationCache(LantuDatabase db)
{
    /// <summary>Results kept per stamp; past this (e.g. many distinct queries), new ones are computed uncached.</summary>
    public const int MaxEntries = 512;

    private sealed record Generation(DataStamp Stamp, ConcurrentDictionary<string, Lazy<object>> Entries);
    private Generation? _current;

    public LantuDatabase Database => db;

    /// <summary>Queries longer than this are answered uncached (the page refuses them; the API only trims).</summary>
    public const int MaxKeyLength = 100;

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
        var stamp = DataStamp.Read(db);
        var g = Volatile.Read(ref _current);
        if (g is null || !g.Stamp.Equals(stamp))
        {
            var fresh = new Generation(stamp, new ConcurrentDictionary<string, Lazy<object>>());
            var seen = Interlocked.CompareExchange(ref _current, fresh, g);
            g = seen == g ? fresh : seen!;
            if (!g.Stamp.Equals(stamp)) return compute(); // another request installed another stamp meanwhile
        }
        if (g.Entries.Count >= MaxEntries && !g.Entries.ContainsKey(key)) return compute();
        // The data read by compute() is at least as new as the stamp read above, so the entry is never older than its stamp.
        var lazy = g.Entries.GetOrAdd(key, _ => new Lazy<object>(() => compute()!, LazyThreadSafetyMode.ExecutionAndPublication));
        try { return (T)lazy.Value; }
        catch
        {
            g.Entries.TryRemove(new KeyValuePair<string, Lazy<object>>(key, lazy)); // do not keep failures
            throw;
        }
    }
}
