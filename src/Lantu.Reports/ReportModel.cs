using Lantu.Core.Monitoring;

namespace Lantu.Reports;

/// <summary>年度监测报告, 中期评估报告 (the plan's third year) or 总结评估报告 (the final year).</summary>
public enum ReportKind { Annual, MidTerm, Final }

public enum ReportFormat { Docx, Xlsx, Html }

/// <summary>
/// Everything a monitoring report shows, in plain values: the lead fills it from the database, usually through
/// <see cref="ReportBuilder"/>, which evaluates each indicator for the report year.
/// </summary>
public sealed record ReportModel
{
    public required string PlanTitle { get; init; }
    public string Region { get; init; } = "";
    public required int PeriodStart { get; init; }
    public required int PeriodEnd { get; init; }
    public required int Year { get; init; }
    /// <summary>Defaults to the kind the year implies (<see cref="KindFor"/>).</summary>
    public ReportKind? KindOverride { get; init; }
    public ReportKind Kind => KindOverride ?? KindFor(Year, PeriodStart, PeriodEnd);
    public IReadOnlyList<ReportIndicator> Indicators { get; init; } = [];
    public IReadOnlyList<ReportProjectBox> ProjectBoxes { get; init; } = [];
    public DateTimeOffset GeneratedAt { get; init; } = DateTimeOffset.Now;
    /// <summary>How the indicators are judged (chosen per report); 序时进度 unless the report asks for another.</summary>
    public EvaluationMethod Method { get; init; } = EvaluationMethod.SchedulePath;
    /// <summary>预警: binding indicators forecast to miss, indicators 滞后 two years in a row (<see cref="EarlyWarnings"/>).</summary>
    public IReadOnlyList<EarlyWarningItem> Warnings { get; init; } = [];

    /// <summary>The final year gives 总结评估; the third year of the period (2023 for 2021–2025) 中期评估; others 年度监测.</summary>
    public static ReportKind KindFor(int year, int periodStart, int periodEnd) =>
        year >= periodEnd ? ReportKind.Final
        : year == MidTermYear(periodStart, periodEnd) ? ReportKind.MidTerm
        : ReportKind.Annual;

    /// <summary>The plan's third year (its middle for a five-year plan).</summary>
    public static int MidTermYear(int periodStart, int periodEnd) => Math.Min(periodStart + 2, periodEnd);
}

/// <summary>One indicator as the plan prints it, its target in monitor terms, its observations and the year's judgement.</summary>
public sealed record ReportIndicator
{
    public string Category { get; init; } = "";
    public required string Name { get; init; }
    public string Unit { get; init; } = "";
    /// <summary>预期性 or 约束性 as printed.</summary>
    public string Attribute { get; init; } = "预期性";
    public string BasePrinted { get; init; } = "";
    public string TargetPrinted { get; init; } = "";
    /// <summary>Which target the year was judged by when the target was revised (规划调整); shown with the target.</summary>
    public string? TargetNote { get; init; }
    public required TargetSpec Spec { get; init; }
    public IReadOnlyDictionary<int, double> Observations { get; init; } = new Dictionary<int, double>();
    public required Evaluation Evaluation { get; init; }
    /// <summary>Line of the indicator in the plan's source text, when known.</summary>
    public int? LineStart { get; init; }
    /// <summary>The judgement by the report's method, with the figures it was computed from.</summary>
    public required MethodResult Result { get; init; }
    /// <summary>Years whose value is a preliminary estimate (预计数), shown and drawn apart from final values.</summary>
    public IReadOnlySet<int> Estimates { get; init; } = new HashSet<int>();
    /// <summary>Source grade (A/B/C) of each year's value, when the value came from a graded publication.</summary>
    public IReadOnlyDictionary<int, string> Grades { get; init; } = new Dictionary<int, string>();

    public bool Binding => Spec.Binding || Attribute.Contains("约束");
    public ProgressStatus Status => Evaluation.Status;
}

/// <summary>A 专栏 of key projects and the items it lists.</summary>
public sealed record ReportProjectBox(int Number, string Title, IReadOnlyList<string> Items);

/// <summary>Builds a <see cref="ReportModel"/>, evaluating each indicator with <see cref="Evaluator"/> for the year.</summary>
public sealed class ReportBuilder(string planTitle, string region, int periodStart, int periodEnd, int year,
    EvaluationMethod method = EvaluationMethod.SchedulePath)
{
    private IReadOnlyList<EarlyWarningItem> _warnings = [];

    private readonly List<ReportIndicator> _indicators = [];
    private readonly List<ReportProjectBox> _boxes = [];

    public ReportBuilder Indicator(string category, string name, string unit, string attribute, string basePrinted,
        string targetPrinted, TargetSpec spec, IReadOnlyDictionary<int, double> observations, int? lineStart = null, string? targetNote = null,
        IReadOnlySet<int>? estimates = null, IReadOnlyDictionary<int, string>? grades = null)
    {
        // The printed attribute decides whether the indicator is judged strictly, whatever the spec says.
        if (attribute.Contains("约束") && !spec.Binding) spec = spec with { Binding = true };
        _indicators.Add(new ReportIndicator
        {
            Category = category, Name = name, Unit = unit, Attribute = attribute, BasePrinted = basePrinted,
            TargetPrinted = targetNote is null ? targetPrinted : $"{targetPrinted}（{targetNote}）", TargetNote = targetNote, Spec = spec, Observations = observations, LineStart = lineStart,
            Evaluation = Evaluator.Evaluate(spec, observations, year),
            Result = MethodEvaluator.Evaluate(method, spec, observations, year, name),
            Estimates = estimates ?? new HashSet<int>(), Grades = grades ?? new Dictionary<int, string>(),
        });
        return this;
    }

    public ReportBuilder Warnings(IReadOnlyList<EarlyWarningItem> warnings)
    {
        _warnings = warnings;
        return this;
    }

    public ReportBuilder Box(int number, string title, IEnumerable<string> items)
    {
        _boxes.Add(new ReportProjectBox(number, title, items.ToList()));
        return this;
    }

    public ReportModel Build(DateTimeOffset? generatedAt = null) => new()
    {
        PlanTitle = planTitle, Region = region, PeriodStart = periodStart, PeriodEnd = periodEnd, Year = year,
        Indicators = _indicators.ToList(), ProjectBoxes = _boxes.ToList(), GeneratedAt = generatedAt ?? DateTimeOffset.Now,
        Method = method, Warnings = _warnings,
    };
}
