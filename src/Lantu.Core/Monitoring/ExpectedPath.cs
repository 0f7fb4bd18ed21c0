namespace Lantu.Core.Monitoring;

/// <summary>
/// 序时进度: where an indicator should stand in a year on the way from base to target. Linear for levels, shares
/// and totals; compound for targets stated as annual growth.
/// </summary>
public static class ExpectedPath
{
    /// <summary>The expected value in <paramref name="year"/>, or null when the form has no path.</summary>
    public static double? At(TargetSpec t, int year)
    {
        double elapsed = Math.Clamp(year - t.BaseYear, 0, t.Span);
        return t.Form switch
        {
            TargetForm.Level when t.BaseValue is double b && t.Value is double v => b + (v - b) * elapsed / t.Span,
            TargetForm.AnnualGrowth when t.BaseValue is double b && t.Value is double r => b * Math.Pow(1 + r / 100, elapsed),
            TargetForm.CumulativeTotal when t.Value is double total => total * elapsed / t.Span,
            TargetForm.CumulativeChange when t.Value is double change => change * elapsed / t.Span,
            TargetForm.Range => t.Min,
            TargetForm.Bound => t.Value,
            _ => null,
        };
    }

    /// <summary>The value the path ends at (the target-year level for growth targets).</summary>
    public static double? End(TargetSpec t) => At(t, t.TargetYear);
}
