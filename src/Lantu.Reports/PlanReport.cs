using Lantu.Application.Monitoring;
using Lantu.Core.Monitoring;
using Lantu.Storage;
using Lantu.Storage.Monitoring;

namespace Lantu.Reports;

/// <summary>Fills a <see cref="ReportModel"/> for a stored plan and year: its monitored indicators with their
/// current observations, and its key-project boxes.</summary>
public sealed class PlanReport(PlanReader plans, ObservationStore observations, ProgressService progress, AssessmentService assessment)
{
    public ReportModel Build(long planId, int year, EvaluationMethod method = EvaluationMethod.SchedulePath)
    {
        var detail = plans.Detail(planId);
        int start = detail.PeriodStart ?? year, end = detail.PeriodEnd ?? year;
        var builder = new ReportBuilder(detail.Title, detail.Region ?? "", start, end, year, method);
        var provenance = observations.CurrentAnnualDetail(planId);
        foreach (var item in progress.Evaluate(planId, year).OrderBy(x => x.Indicator.Id))
        {
            var i = item.Indicator;
            var values = provenance.GetValueOrDefault(i.Key) ?? [];
            builder.Indicator(i.Category ?? "", i.Name, i.Unit ?? "", i.Attribute ?? "", i.Base ?? "", item.TargetText ?? "",
                item.Spec, item.Observations, i.LineStart, item.TargetNote,
                values.Where(v => v.Value.Estimate).Select(v => v.Key).ToHashSet(),
                values.Where(v => v.Value.Grade is not null).ToDictionary(v => v.Key, v => v.Value.Grade!));
        }
        builder.Warnings(assessment.Warnings(planId, year).Items);
        foreach (var box in plans.Boxes(detail.VersionId).Where(b => b.Kind == "projects" && b.Items.Count > 0))
            builder.Box(int.TryParse(box.Number, out var n) ? n : 0, box.Title, box.Items.Select(it => it.Name));
        var model = builder.Build();
        // A report by the mid-term method is a 中期评估, whatever the year.
        return method == EvaluationMethod.MidTerm ? model with { KindOverride = ReportKind.MidTerm } : model;
    }
}
