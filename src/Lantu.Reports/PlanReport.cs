using Lantu.Application.Monitoring;
using Lantu.Storage;

namespace Lantu.Reports;

/// <summary>Fills a <see cref="ReportModel"/> for a stored plan and year: its monitored indicators with their
/// current observations, and its key-project boxes.</summary>
public static class PlanReport
{
    public static ReportModel Build(LantuDatabase db, long planId, int year)
    {
        var detail = new PlanReader(db).Detail(planId);
        int start = detail.PeriodStart ?? year, end = detail.PeriodEnd ?? year;
        var builder = new ReportBuilder(detail.Title, detail.Region ?? "", start, end, year);
        foreach (var item in new ProgressService(db).Evaluate(planId, year).OrderBy(x => x.Indicator.Id))
        {
            var i = item.Indicator;
            builder.Indicator(i.Category ?? "", i.Name, i.Unit ?? "", i.Attribute ?? "", i.Base ?? "", item.TargetText ?? "",
                item.Spec, item.Observations, i.LineStart, item.TargetNote);
        }
        foreach (var box in new PlanReader(db).Boxes(detail.VersionId).Where(b => b.Kind == "projects" && b.Items.Count > 0))
            builder.Box(int.TryParse(box.Number, out var n) ? n : 0, box.Title, box.Items.Select(it => it.Name));
        return builder.Build();
    }
}
