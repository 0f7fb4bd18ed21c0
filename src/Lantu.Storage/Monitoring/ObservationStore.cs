using System.Data.Common;
using Dapper;

namespace Lantu.Storage.Monitoring;

/// <summary>
/// Observed values with full history: recording a value for a year that already has one adds a revision; nothing
/// is overwritten. Several values are recorded in one transaction (an import is all or nothing).
/// </summary>
public sealed class ObservationStore(LantuSession session)
{
    public IReadOnlyList<Observation> RecordAll(long planId, IReadOnlyList<ObservationInput> inputs, string reportedBy) =>
        session.Write((c, tx) => inputs.Select(i => Insert(c, tx, planId, i, reportedBy)).ToList());

    public Observation Record(long planId, ObservationInput input, string reportedBy) => RecordAll(planId, [input], reportedBy)[0];

    /// <summary>
    /// Adds the next revision inside a caller's transaction (an approved submission becomes an observation,
    /// <paramref name="approvedBy"/> naming its reviewer). Corrections of the same value at the same moment must not
    /// read the same highest revision: SQLite transactions begin IMMEDIATE (one writer at a time); on PostgreSQL a
    /// transaction-scoped advisory lock on the value's period makes the next writer wait until this one commits, and
    /// the revision is computed inside the INSERT itself.
    /// </summary>
    internal static Observation Insert(DbConnection c, DbTransaction tx, long planId, ObservationInput i, string reportedBy, string? approvedBy = null)
    {
        if (c is Npgsql.NpgsqlConnection)
            c.Execute("SELECT pg_advisory_xact_lock(@key)", new { key = LockKey(planId, i) }, tx);
        var at = DateTime.UtcNow.ToString("O");
        var (id, revision) = c.QuerySingle<(long Id, long Revision)>("""
            INSERT INTO observations (plan_id, indicator_key, year, quarter, revision, value, source, note, flag, reported_by, reported_at, approved_by, grade, estimate)
            SELECT @planId, @IndicatorKey, @Year, @Quarter, COALESCE(MAX(revision), 0) + 1, @Value, @Source, @Note, @Flag, @reportedBy, @at, @approvedBy, @Grade, @estimate
            FROM observations WHERE plan_id = @planId AND indicator_key = @IndicatorKey AND year = @Year AND quarter = @Quarter
            RETURNING id, revision
            """, new { planId, i.IndicatorKey, i.Year, i.Quarter, i.Value, i.Source, i.Note, i.Flag, reportedBy, at, approvedBy, i.Grade, estimate = i.Estimate ? 1 : 0 }, tx);
        return new Observation
        {
            Id = id, PlanId = planId, IndicatorKey = i.IndicatorKey, Year = i.Year, Quarter = i.Quarter, Revision = (int)revision,
            Value = i.Value, Source = i.Source, Note = i.Note, Flag = i.Flag, ReportedBy = reportedBy, ReportedAt = at, ApprovedBy = approvedBy,
            Grade = i.Grade, Estimate = i.Estimate,
        };
    }

    private static long LockKey(long planId, ObservationInput i) => BitConverter.ToInt64(System.Security.Cryptography.SHA256.HashData(
        System.Text.Encoding.UTF8.GetBytes($"observation:{planId}/{i.IndicatorKey}/{i.Year}/{i.Quarter}")), 0);

    /// <summary>Every revision of an indicator's values, oldest first.</summary>
    public IReadOnlyList<Observation> History(long planId, string indicatorKey)
    {
        return session.Query<Observation>("""
            SELECT id, plan_id, indicator_key, year, quarter, revision, value, source, note, flag, reported_by, reported_at, approved_by,
                   grade, estimate <> 0 AS estimate
            FROM observations WHERE plan_id = @planId AND indicator_key = @indicatorKey ORDER BY year, quarter, revision
            """, new { planId, indicatorKey });
    }

    /// <summary>Current values (latest revision) of every period, quarters included: key → (year, quarter) → value.</summary>
    public IReadOnlyDictionary<string, Dictionary<(int Year, int Quarter), double>> CurrentByPeriod(long planId)
    {
        var rows = session.Query<(string Key, long Year, long Quarter, long Revision, double Value)>("""
            SELECT indicator_key, year, quarter, revision, value FROM observations WHERE plan_id = @planId
            """, new { planId });
        var result = new Dictionary<string, Dictionary<(int, int), double>>();
        foreach (var g in rows.GroupBy(r => (r.Key, r.Year, r.Quarter)))
        {
            if (!result.TryGetValue(g.Key.Key, out var periods)) result[g.Key.Key] = periods = new Dictionary<(int, int), double>();
            periods[((int)g.Key.Year, (int)g.Key.Quarter)] = g.MaxBy(r => r.Revision).Value;
        }
        return result;
    }

    /// <summary>Current annual values (latest revision) of every indicator of a plan: key → year → value.</summary>
    public IReadOnlyDictionary<string, Dictionary<int, double>> CurrentAnnual(long planId)
    {
        var rows = session.Query<(string Key, long Year, long Revision, double Value)>("""
            SELECT indicator_key, year, revision, value FROM observations WHERE plan_id = @planId AND quarter = 0
            """, new { planId });
        var result = new Dictionary<string, Dictionary<int, double>>();
        foreach (var g in rows.GroupBy(r => (r.Key, r.Year)))
        {
            if (!result.TryGetValue(g.Key.Key, out var years)) result[g.Key.Key] = years = new Dictionary<int, double>();
            years[(int)g.Key.Year] = g.MaxBy(r => r.Revision).Value;
        }
        return result;
    }

    /// <summary>Current annual values with their estimate flag, grade and source: key → year → value.</summary>
    public IReadOnlyDictionary<string, Dictionary<int, ObservedValue>> CurrentAnnualDetail(long planId)
    {
        var rows = session.Query<(string Key, long Year, long Revision, double Value, long Estimate, string? Grade, string? Source)>("""
            SELECT indicator_key, year, revision, value, estimate, grade, source FROM observations WHERE plan_id = @planId AND quarter = 0
            """, new { planId });
        var result = new Dictionary<string, Dictionary<int, ObservedValue>>();
        foreach (var g in rows.GroupBy(r => (r.Key, r.Year)))
        {
            if (!result.TryGetValue(g.Key.Key, out var years)) result[g.Key.Key] = years = new Dictionary<int, ObservedValue>();
            var r = g.MaxBy(r => r.Revision);
            years[(int)g.Key.Year] = new ObservedValue(r.Value, r.Estimate != 0, r.Grade, r.Source);
        }
        return result;
    }

    /// <summary>Whether the plan has a value for the indicator's year (any revision); quarter 0 is the whole year.</summary>
    public bool Has(long planId, string indicatorKey, int year, int quarter = 0)
    {
        return session.ExecuteScalar<long>("SELECT COUNT(*) FROM observations WHERE plan_id = @planId AND indicator_key = @indicatorKey AND year = @year AND quarter = @quarter",
            new { planId, indicatorKey, year, quarter }) > 0;
    }
}
