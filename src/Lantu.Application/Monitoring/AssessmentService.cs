using Lantu.Core.Monitoring;
using Lantu.Storage;
using Lantu.Storage.Monitoring;

namespace Lantu.Application.Monitoring;

/// <summary>
/// A plan's indicators judged by the evaluation method a report chose (<see cref="MethodEvaluator"/>), each with the
/// figures it was computed from and its stored values (estimate flag and grade included); and the plan's warning list
/// (<see cref="EarlyWarnings"/>).
/// </summary>
public sealed class AssessmentService(PlanReader plans, ObservationStore observations, ProgressService progress)
{
    /// <summary>One indicator: the 序时进度 item, the chosen method's result, and the values with their provenance.</summary>
    public sealed record Judged(ProgressService.Item Item, MethodResult Result, IReadOnlyDictionary<int, ObservedValue> Values)
    {
        public MidTermCategory? Category { get; init; }
    }

    /// <summary>The warning list of a plan in a year.</summary>
    public sealed record PlanWarnings(long PlanId, string PlanTitle, int Year, IReadOnlyList<EarlyWarningItem> Items);

    public IReadOnlyList<Judged> Judge(long planId, int year, EvaluationMethod method)
    {
        var detail = observations.CurrentAnnualDetail(planId);
        return progress.Evaluate(planId, year).Select(x =>
        {
            var result = MethodEvaluator.Evaluate(method, x.Spec, x.Observations, year, x.Indicator.Name);
            MidTermCategory? category = method == EvaluationMethod.MidTerm ? MidTermAssessment.Evaluate(x.Spec, x.Observations, year).Category : null;
            return new Judged(x, result, detail.GetValueOrDefault(x.Indicator.Key) ?? new Dictionary<int, ObservedValue>()) { Category = category };
        }).ToList();
    }

    /// <summary>The 中期评估 summary: counts per category, binding indicators apart.</summary>
    public static MidTermSummary MidTerm(IEnumerable<Judged> judged) => MidTermSummary.Of(judged
        .Select(j => new MidTermItem(j.Item.Indicator.Key, j.Item.Indicator.Name, j.Item.Spec.Binding,
            j.Category ?? MidTermAssessment.Evaluate(j.Item.Spec, j.Item.Observations, j.Result.Year).Category, j.Result))
        .ToList());

    /// <summary>预警 for the year, or — without one — for the latest year the plan has an annual value in (within its
    /// period). Each indicator's years are judged against the target in force in that year.</summary>
    public PlanWarnings Warnings(long planId, int? year = null)
    {
        var plan = plans.Detail(planId);
        int start = plan.PeriodStart ?? DateTime.Now.Year, end = plan.PeriodEnd ?? DateTime.Now.Year;
        int y = year ?? LatestYear(planId, start, end);
        var byYear = Enumerable.Range(start, Math.Max(0, y - start + 1)).Select(y2 => progress.Evaluate(planId, y2)).ToList();
        var latest = byYear.Count > 0 ? byYear[^1] : progress.Evaluate(planId, y);
        var histories = latest.Select(x =>
        {
            var evaluations = byYear.Select(items => items.First(i => i.Indicator.Key == x.Indicator.Key).Evaluation).ToList();
            var trend = TrendForecast.Evaluate(x.Spec, x.Observations, y);
            return new IndicatorHistory(x.Indicator.Key, x.Indicator.Name, x.Spec.Binding, x.TargetText, evaluations,
                trend.WillMeetTarget ?? x.Evaluation.WillMeetTarget, trend.Figures.Forecast ?? x.Evaluation.Forecast);
        });
        return new PlanWarnings(planId, plan.Title, y, EarlyWarnings.Compute(histories, y));
    }

    private int LatestYear(long planId, int start, int end)
    {
        var years = observations.CurrentAnnual(planId).Values.SelectMany(v => v.Keys).Where(k => k >= start && k <= end).ToList();
        return years.Count > 0 ? years.Max() : Math.Clamp(DateTime.Now.Year - 1, start, end);
    }
}
