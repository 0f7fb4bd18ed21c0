
namespace Lantu.Storage.Monitoring;

/// <summary>A plan's indicators (current version) and INDICATOR resolution: an id, or a unique part of a name.</summary>
public sealed class IndicatorReader(LantuSession session)
{
    private const string Select = """
        SELECT seq AS id, indicator_key AS key, category, printed_seq AS seq, name, parent, unit, base, target, growth, actual,
               attribute, note, table_title AS "table", table_kind, source, line_start, line_end, base_year, target_year, linked_line, parsed
        FROM indicators
        """;

    public IReadOnlyList<IndicatorRecord> List(long versionId) =>
        session.Query<IndicatorRecord>(Select + " WHERE version_id = @versionId ORDER BY indicators.seq", new { versionId });

    /// <summary>Indicators to monitor: the new period's table rows (review rows and prose duplicates excluded).</summary>
    public IReadOnlyList<IndicatorRecord> Monitored(long versionId) =>
        List(versionId).Where(i => i.TableKind == "target" && i.Source == "table").ToList();

    public IndicatorRecord Resolve(long versionId, string indicator)
    {
        var all = List(versionId);
        if (int.TryParse(indicator, out var id))
            return all.FirstOrDefault(i => i.Id == id) ?? throw new PlanNotFoundException($"没有编号为 {id} 的指标 (no indicator {id})");
        var needle = indicator.Trim();
        var hits = all.Where(i => i.Name.Contains(needle, StringComparison.OrdinalIgnoreCase)).ToList();
        // Prefer the new period's table row over review rows and prose mentions of the same indicator.
        var preferred = hits.Where(i => i.TableKind == "target" && i.Source == "table").ToList();
        if (preferred.Count > 0) hits = preferred;
        var exact = hits.Where(i => i.Name == needle).ToList();
        if (exact.Count == 1) return exact[0];
        return hits.Count switch
        {
            1 => hits[0],
            0 => throw new PlanNotFoundException($"没有找到与“{needle}”匹配的指标 (no indicator matches '{needle}')"),
            _ => throw new PlanNotFoundException($"“{needle}”匹配多个指标，请更具体或使用编号 (ambiguous: {string.Join("; ", hits.Take(8).Select(h => $"{h.Id} {h.Name}"))})"),
        };
    }
}
