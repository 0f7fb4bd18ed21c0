using Lantu.Core.Monitoring;

namespace Lantu.Reports;

/// <summary>A status a method can give: its code (as in <see cref="MethodResult.Code"/>), label and colour.</summary>
public sealed record StatusColumn(string Code, string Label, string Colour);

/// <summary>The statuses of each evaluation method, best first as official tables print them (无法评估 last), and the
/// order reports list indicators in (the ones needing attention first).</summary>
public static class StatusColumns
{
    private const string Green = "#1a7f37", Blue = "#0969da", Amber = "#b35900", Red = "#cf222e", Grey = "#6e7781", Teal = "#1b7c83";

    public static IReadOnlyList<StatusColumn> Of(EvaluationMethod method) => method switch
    {
        EvaluationMethod.SchedulePath => ReportContent.TableStatuses.Select(s => new StatusColumn(s.Code(), s.Label(), s.Colour())).ToList(),
        EvaluationMethod.MidTerm =>
        [
            Col(MidTermCategory.AheadAchieved, Green), Col(MidTermCategory.Faster, Teal), Col(MidTermCategory.AsExpected, Blue),
            Col(MidTermCategory.Lagging, Amber), Col(MidTermCategory.NotAssessable, Grey),
        ],
        EvaluationMethod.ProgressMeasure =>
        [
            Col(ProgressCategory.TargetAchieved, Green), Col(ProgressCategory.OnTrack, Blue), Col(ProgressCategory.NeedsAcceleration, Amber),
            Col(ProgressCategory.Limited, Red), Col(ProgressCategory.Deterioration, "#82071e"), Col(ProgressCategory.NotAssessable, Grey),
        ],
        _ => [new("will_meet", "预计能实现目标", Green), new("will_miss", "预计难以实现目标", Red), new("not_assessable", "无法评估", Grey)],
    };

    /// <summary>Attention order: the bad statuses worst first, then 无法评估, then the good ones, best last
    /// (序时进度: 严重滞后, 滞后, 无法评估, 符合序时进度, 已完成/超前).</summary>
    public static int Rank(EvaluationMethod method, string code)
    {
        var cols = Of(method).Select(c => c.Code).ToList();
        var order = cols.Where(c => Bad(c)).Reverse().Append("not_assessable")
            .Concat(cols.Where(c => !Bad(c) && c != "not_assessable").Reverse()).ToList();
        int i = order.IndexOf(code);
        return i < 0 ? order.Count : i;
    }

    /// <summary>Statuses that call for attention: 滞后/严重滞后, 需加快/进展有限/倒退, 预计难以实现目标.</summary>
    public static bool Bad(string code) => code is "lagging" or "severely_lagging" or "needs_acceleration"
        or "limited_progress" or "deterioration" or "will_miss";

    public static string ColourOf(EvaluationMethod method, string code) => Of(method).FirstOrDefault(c => c.Code == code)?.Colour ?? Grey;

    private static StatusColumn Col(MidTermCategory c, string colour) => new(c.Code(), c.Label(), colour);
    private static StatusColumn Col(ProgressCategory c, string colour) => new(c.Code(), c.Label(), colour);
}
