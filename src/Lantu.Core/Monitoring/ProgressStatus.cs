namespace Lantu.Core.Monitoring;

/// <summary>The status of an indicator in a year, with the Chinese label the reports use.</summary>
public enum ProgressStatus { Achieved, OnTrack, Lagging, SeverelyLagging, NotAssessable }

public static class ProgressStatusText
{
    public static string Label(this ProgressStatus s) => s switch
    {
        ProgressStatus.Achieved => "已完成/超前",
        ProgressStatus.OnTrack => "符合序时进度",
        ProgressStatus.Lagging => "滞后",
        ProgressStatus.SeverelyLagging => "严重滞后",
        _ => "无法评估",
    };

    /// <summary>Machine name for JSON: achieved, on_track, lagging, severely_lagging, not_assessable.</summary>
    public static string Code(this ProgressStatus s) => s switch
    {
        ProgressStatus.Achieved => "achieved",
        ProgressStatus.OnTrack => "on_track",
        ProgressStatus.Lagging => "lagging",
        ProgressStatus.SeverelyLagging => "severely_lagging",
        _ => "not_assessable",
    };

    /// <summary>Status colour for pages and charts (green, teal, amber, red, grey).</summary>
    public static string Colour(this ProgressStatus s) => s switch
    {
        ProgressStatus.Achieved => "#1a7f37",
        ProgressStatus.OnTrack => "#0969da",
        ProgressStatus.Lagging => "#b35900",
        ProgressStatus.SeverelyLagging => "#cf222e",
        _ => "#6e7781",
    };
}
