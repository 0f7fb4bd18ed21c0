using System.Globalization;
using Dapper;
using Lantu.Storage;

namespace Lantu.Application.Coordination;

/// <summary>
/// A cheap fingerprint of everything comparisons and coordination checks read: plans (count, row versions, newest
/// version — indicators only change with a new version), observations, planners' indicator links and plan relations,
/// and target revisions. Per table: row count, highest id and the newest write time. A planner's decision is delete +
/// insert, which SQLite may give the same id again, so the write time is what changes then; plans bump row_version
/// on every write. Read in one query, so a page can afford it on every request.
/// </summary>
public sealed record DataStamp(IReadOnlyList<string> Parts)
{
    private const string Sql = """
        SELECT (SELECT COUNT(*) FROM plans), (SELECT COALESCE(SUM(row_version), 0) FROM plans),
               (SELECT COALESCE(MAX(id), 0) FROM plan_versions),
               (SELECT COUNT(*) FROM observations), (SELECT COALESCE(MAX(id), 0) FROM observations), (SELECT MAX(reported_at) FROM observations),
               (SELECT COUNT(*) FROM indicator_links), (SELECT COALESCE(MAX(id), 0) FROM indicator_links), (SELECT MAX(decided_at) FROM indicator_links),
               (SELECT COUNT(*) FROM plan_relations), (SELECT COALESCE(MAX(id), 0) FROM plan_relations), (SELECT MAX(decided_at) FROM plan_relations),
               (SELECT COUNT(*) FROM target_revisions), (SELECT COALESCE(MAX(id), 0) FROM target_revisions), (SELECT MAX(recorded_at) FROM target_revisions)
        """;

    public static DataStamp Read(LantuSession session) => session.Read((c, tx) =>
    {
        using var reader = c.ExecuteReader(Sql, transaction: tx);
        reader.Read();
        var parts = new string[reader.FieldCount];
        for (var i = 0; i < parts.Length; i++) parts[i] = reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)!;
        return new DataStamp(parts);
    });

    public bool Equals(DataStamp? other) => other is not null && Parts.SequenceEqual(other.Parts);
    public override int GetHashCode() => Parts.Aggregate(17, (h, p) => HashCode.Combine(h, p));
    public override string ToString() => string.Join('|', Parts);
}
