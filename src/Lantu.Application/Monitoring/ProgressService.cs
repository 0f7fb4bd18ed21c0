using System.Globalization;
using System.Text.Json;
using Lantu.Core.Indicators;
using Lantu.Core.Monitoring;
using Lantu.Storage;
using Lantu.Storage.Accounts;
using Lantu.Storage.Monitoring;

namespace Lantu.Application.Monitoring;

/// <summary>
/// The monitoring view of a plan in a year: each monitored indicator's target (as a <see cref="TargetSpec"/>), its
/// current observations and the evaluator's judgement. Binding indicators come first, then the furthest behind.
/// </summary>
public sealed class ProgressService(PlanReader plans, IndicatorReader indicators, ObservationStore observations, TargetRevisions revisions)
{
    public sealed record Item(IndicatorRecord Indicator, TargetSpec Spec, IReadOnlyDictionary<int, double> Observations, Evaluation Evaluation)
    {
        /// <summary>The revision (规划调整) the year was judged by, or null for the plan's own target.</summary>
        public RevisedTarget? Revision { get; init; }
        /// <summary>Which target was used, when the target has revisions (按2023年调整后的目标评估…); else null.</summary>
        public string? TargetNote { get; init; }
        /// <summary>The target as printed in the plan, or the revision's text when one was used.</summary>
        public string? TargetText => Revision?.Target ?? Indicator.Target ?? Indicator.Growth;
    }

    public IReadOnlyList<Item> Evaluate(long planId, int year)
    {
        var detail = plans.Detail(planId);
        int start = detail.PeriodStart ?? year, end = detail.PeriodEnd ?? year;
        var values = observations.CurrentAnnual(planId);
        var revised = Revisions(planId);
        return indicators.Monitored(detail.VersionId)
            .Where(i => i.Parent is not null || !IsHeadingOnly(i))
            .Select(i => Judge(i, revised, values.GetValueOrDefault(i.Key) ?? new Dictionary<int, double>(), start, end, year))
            .OrderByDescending(x => x.Spec.Binding)
            .ThenBy(x => Severity(x.Evaluation.Status))
            .ThenBy(x => x.Indicator.Id)
            .ToList();
    }

    /// <summary>One indicator in a year against the target valid in that year (see <see cref="TargetTimeline"/>).</summary>
    public Item Evaluate(long planId, IndicatorRecord indicator, IReadOnlyDictionary<int, double> observed, int periodStart, int periodEnd, int year) =>
        Judge(indicator, Revisions(planId), observed, periodStart, periodEnd, year);

    private static Item Judge(IndicatorRecord i, ILookup<string, RevisedTarget> revisions, IReadOnlyDictionary<int, double> observed,
        int start, int end, int year)
    {
        // A revision names the indicator by its key (as assignments do), or by its exact name.
        var own = revisions[i.Key].Concat(revisions[i.Name]).ToList();
        var used = TargetTimeline.InForce(own, year);
        var revision = used is { Original: false } ? used : null;
        var spec = revision is null ? Spec(i, start, end) : Spec(i, start, end, revision.Target);
        return new Item(i, spec, observed, Evaluator.Evaluate(spec, observed, year))
        {
            Revision = revision,
            TargetNote = TargetTimeline.Note(own, year, i.Target ?? i.Growth),
        };
    }

    private ILookup<string, RevisedTarget> Revisions(long planId) =>
        revisions.ForPlan(planId, TargetKinds.Indicator).ToLookup(r => r.TargetKey, r => new RevisedTarget(
            r.Target, DateOnly.ParseExact(r.ValidFrom, "yyyy-MM-dd", CultureInfo.InvariantCulture), r.Decision, r.Decision == TargetRevisions.Original));

    public IReadOnlyList<ProgressRow> Rows(long planId, int year)
    {
        var periods = observations.CurrentByPeriod(planId);
        return Evaluate(planId, year).Select(x =>
        {
            // Quarterly values are shown, not judged: the latest quarter of the year, and a word in the reason when the
            // annual value is still missing.
            var quarter = (periods.GetValueOrDefault(x.Indicator.Key) ?? []).Where(p => p.Key.Year == year && p.Key.Quarter > 0)
                .OrderBy(p => p.Key.Quarter).Select(p => ((int Quarter, double Value)?)(p.Key.Quarter, p.Value)).LastOrDefault();
            var reason = x.Evaluation.Reason;
            if (quarter is { } q && x.Evaluation.Value is null && x.Spec.Form != TargetForm.Unassessable)
                reason += $"（已有{year}年第{q.Quarter}季度累计值{q.Value.ToString(CultureInfo.InvariantCulture)}，季度值只作参考，不参与年度评估）";
            return new ProgressRow
            {
                Indicator = x.Indicator.Id, Name = x.Indicator.Name, Category = x.Indicator.Category, Unit = x.Indicator.Unit,
                Attribute = x.Indicator.Attribute, Target = x.TargetText, Year = year,
                OriginalTarget = x.Indicator.Target ?? x.Indicator.Growth, TargetNote = x.TargetNote, TargetValidFrom = x.Revision?.ValidFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Value = x.Evaluation.Value, Expected = Round(x.Evaluation.Expected), Status = x.Evaluation.Status.Code(),
                StatusLabel = x.Evaluation.Status.Label(), Forecast = Round(x.Evaluation.Forecast), WillMeetTarget = x.Evaluation.WillMeetTarget,
                Reason = reason, LineStart = x.Indicator.LineStart,
                LatestQuarter = quarter is { } lq ? $"{year}Q{lq.Quarter}" : null, QuarterValue = quarter?.Value,
            };
        }).ToList();
    }

    public static TargetSpec Spec(IndicatorRecord i, int periodStart, int periodEnd)
    {
        var parsed = i.Parsed is null ? null : JsonSerializer.Deserialize<ParsedTarget>(i.Parsed);
        return TargetSpecs.From(i.Name, i.Unit, i.Base, i.Attribute, parsed, i.BaseYear, i.TargetYear, periodStart, periodEnd);
    }

    /// <summary>The spec of a revised target: the revision's text parsed as the plan's cell would be (a growth-column
    /// target stays an annual rate), with the indicator's base value, attribute and years.</summary>
    public static TargetSpec Spec(IndicatorRecord i, int periodStart, int periodEnd, string revisedTarget)
    {
        var original = i.Parsed is null ? null : JsonSerializer.Deserialize<ParsedTarget>(i.Parsed);
        var parsed = TargetParser.Parse(revisedTarget, i.Unit, i.Name, original?.Annual ?? false);
        return TargetSpecs.From(i.Name, i.Unit, i.Base, i.Attribute, parsed, i.BaseYear, i.TargetYear, periodStart, periodEnd) with { Printed = revisedTarget };
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
