using Lantu.Core.Bulletins;

namespace Lantu.Core.Monitoring;

/// <summary>A fact matched to a plan's indicator, with its value in the indicator's unit — ready to be stored as an
/// observation that keeps the fact's source, grade and estimate flag — or, when <see cref="Indicator"/> is null, the
/// reason it matches nothing.</summary>
public sealed record FactMatch(MonitoringFact Fact, PlanIndicator? Indicator, double? Value, string? Unit, string Reason)
{
    public bool Matched => Indicator is not null;

    /// <summary>The source as an observation keeps it: the publication, the grade and, for estimates, 预计数
    /// (“鲤城区2024年政府工作报告（2023-12-28，预计数）；等级A 官方发布；预计数”).</summary>
    public string SourceText => $"{Fact.Source}；等级{Fact.GradeLabel}" + (Fact.Estimate ? "；预计数" : "");
}

/// <summary>
/// Matches published facts (common wording: 地区生产总值, 研发经费投入强度, 地区生产总值增长) to a plan's own indicator
/// wording (地区生产总值 (GDP), R&amp;D经费投入占GDP比重, 地区生产总值年均增长率) the way the bulletin reader does: the same
/// subject (<see cref="IndicatorWording"/>), a level to a level indicator and a growth to a growth indicator, the value
/// converted to the indicator's unit. Only the plan's region's facts are considered (泉州市鲤城区 is 鲤城区's).
/// </summary>
public static class FactMatcher
{
    public static IReadOnlyList<FactMatch> Match(IEnumerable<MonitoringFact> facts, string? planRegion, IReadOnlyList<PlanIndicator> indicators)
    {
        var subjects = indicators.Select(i => (Indicator: i, Subject: IndicatorWording.SubjectOf(i.Name, i.Unit))).ToList();
        var result = new List<FactMatch>();
        foreach (var fact in facts.Where(f => SameRegion(f.Region, planRegion)))
        {
            var wanted = IndicatorWording.SubjectOf(fact.Indicator, fact.Unit);
            var candidates = subjects.Where(s => s.Subject.Growth == wanted.Growth && IndicatorWording.Same(s.Subject.Subject, wanted.Subject)).ToList();
            if (candidates.Count == 0)
            {
                var other = subjects.FirstOrDefault(s => IndicatorWording.Same(s.Subject.Subject, wanted.Subject));
                result.Add(new FactMatch(fact, null, null, null, other.Indicator is null
                    ? "规划中没有此指标"
                    : $"规划中的“{other.Indicator.Name}”是{(wanted.Growth ? "总量" : "增速")}，此数据是{(wanted.Growth ? "增速" : "总量")}"));
                continue;
            }
            var (indicator, _) = candidates[0];
            var value = wanted.Growth ? fact.Value : UnitConversion.Convert(fact.Value, fact.Unit, indicator.Unit);
            result.Add(value is double v
                ? new FactMatch(fact, indicator, v, indicator.Unit ?? fact.Unit,
                    IndicatorWording.Clean(indicator.Name) == IndicatorWording.Clean(fact.Indicator) ? "名称相同" : $"同一指标的不同表述（规划：{indicator.Name}）")
                : new FactMatch(fact, null, null, null, $"单位“{fact.Unit}”不能换算为规划指标“{indicator.Name}”的单位“{indicator.Unit}”"));
        }
        return result;
    }

    /// <summary>泉州市鲤城区 and 鲤城区 are one region; 厦门市 and 福州市 are not.</summary>
    public static bool SameRegion(string factRegion, string? planRegion) =>
        planRegion is not null && (factRegion == planRegion || factRegion.EndsWith(planRegion) || planRegion.EndsWith(factRegion));
}
