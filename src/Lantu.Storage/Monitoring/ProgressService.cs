using System.Text.Json;
using Lantu.Core.Indicators;
using Lantu.Core.Monitoring;

namespace Lantu.Storage.Monitoring;

/// <summary>
/// The monitoring view of a plan in a year: each monitored indicator's target (as a <see cref="TargetSpec"/>), its
/// current observations and the evaluator's judgement. Binding indicators come first, then the furthest behind.
/// </summary>
public sealed class ProgressService(LantuDatabase db)
{
    public sealed record Item(IndicatorRecord Indicator, TargetSpec Spec, IReadOnlyDictionary<int, double> Observations, Evaluation Evaluation);

    public IReadOnlyList<Item> Evaluate(long planId, int year)
    {
        var reader = new PlanReader(db);
        var detail = reader.Detail(planId);
        int start = detail.PeriodStart ?? year, end = detail.PeriodEnd ?? year;
        var values = new ObservationStore(db).CurrentAnnual(planId);
        return new IndicatorReader(db).Monitored(detail.VersionId)
            .Where(i => i.Parent is not null || !IsHeadingOnly(i))
            .Select(i =>
            {
                var spec = Spec(i, start, end);
                var observed = values.GetValueOrDefault(i.Key) ?? new Dictionary<int, double>();
                return new Item(i, spec, observed, Evaluator.Evaluate(spec, observed, year));
            })
            .OrderByDescending(x => x.Spec.Binding)
            .ThenBy(x => Severity(x.Evaluation.Status))
            .ThenBy(x => x.Indicator.Id)
            .ToList();
    }

    public IReadOnlyList<ProgressRow> Rows(long planId, int year) =>
        Evaluate(planId, year).Select(x => new ProgressRow
        {
            Indicator = x.Indicator.Id, Name = x.Indicator.Name, Category = x.Indicator.Category, Unit = x.Indicator.Unit,
            Attribute = x.Indicator.Attribute, Target = x.Indicator.Target ?? x.Indicator.Growth, Year = year,
            Value = x.Evaluation.Value, Expected = Round(x.Evaluation.Expected), Status = x.Evaluation.Status.Code(),
            StatusLabel = x.Evaluation.Status.Label(), Forecast = Round(x.Evaluation.Forecast), WillMeetTarget = x.Evaluation.WillMeetTarget,
            Reason = x.Evaluation.Reason, LineStart = x.Indicator.LineStart,
        }).ToList();

    public static TargetSpec Spec(IndicatorRecord i, int periodStart, int periodEnd)
    {
        var parsed = i.Parsed is null ? null : JsonSerializer.Deserialize<ParsedTarget>(i.Parsed);
        return TargetSpecs.From(i.Name, i.Unit, i.Base, i.Attribute, parsed, i.BaseYear, i.TargetYear, periodStart, periodEnd);
    }

    /// <summary>A numbered row that only heads its sub-rows (社会保险参保人数) has nothing of its own to monitor.</summary>
    private static bool IsHeadingOnly(IndicatorRecord i) => i.Base is null && i.Target is null && i.Growth is null;

    /// <summary>Report order: the furthest behind first.</summary>
    public static int Severity(ProgressStatus s) => s switch
    {
        ProgressStatus.SeverelyLagging => 0,
        ProgressStatus.Lagging => 1,
        ProgressStatus.NotAssessable => 2,
        ProgressStatus.OnTrack => 3,
        _ => 4,
    };

    private static double? Round(double? v) => v is double d ? Math.Round(d, 4) : null;
}
