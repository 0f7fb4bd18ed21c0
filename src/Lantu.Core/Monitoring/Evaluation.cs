namespace Lantu.Core.Monitoring;

/// <summary>The judgement of one indicator in one year: the value, where it should be, the status and why.</summary>
public sealed record Evaluation(
    int Year,
    double? Value,
    double? Expected,
    ProgressStatus Status,
    string Reason,
    double? Forecast,
    bool? WillMeetTarget);
