using Lantu.Application.Coordination;
using Lantu.Core.Monitoring;
using Lantu.Storage.Monitoring;

namespace Lantu.Web.Services;

/// <summary>Small helpers the compare and check pages share.</summary>
public static class CompareView
{
    /// <summary>The CSS class (status-&lt;code&gt;) for a status label as <see cref="ComparedIndicator.Status"/> carries it.</summary>
    public static string StatusCode(string? label) =>
        Enum.GetValues<ProgressStatus>().FirstOrDefault(s => s.Label() == label, ProgressStatus.NotAssessable).Code();

    /// <summary>Indicator names found in at least two plans (after the matcher's canonical form), for the search box.</summary>
    public static IReadOnlyList<string> Shared(PlanCatalog catalog, CoordinationService coordination, IndicatorReader reader)
    {
        var matcher = coordination.Matcher();
        // The catalogue read afresh, not PlanCatalog's 5-second copy: the result is kept until the data stamp changes.
        return catalog.Reader.List()
            .SelectMany(p => reader.Monitored(p.VersionId).Select(i => (Plan: p.Id, i.Name, Canonical: matcher.Canonical(i.Name))))
            .GroupBy(x => x.Canonical)
            .Where(g => g.Select(x => x.Plan).Distinct().Count() >= 2)
            .OrderByDescending(g => g.Select(x => x.Plan).Distinct().Count()).ThenBy(g => g.First().Name, StringComparer.Ordinal)
            .Select(g => g.First().Name).ToList();
    }

    public static string Severity(string severity) => severity switch
    {
        "error" => "严重", "warning" => "警告", "info" => "提示", "ok" => "一致", _ => severity,
    };

    public static string Kind(string kind) => kind switch
    {
        "weaker_target" => "目标弱于上位规划", "base" => "基期值不同", "unit" => "单位不一致", "missing_binding" => "缺少约束性指标",
        "consistent" => "目标衔接一致", "not_comparable" => "表述不同、无法比较", _ => kind,
    };
}
