using System.Text.Json;
using Dapper;
using Lantu.Application.Monitoring;
using Lantu.Core.Coordination;
using Lantu.Core.Indicators;
using Lantu.Core.Monitoring;
using Lantu.Storage;
using Lantu.Storage.Monitoring;
using Lantu.Storage.Relations;

namespace Lantu.Application.Coordination;

/// <summary>
/// 规划衔接 across the catalogue: one indicator compared across plans, and checks between a plan and its parent —
/// a weaker or contradicting target, base values that differ for the same region, units that disagree, and
/// binding indicators of the parent that the child does not carry.
/// </summary>
public sealed class CoordinationService(LantuSession session, IndicatorReader indicators, ObservationStore observations, PlanRelations relations)
{
    private sealed record PlanIndicators(PlanSummaryRow Plan, IReadOnlyList<IndicatorRecord> Rows);

    private sealed class PlanSummaryRow
    {
        public long Id { get; init; }
        public required string Title { get; init; }
        public string? Region { get; init; }
        public string? Level { get; init; }
        public string? Kind { get; init; }
        public long VersionId { get; init; }
        public int? PeriodStart { get; init; }
        public int? PeriodEnd { get; init; }
    }

    public IndicatorMatcher Matcher()
    {
        var confirmed = session.Query<(string A, string B)>("SELECT name_a, name_b FROM indicator_links WHERE status = 'confirmed'");
        return new IndicatorMatcher(confirmed.Select(p => (p.A, p.B)));
    }

    /// <summary>A planner links two names (they grow the synonym list) or keeps them apart.</summary>
    public void Decide(string nameA, string nameB, bool same)
    {
        session.Write((c, tx) =>
        {
            c.Execute("DELETE FROM indicator_links WHERE (name_a = @a AND name_b = @b) OR (name_a = @b AND name_b = @a)", new { a = nameA, b = nameB }, tx);
            c.Execute("INSERT INTO indicator_links (name_a, name_b, status, decided_at) VALUES (@a, @b, @s, @t)",
                new { a = nameA, b = nameB, s = same ? "confirmed" : "rejected", t = DateTime.UtcNow.ToString("O") }, tx);
        });
    }

    /// <summary>Pairs of names a planner kept apart, both ways round.</summary>
    public HashSet<(string, string)> Rejected()
    {
        var rows = session.Query<(string A, string B)>("SELECT name_a, name_b FROM indicator_links WHERE status = 'rejected'");
        return rows.Concat(rows.Select(r => (r.B, r.A))).ToHashSet();
    }

    private List<PlanIndicators> Catalogue()
    {
        var plans = session.Query<PlanSummaryRow>("""
            SELECT p.id, p.title, p.region, p.level, p.kind, v.id AS version_id, v.period_start, v.period_end
            FROM plans p JOIN plan_versions v ON v.id = p.current_version_id ORDER BY p.id
            """);
        return plans.Select(p => new PlanIndicators(p, indicators.List(p.VersionId))).ToList();
    }

    public IReadOnlyList<ComparedIndicator> Compare(string indicator)
    {
        var matcher = Matcher();
        var rejected = Rejected();
        var catalogue = Catalogue();
        var anchor = catalogue.SelectMany(p => p.Rows).Where(r => r.TableKind == "target")
            .FirstOrDefault(r => r.Name.Contains(indicator.Trim(), StringComparison.OrdinalIgnoreCase))?.Name ?? indicator.Trim();
        var result = new List<ComparedIndicator>();
        foreach (var (plan, rows) in catalogue)
        {
            IReadOnlyDictionary<string, Dictionary<int, double>>? values = null; // read once per plan, only when needed
            foreach (var row in rows)
            {
                var m = matcher.Match(anchor, row.Name);
                if (!m.Same || rejected.Contains((anchor, row.Name))) continue;
                var (status, year) = row.TableKind == "target" && row.Source == "table"
                    ? LatestStatus(plan, row, values ??= observations.CurrentAnnual(plan.Id))
                    : (null, null);
                result.Add(new ComparedIndicator
                {
                    Plan = plan.Id, Title = plan.Title, Region = plan.Region, Indicator = row.Id, Name = row.Name, Unit = row.Unit,
                    Base = row.Base, Target = row.Target, Growth = row.Growth, Attribute = row.Attribute, TableKind = row.TableKind, Source = row.Source,
                    LineStart = row.LineStart, Confidence = m.Confidence, Reason = m.Reason, Status = status, StatusYear = year,
                });
            }
        }
        return result;
    }

    /// <summary>The indicator's status in its latest observed year, judging this one indicator only.</summary>
    private static (string?, int?) LatestStatus(PlanSummaryRow plan, IndicatorRecord row, IReadOnlyDictionary<string, Dictionary<int, double>> values)
    {
        if (values.GetValueOrDefault(row.Key) is not { Count: > 0 } years) return (null, null);
        int year = years.Keys.Max();
        var spec = ProgressService.Spec(row, plan.PeriodStart ?? year, plan.PeriodEnd ?? year);
        return (Evaluator.Evaluate(spec, years, year).Status.Label(), year);
    }

