using System.Globalization;

namespace Lantu.Core.Monitoring;

/// <summary>A target as changed by a decision (规划调整), valid from a date. <see cref="Original"/> marks the row that
/// keeps the plan's own target (recorded with the first revision).</summary>
public sealed record RevisedTarget(string Target, DateOnly ValidFrom, string Decision, bool Original = false);

/// <summary>
/// Which target a year is judged by. A revision applies to the whole year it takes effect in and to every later
/// year: for year Y the latest revision valid on or before 31 December Y; before the first one, the plan's text.
/// </summary>
public static class TargetTimeline
{
    public static RevisedTarget? InForce(IEnumerable<RevisedTarget> revisions, int year)
    {
        var endOfYear = new DateOnly(year, 12, 31);
        return revisions.Where(r => r.ValidFrom <= endOfYear).MaxBy(r => r.ValidFrom);
    }

    /// <summary>The note shown with an evaluation when the target has revisions; null when it has none.</summary>
    public static string? Note(IReadOnlyCollection<RevisedTarget> revisions, int year, string? originalText)
    {
        if (revisions.All(r => r.Original)) return null;
        var used = InForce(revisions, year);
        if (used is null || used.Original)
        {
            var next = revisions.Where(r => !r.Original).MinBy(r => r.ValidFrom)!;
            return $"按规划原文目标评估（该目标自{Date(next.ValidFrom)}起调整为“{next.Target}”）";
        }
        return $"按{used.ValidFrom.Year}年调整后的目标评估（{used.Decision}，自{Date(used.ValidFrom)}起；原目标“{originalText ?? "—"}”）";
    }

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
