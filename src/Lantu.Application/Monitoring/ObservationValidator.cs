using Lantu.Core.Monitoring;
using Lantu.Storage;
using Lantu.Storage.Monitoring;

namespace Lantu.Application.Monitoring;

/// <summary>
/// Checks values before they are stored, each against the plan's indicators and the values already stored: the
/// plausibility rules of <see cref="ObservationRules"/> (errors) and the relations between a table's sub-rows and
/// their parent (<see cref="IndicatorRelations"/>: errors and warnings), and the year: from the base year (the
/// year before the period) to the period's last year, for every writer alike (CLI, pages, imports, approvals).
/// Errors refuse a value; a warning is stored with it as its flag. Values of one batch see each other (an import's
/// parts are checked against its whole).
/// </summary>
public sealed class ObservationValidator(PlanReader plans, IndicatorReader indicatorReader, ObservationStore observations)
{
    /// <summary>A problem with the input at <see cref="Index"/>.</summary>
    public sealed record Finding(int Index, bool Error, string Message);

    public IReadOnlyList<Finding> Check(long planId, long versionId, IReadOnlyList<ObservationInput> inputs)
    {
        var indicators = indicatorReader.List(versionId);
        var byKey = indicators.GroupBy(i => i.Key).ToDictionary(g => g.Key, g => g.First());
        var values = observations.CurrentByPeriod(planId).ToDictionary(p => p.Key, p => new Dictionary<(int, int), double>(p.Value));
        var findings = new List<Finding>();
        var plan = plans.Detail(planId);
        int first = plan.PeriodStart is int s ? s - 1 : 1949, last = plan.PeriodEnd ?? 2100;

        for (int n = 0; n < inputs.Count; n++)
        {
            var input = inputs[n];
            if (!byKey.TryGetValue(input.IndicatorKey, out var indicator)) { findings.Add(new(n, true, "指标不存在")); continue; }
            if (input.Year < first || input.Year > last)
            {
                findings.Add(new(n, true, $"年份 {input.Year} 应在 {first}–{last} 之间（基期年到规划末年）"));
                continue;
            }
            if (input.Quarter is < 0 or > 4) { findings.Add(new(n, true, $"季度 {input.Quarter} 无效，应为 1–4")); continue; }
            if (!values.TryGetValue(input.IndicatorKey, out var own)) values[input.IndicatorKey] = own = new();
            // A quarter is compared with the same quarter a year earlier (values to the end of a quarter are cumulative).
            double? previous = own.TryGetValue((input.Year - 1, input.Quarter), out var p) ? p : null;
            foreach (var message in ObservationRules.Check(indicator.Name, indicator.Unit, input.Value, previous, input.Note))
                findings.Add(new(n, true, message));
            own[(input.Year, input.Quarter)] = input.Value;
        }

        var rows = indicators.Select(i => new RelationRow(i.Key, i.Name, i.Parent, i.Unit, $"{i.TableKind}|{i.Source}|{i.Table}")).ToList();
        foreach (var period in Enumerable.Range(0, inputs.Count).GroupBy(n => (inputs[n].Year, inputs[n].Quarter)))
        {
            var periodValues = values.Where(v => v.Value.ContainsKey(period.Key)).ToDictionary(v => v.Key, v => v.Value[period.Key]);
            var entered = period.Select(n => inputs[n].IndicatorKey).ToHashSet();
            foreach (var problem in IndicatorRelations.Check(rows, periodValues, entered))
                findings.Add(new(period.Last(n => inputs[n].IndicatorKey == problem.Key), problem.Error, problem.Message));
        }
        return findings.OrderBy(f => f.Index).ToList();
    }

    /// <summary>The inputs with their warnings attached as flags (errors must have been dealt with first).</summary>
    public static IReadOnlyList<ObservationInput> Flagged(IReadOnlyList<ObservationInput> inputs, IReadOnlyList<Finding> findings) =>
        inputs.Select((input, n) => findings.Where(f => f.Index == n && !f.Error).Select(f => f.Message).ToList() is { Count: > 0 } warnings
            ? input with { Flag = string.Join("；", warnings) }
            : input).ToList();
}
