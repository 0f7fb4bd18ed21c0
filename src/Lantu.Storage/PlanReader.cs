using System.Text.Json;
using Dapper;
using Lantu.Storage.Records;

namespace Lantu.Storage;

/// <summary>Read side: the catalogue, one plan's outline, boxes, glossary and source lines (current version unless given).</summary>
public sealed class PlanReader(LantuSession session)
{
    private const string SummarySql = """
        SELECT p.id, p.title, p.region, p.level, p.kind, p.subject, v.period_start, v.period_end, v.horizon_year,
               v.source_file, v.version_no AS version, v.id AS version_id,
               (SELECT COUNT(*) FROM outline_nodes n WHERE n.version_id = v.id AND n.kind NOT IN ('box', 'table')) AS headings,
               (SELECT COUNT(*) FROM boxes b WHERE b.version_id = v.id) AS boxes,
               (SELECT COUNT(*) FROM glossary_entries g WHERE g.version_id = v.id) AS glossary
        FROM plans p JOIN plan_versions v ON v.id = p.current_version_id
        """;

    public IReadOnlyList<PlanSummary> List() =>
        session.Query<PlanSummary>(SummarySql + " ORDER BY p.id");

    /// <summary>PLAN is an id, or a part of a title or region that names exactly one plan.</summary>
    public PlanSummary Resolve(string plan)
    {
        var all = List();
        if (long.TryParse(plan, out var id))
            return all.FirstOrDefault(p => p.Id == id) ?? throw PlanNotFoundException.NoPlan(id);
        var needle = plan.Trim();
        var hits = all.Where(p => p.Title.Contains(needle, StringComparison.OrdinalIgnoreCase) || (p.Region ?? "").Contains(needle)).ToList();
        var exact = hits.Where(p => p.Title == needle || p.Region == needle).ToList();
        if (exact.Count == 1) return exact[0];
        return hits.Count switch
        {
            1 => hits[0],
            0 => throw new PlanNotFoundException($"没有找到与“{needle}”匹配的规划 (no plan matches '{needle}')"),
            _ => throw new PlanNotFoundException($"“{needle}”匹配多个规划，请更具体或使用编号 (ambiguous: {string.Join("; ", hits.Select(h => $"{h.Id} {h.Title}"))})"),
        };
    }

    public PlanDetail Detail(long planId)
    {
        var row = session.Read((c, tx) => c.QueryFirstOrDefault("""
            SELECT p.id, v.id AS version_id, v.version_no, v.title, v.region, v.level, v.kind, v.subject, v.period_start, v.period_end,
                   v.horizon_year, v.issuer, v.document_number, v.issued_date, v.based_on, v.source_file, v.source_format,
                   v.source_encoding, v.content_hash, v.ingested_at
            FROM plans p JOIN plan_versions v ON v.id = p.current_version_id WHERE p.id = @planId
            """, new { planId }, tx)) ?? throw PlanNotFoundException.NoPlan(planId);
        // Dynamic rows carry provider types: SQLite gives long for every integer, PostgreSQL int for INTEGER and long for BIGINT.
        return new PlanDetail(Convert.ToInt64(row.id), Convert.ToInt64(row.version_id), Convert.ToInt32(row.version_no), row.title, row.region, row.level, row.kind, row.subject,
            ToInt(row.period_start), ToInt(row.period_end), ToInt(row.horizon_year), row.issuer, row.document_number, row.issued_date,
            JsonSerializer.Deserialize<List<string>>((string)row.based_on)!, row.source_file, row.source_format, row.source_encoding,
            row.content_hash, row.ingested_at);
    }

    /// <summary>Inside a writer's transaction: throws <see cref="PlanNotFoundException"/> unless the plan exists.</summary>
    public static void MustExist(System.Data.Common.DbConnection c, System.Data.Common.DbTransaction? tx, long planId)
    {
        if (c.ExecuteScalar<long>("SELECT COUNT(*) FROM plans WHERE id = @planId", new { planId }, tx) == 0) throw PlanNotFoundException.NoPlan(planId);
    }

    private static int? ToInt(object? value) => value is null ? null : Convert.ToInt32(value);

    public IReadOnlyList<OutlineRecord> Outline(long versionId)
    {
        var rows = session.Query<OutlineRecord>(
            "SELECT seq, parent_seq, kind, number, title, line_start, line_end, inferred FROM outline_nodes WHERE version_id = @versionId ORDER BY seq",
            new { versionId });
        var bySeq = rows.ToDictionary(r => r.Seq);
        var roots = new List<OutlineRecord>();
        foreach (var r in rows)
            if (r.ParentSeq is int p && bySeq.TryGetValue(p, out var parent)) parent.Children.Add(r); else roots.Add(r);
        return roots;
    }

    public IReadOnlyList<BoxRecord> Boxes(long versionId)
    {
        var items = session.Query<(long BoxSeq, string Name, string Text, long LineStart, long LineEnd)>(
            "SELECT box_seq, name, text, line_start, line_end FROM box_items WHERE version_id = @versionId ORDER BY box_seq, seq", new { versionId })
            .ToLookup(i => i.BoxSeq);
        return session.Query<(long Seq, string Number, string Title, string Kind, long LineStart, long LineEnd)>(
            "SELECT seq, number, title, kind, line_start, line_end FROM boxes WHERE version_id = @versionId ORDER BY seq", new { versionId })
            .Select(b => new BoxRecord(b.Number, b.Title, b.Kind, (int)b.LineStart, (int)b.LineEnd,
                items[b.Seq].Select(i => new BoxItemRecord(i.Name, i.Text, (int)i.LineStart, (int)i.LineEnd)).ToList()))
            .ToList();
    }

    public IReadOnlyList<GlossaryRecord> Glossary(long versionId)
    {
        return session.Query<(string Term, string Definition, long LineStart, long LineEnd, string Places, string Refs)>(
            "SELECT term, definition, line_start, line_end, places, reference_lines FROM glossary_entries WHERE version_id = @versionId ORDER BY seq", new { versionId })
            .Select(g => new GlossaryRecord(g.Term, g.Definition, (int)g.LineStart, (int)g.LineEnd,
                JsonSerializer.Deserialize<List<string>>(g.Places)!, JsonSerializer.Deserialize<List<int>>(g.Refs)!))
            .ToList();
    }

    public IReadOnlyList<SourceLine> Lines(long versionId, int from = 1, int to = int.MaxValue)
    {
        return session.Query<SourceLine>("SELECT line_no, text FROM source_lines WHERE version_id = @versionId AND line_no BETWEEN @from AND @to ORDER BY line_no",
            new { versionId, from, to }).ToList();
    }

    /// <summary>The version's paragraphs in reading order, each with the source lines it was rebuilt from.</summary>
    public IReadOnlyList<Lantu.Core.Model.Paragraph> Paragraphs(long versionId)
    {
        return session.Query<(long LineStart, long LineEnd, string Text)>(
            "SELECT line_start, line_end, text FROM paragraphs WHERE version_id = @versionId ORDER BY seq", new { versionId })
            .Select(p => new Lantu.Core.Model.Paragraph((int)p.LineStart, (int)p.LineEnd, p.Text)).ToList();
    }

    public int VersionCount(long planId) =>
        session.ExecuteScalar<int>("SELECT COUNT(*) FROM plan_versions WHERE plan_id = @planId", new { planId });
}
