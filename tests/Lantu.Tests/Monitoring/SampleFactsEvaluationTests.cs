using Lantu.Core.Bulletins;
using Lantu.Core.Indicators;
using Lantu.Core.Monitoring;

namespace Lantu.Tests.Monitoring;

/// <summary>The published figures of monitoring-facts.csv judged by every method against the sample plans' own targets:
/// every indicator with figures gets a real status, or the target's own reason; hand-computed results for 鲤城区.</summary>
public class SampleFactsEvaluationTests
{
    private static readonly IReadOnlyList<MonitoringFact> Facts =
        MonitoringFacts.Load(Path.Combine(Samples.RepoRoot, "samples", "monitoring", "monitoring-facts.csv"));

    /// <summary>Indicator name → (spec, year → value) for the plan's matched facts.</summary>
    private static Dictionary<string, (TargetSpec Spec, Dictionary<int, double> Values)> Observed(string prefix)
    {
        var plan = Samples.Parsed(prefix);
        var rows = plan.Indicators.Where(r => r.TableKind == TableKind.Target).ToList();
        return FactMatcher.Match(Facts, plan.Metadata.Region, PlanIndicator.Of(plan.Indicators)).Where(m => m.Matched)
            .GroupBy(m => m.Indicator!)
            .ToDictionary(g => g.Key.Name, g =>
            {
                var row = rows.First(r => Core.Indicators.IndicatorKey.Of(r) == g.Key.Key);
                var spec = TargetSpecs.From(row.Name, row.Unit, row.Base, row.Attribute, row.Parsed, row.BaseYear, row.TargetYear,
                    plan.Metadata.PeriodStart!.Value, plan.Metadata.PeriodEnd!.Value);
                return (spec, g.ToDictionary(m => m.Fact.Year, m => m.Value!.Value));
            });
    }

    [Fact]
    public void Every_indicator_with_published_figures_gets_a_status_or_its_targets_reason()
    {
        int judged = 0;
        foreach (var prefix in new[] { "000", "002", "003" })
            foreach (var (name, (spec, values)) in Observed(prefix))
            {
                int year = values.Keys.Max();
                var r = MethodEvaluator.Evaluate(EvaluationMethod.SchedulePath, spec, values, year, name);
                // Not assessable only for a target without a figure, or a plan row without a base to draw a path from.
                if (r.Code == "not_assessable")
                    Assert.True(spec.Form == TargetForm.Unassessable || r.Reason.Contains("没有基期值"), $"{prefix} {name} {year}: {r.Reason}");
                else judged++;
                foreach (var method in Enum.GetValues<EvaluationMethod>())
                {
                    var m = MethodEvaluator.Evaluate(method, spec, values, year, name);
                    Assert.False(string.IsNullOrWhiteSpace(m.Reason));
                    Assert.Equal(spec.TargetYear, m.Figures.TargetYear);
                    Assert.True(m.Figures.BaseYear == spec.BaseYear || spec.BaseValue is null, $"{name}: base year {m.Figures.BaseYear}");
                }
            }
        // 厦门 4 of 6 (居民人均可支配收入增长's target is relative, 研发经费投入强度 has no base), 福州 3, 鲤城区 4.
        Assert.Equal(11, judged);

        // 厦门 研发经费投入强度 (base “—”, target 3.5): the progress measure starts from the earliest value, 3.36 (2023):
        // 3.4 / 3.36 − 1 = 1.19% a year against (3.5 / 3.36)^(1/2) − 1 = 2.06% → R 0.577 → 进展有限.
        var (rd, rdValues) = Observed("000")["研发经费投入强度"];
        var p = MethodEvaluator.Evaluate(EvaluationMethod.ProgressMeasure, rd, rdValues, 2024);
        Assert.Equal(("进展有限", 2023, 0.577), (p.Label, p.Figures.BaseYear, Math.Round(p.Figures.Ratio!.Value, 3)));
        Assert.StartsWith("规划表中没有基期值，以最早的观测值（2023年3.36）为基期；", p.Reason);
    }

    [Fact]
    public void Licheng_revenue_and_gdp_by_every_method_on_the_2022_and_2023_estimates()
    {
        var observed = Observed("003");
        // 一般公共预算总收入 20.24亿元 (2020), 年均增长不低于10%: expected 20.24 × 1.1² = 24.4904 (2022), × 1.1³ = 26.9394 (2023).
        var (revenue, values) = observed["一般公共预算总收入"];
        Assert.Equal(TargetForm.AnnualGrowth, revenue.Form);
        Assert.Equal(new Dictionary<int, double> { [2022] = 23.32, [2023] = 25.32 }, values);
        var schedule = MethodEvaluator.Evaluate(EvaluationMethod.SchedulePath, revenue, values, 2023);
        Assert.Equal(("滞后", 26.9394), (schedule.Label, Math.Round(schedule.Figures.Expected!.Value, 4)));      // (25.32 − 20.24) / 6.6994 = 0.758
        var mid = MethodEvaluator.Evaluate(EvaluationMethod.MidTerm, revenue, values, 2023);
        Assert.Equal(("滞后", 0.758), (mid.Label, Math.Round(mid.Figures.Ratio!.Value, 3)));
        var progress = MethodEvaluator.Evaluate(EvaluationMethod.ProgressMeasure, revenue, values, 2023, "一般公共预算总收入");
        // (25.32 / 20.24)^(1/3) − 1 = 7.750% against 10% → R 0.775 → 需加快.
        Assert.Equal(("需加快", 7.75, 10.0, 0.775), (progress.Label, Math.Round(progress.Figures.ObservedRate!.Value, 2),
            Math.Round(progress.Figures.RequiredRate!.Value, 2), Math.Round(progress.Figures.Ratio!.Value, 3)));
        // 滞后 in 2022 (0.725) and 2023 (0.758): on the warning list.
        var history = new IndicatorHistory("revenue", "一般公共预算总收入", revenue.Binding, revenue.Printed,
            [Evaluator.Evaluate(revenue, values, 2022), Evaluator.Evaluate(revenue, values, 2023)]);
        Assert.Equal(WarningKind.LaggingTwoYears, Assert.Single(EarlyWarnings.Compute([history], 2023)).Kind);

        // 地区生产总值 438.08 → 650亿元: 2023 expected 438.08 + 211.92 × 3/5 = 565.232; 580 → ratio 1.116.
        var (gdp, gdpValues) = observed["地区生产总值"];
        Assert.Equal("符合序时进度", MethodEvaluator.Evaluate(EvaluationMethod.SchedulePath, gdp, gdpValues, 2023).Label);
        Assert.Equal("快于预期", MethodEvaluator.Evaluate(EvaluationMethod.MidTerm, gdp, gdpValues, 2023).Label);
        // (580 / 438.08)^(1/3) − 1 = 9.81% against (650 / 438.08)^(1/5) − 1 = 8.21% → R 1.194 → 进展良好.
        var gdpProgress = MethodEvaluator.Evaluate(EvaluationMethod.ProgressMeasure, gdp, gdpValues, 2023);
        Assert.Equal(("进展良好", 1.194), (gdpProgress.Label, Math.Round(gdpProgress.Figures.Ratio!.Value, 3)));

        var fact = FactMatcher.Match(Facts, "鲤城区", PlanIndicator.Of(Samples.Parsed("003").Indicators)).First();
        Assert.Equal("鲤城区2023年政府工作报告（2022-12-30，预计数）；等级A 官方发布；预计数", fact.SourceText);
    }
}
