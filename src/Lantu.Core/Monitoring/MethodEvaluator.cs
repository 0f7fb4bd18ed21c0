namespace Lantu.Core.Monitoring;

/// <summary>Judges an indicator by the method a report chose; every method returns the same <see cref="MethodResult"/>
/// shape (status code and label, reason, figures) so that reports and pages show any of them alike.</summary>
public static class MethodEvaluator
{
    public static MethodResult Evaluate(EvaluationMethod method, TargetSpec t, IReadOnlyDictionary<int, double> observations, int year,
        string? indicatorName = null) => method switch
    {
        EvaluationMethod.SchedulePath => Schedule(t, observations, year),
        EvaluationMethod.ProgressMeasure => ProgressMeasure.Evaluate(t, observations, year, indicatorName).Result,
        EvaluationMethod.MidTerm => MidTermAssessment.Evaluate(t, observations, year).Result,
        _ => TrendForecast.Evaluate(t, observations, year),
    };

    private static MethodResult Schedule(TargetSpec t, IReadOnlyDictionary<int, double> observations, int year)
    {
        var e = Evaluator.Evaluate(t, observations, year);
        var figures = MethodFigures.Of(t, e);
        return new MethodResult(EvaluationMethod.SchedulePath, year, e.Status.Code(), e.Status.Label(), e.Reason, figures, e.WillMeetTarget);
    }
}
