namespace Lantu.Core.Monitoring;

/// <summary>How a report judges its indicators (chosen per report; docs/METHODOLOGY.md §9–§12).</summary>
public enum EvaluationMethod
{
    /// <summary>序时进度: the year's value against the expected path from base to target (<see cref="Evaluator"/>).</summary>
    SchedulePath,
    /// <summary>Open SDG / Statistics Canada progress measure: observed CAGR ÷ CAGR required (<see cref="ProgressMeasure"/>).</summary>
    ProgressMeasure,
    /// <summary>The categories of the national 中期评估: 提前实现, 快于预期, 基本符合预期, 滞后 (<see cref="MidTermAssessment"/>).</summary>
    MidTerm,
    /// <summary>A regression weighting recent years more, carried to the target year (<see cref="TrendForecast"/>).</summary>
    Forecast,
}

public static class EvaluationMethodText
{
    public static string Label(this EvaluationMethod m) => m switch
    {
        EvaluationMethod.SchedulePath => "序时进度法",
        EvaluationMethod.ProgressMeasure => "进展测度法（复合增长率之比）",
        EvaluationMethod.MidTerm => "中期评估分类法",
        _ => "趋势预测法（近年加权回归）",
    };

    /// <summary>Machine name for JSON and command lines: schedule, progress, midterm, forecast.</summary>
    public static string Code(this EvaluationMethod m) => m switch
    {
        EvaluationMethod.SchedulePath => "schedule",
        EvaluationMethod.ProgressMeasure => "progress",
        EvaluationMethod.MidTerm => "midterm",
        _ => "forecast",
    };

    /// <summary>The method named by its code or label; a clear error naming the choices otherwise.</summary>
    public static EvaluationMethod Parse(string text)
    {
        foreach (var m in Enum.GetValues<EvaluationMethod>())
            if (string.Equals(text, m.Code(), StringComparison.OrdinalIgnoreCase) || text == m.Label() || text == m.Label()[..^1])
                return m;
        throw new ArgumentException($"未知的评估方法“{text}”，可选：{string.Join("、", Enum.GetValues<EvaluationMethod>().Select(m => $"{m.Code()}（{m.Label()}）"))}");
    }
}
