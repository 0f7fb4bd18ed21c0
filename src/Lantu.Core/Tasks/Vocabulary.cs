namespace Lantu.Core.Tasks;

/// <summary>The words planners use for task status and project stages.</summary>
public static class Vocabulary
{
    public const string NotStarted = "未启动";
    public const string InProgress = "推进中";
    public const string Done = "已完成";
    public const string Late = "滞后";

    /// <summary>Status of a task or of one of its annual milestones.</summary>
    public static IReadOnlyList<string> TaskStatuses { get; } = [NotStarted, InProgress, Done, Late];

    /// <summary>The 五个一批 pipeline: 谋划一批、签约一批、开工一批、投产一批、增资一批.</summary>
    public static IReadOnlyList<string> FiveBatches { get; } = ["谋划", "签约", "开工", "投产", "增资"];

    /// <summary>The construction pipeline: 储备、开工、在建、竣工.</summary>
    public static IReadOnlyList<string> Construction { get; } = ["储备", "开工", "在建", "竣工"];

    /// <summary>Every stage a project may be in, in rough pipeline order.</summary>
    public static IReadOnlyList<string> Stages { get; } = ["谋划", "储备", "签约", "开工", "在建", "投产", "竣工", "增资"];

    public static bool IsStage(string? s) => s is not null && Stages.Contains(s.Trim());
    public static bool IsTaskStatus(string? s) => s is not null && TaskStatuses.Contains(s.Trim());
}