    public IReadOnlyList<Finding> Check(long? planId = null)
    {
        var matcher = Matcher();
        var rejected = Rejected();
        var catalogue = Catalogue().ToDictionary(p => p.Plan.Id);
        var findings = new List<Finding>();
        var pairs = relations.All(planId)
            .Where(r => r.Relation == "parent" && r.Parent is not null && r.Status != "rejected")
            .Select(r => (Child: r.Child, Parent: r.Parent!.Value)).Distinct();
        foreach (var (childId, parentId) in pairs)
        {
            var (child, parent) = (catalogue[childId], catalogue[parentId]);
            var childTargets = child.Rows.Where(r => r.TableKind == "target" && r.Source == "table").ToList();
            var parentTargets = parent.Rows.Where(r => r.TableKind == "target" && r.Source == "table").ToList();
            foreach (var p in parentTargets)
            {
                var c = childTargets.FirstOrDefault(x => matcher.Match(p.Name, x.Name).Same && !rejected.Contains((p.Name, x.Name)));
                if (c is null)
                {
                    if (p.Binding && child.Plan.Kind == "总体规划")
                        findings.Add(new Finding("warning", "missing_binding", $"上位规划的约束性指标“{p.Name}”在下位规划中没有对应指标", Side(child, null), Side(parent, p)));
                    continue;
                }
                Compare(findings, child, c, parent, p);
            }
        }
        return findings.OrderBy(f => f.Severity switch { "error" => 0, "warning" => 1, _ => 2 }).ToList();
    }

    private static void Compare(List<Finding> findings, PlanIndicators child, IndicatorRecord c, PlanIndicators parent, IndicatorRecord p)
    {
        var (cs, ps) = (Units.Normalize(c.Unit), Units.Normalize(p.Unit));
        if (c.Unit is not null && p.Unit is not null && (cs.BaseUnit != ps.BaseUnit || cs.Scale != ps.Scale))
            findings.Add(new Finding("info", "unit", $"“{c.Name}”的单位不一致：{c.Unit} 与 {p.Unit}", Side(child, c), Side(parent, p)));
        double factor = cs.BaseUnit == ps.BaseUnit && ps.Scale != 0 ? cs.Scale / ps.Scale : 1;

        if (child.Plan.Region == parent.Plan.Region && Number(c.Base, c) is double cb && Number(p.Base, p) is double pb && pb != 0
            && Math.Abs(cb * factor - pb) / Math.Abs(pb) > 0.01)
            findings.Add(new Finding("warning", "base", $"同一地区的“{c.Name}”基期值不同：{c.Base} 与 {p.Base}", Side(child, c), Side(parent, p)));

        var (ct, pt) = (Parsed(c), Parsed(p));
        if (ct?.Value is double cv && pt?.Value is double pv && ct.Kind == pt.Kind && ct.Kind is TargetKind.Number or TargetKind.Approx or TargetKind.Bound or TargetKind.Change or TargetKind.Cumulative)
        {
            bool lower = pt.Direction == Direction.Lower;
            double cvn = cv * (ct.Kind == TargetKind.Change ? 1 : factor);
            bool weaker = lower ? cvn > pv * 1.0001 : cvn < pv * 0.9999;
            if (weaker && child.Plan.Region == parent.Plan.Region)
                findings.Add(new Finding(p.Binding ? "error" : "warning", "weaker_target",
                    $"“{c.Name}”的目标（{c.Target}）弱于上位规划（{p.Target}）", Side(child, c), Side(parent, p)));
            else if (!weaker)
                findings.Add(new Finding("ok", "consistent", $"“{c.Name}”的目标（{c.Target ?? c.Growth}）与上位规划（{p.Target ?? p.Growth}）一致或更高", Side(child, c), Side(parent, p)));
        }
        else if (ct is not null && pt is not null)
            findings.Add(new Finding("info", "not_comparable", $"“{c.Name}”的目标（{c.Target}）与上位规划（{p.Target}）表述不同，无法直接比较", Side(child, c), Side(parent, p)));
    }

    private static ParsedTarget? Parsed(IndicatorRecord r) => r.Parsed is null ? null : JsonSerializer.Deserialize<ParsedTarget>(r.Parsed);

    private static double? Number(string? text, IndicatorRecord r)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var p = TargetParser.Parse(text, r.Unit, r.Name);
        return p.Kind is TargetKind.Number ? p.Value : null;
    }

    private static FindingSide Side(PlanIndicators plan, IndicatorRecord? r) =>
        new(plan.Plan.Id, plan.Plan.Title, r?.Id ?? 0, r?.Name ?? "", r?.LineStart ?? 0,
            r is null ? "" : $"{r.Name}｜{r.Unit}｜基期 {r.Base ?? "—"}｜目标 {r.Target ?? "—"}｜{r.Growth ?? ""}｜{r.Attribute ?? ""}".TrimEnd('｜'));
}
