using Lantu.Application.Monitoring;
using Lantu.Application.Samples;
using Lantu.Core.Monitoring;
using Lantu.Storage.Monitoring;
using Lantu.Web.Services;
using Microsoft.AspNetCore.Mvc;

namespace Lantu.Web.Pages.Plans;

/// <summary>The plan dashboard: each monitored indicator's status in the monitoring year, binding ones first.</summary>
public sealed class DashboardModel(PlanCatalog c, ObservationStore observations, ProgressService progress, AssessmentService assessment,
    SampleFacts sampleFacts) : PlanPageModel(c)
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    public int MonitoringYear { get; private set; }
    public IReadOnlyList<ProgressService.Item> Items { get; private set; } = [];
    public IReadOnlyList<int> Years { get; private set; } = [];
    /// <summary>预警 for the monitoring year.</summary>
    public IReadOnlyList<EarlyWarningItem> Warnings { get; private set; } = [];
    /// <summary>Each indicator's stored values with estimate flag, grade and source.</summary>
    public IReadOnlyDictionary<string, Dictionary<int, ObservedValue>> Values { get; private set; } = new Dictionary<string, Dictionary<int, ObservedValue>>();
    /// <summary>For a bundled sample plan: the published figures of its region that match none of its indicators.</summary>
    public IReadOnlyList<FactMatch> UnmatchedFacts { get; private set; } = [];

    /// <summary>The year's value as stored, or null.</summary>
    public ObservedValue? ValueOf(ProgressService.Item item) =>
        Values.GetValueOrDefault(item.Indicator.Key)?.GetValueOrDefault(MonitoringYear);

    protected override IActionResult Load()
    {
        var detail = View.Detail;
        int start = detail.PeriodStart ?? DateTime.Now.Year, end = detail.PeriodEnd ?? start;
        Years = Enumerable.Range(start, end - start + 1).ToList();
        var observed = observations.CurrentAnnual(detail.Id).Values.SelectMany(v => v.Keys).ToList();
        MonitoringYear = Year is int y && Years.Contains(y) ? y : observed.Count > 0 ? Math.Clamp(observed.Max(), start, end) : start;
        Items = progress.Evaluate(detail.Id, MonitoringYear);
        Warnings = assessment.Warnings(detail.Id, MonitoringYear).Items;
        Values = observations.CurrentAnnualDetail(detail.Id);
        if (SampleFacts.IsSample(detail.SourceFile))
            UnmatchedFacts = sampleFacts.Match(detail.VersionId, detail.Region, SampleFacts.Facts()).Where(m => !m.Matched).ToList();
        return Page();
    }
}

/// <summary>One indicator: its target in words and as typed meaning, the chart, the values and the source lines.</summary>
public sealed class IndicatorModel(PlanCatalog c, IndicatorReader indicators, ObservationStore store, ProgressService progress) : PlanPageModel(c)
{
    [BindProperty(SupportsGet = true)] public int N { get; set; }
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    public IndicatorRecord Indicator { get; private set; } = null!;
    public TargetSpec Spec { get; private set; } = null!;
    public Evaluation Evaluation { get; private set; } = null!;
    public IReadOnlyDictionary<int, double> Observed { get; private set; } = new Dictionary<int, double>();
    public IReadOnlyList<Observation> History { get; private set; } = [];
    public IReadOnlyList<Lantu.Storage.Records.SourceLine> Lines { get; private set; } = [];
    public string Chart { get; private set; } = "";
    public string? TargetNote { get; private set; }
    public int MonitoringYear { get; private set; }
    /// <summary>Years whose value is a preliminary estimate (预计数).</summary>
    public IReadOnlySet<int> Estimates { get; private set; } = new HashSet<int>();

    protected override IActionResult Load()
    {
        var detail = View.Detail;
        var indicator = indicators.List(detail.VersionId).FirstOrDefault(i => i.Id == N);
        if (indicator is null) return NotFound();
        Indicator = indicator;
        int start = detail.PeriodStart ?? DateTime.Now.Year, end = detail.PeriodEnd ?? start;
        Spec = ProgressService.Spec(indicator, start, end);
        Observed = store.CurrentAnnual(detail.Id).GetValueOrDefault(indicator.Key) ?? new Dictionary<int, double>();
        History = store.History(detail.Id, indicator.Key);
        MonitoringYear = Year ?? (Observed.Count > 0 ? Observed.Keys.Max() : start);
        // The target valid in the monitoring year (规划调整), with the note saying which one it was.
        var judged = progress.Evaluate(detail.Id, indicator, Observed, start, end, MonitoringYear);
        (Spec, Evaluation, TargetNote) = (judged.Spec, judged.Evaluation, judged.TargetNote);
        var detailValues = store.CurrentAnnualDetail(detail.Id).GetValueOrDefault(indicator.Key) ?? [];
        Estimates = detailValues.Where(v => v.Value.Estimate).Select(v => v.Key).ToHashSet();
        Chart = TrajectorySvg.Render(indicator.Name, indicator.Unit, Spec, Observed, Evaluation, Estimates);
        Lines = Catalog.Reader.Lines(detail.VersionId, Math.Max(1, indicator.LineStart - 3), indicator.LineEnd + 3);
        return Page();
    }

    /// <summary>The typed meaning of the target, in words.</summary>
    public string Meaning => Spec.Form switch
    {
        TargetForm.Level => $"到{Spec.TargetYear}年{(Spec.Desired == Desired.Lower ? "降至" : "达到")} {Spec.Value}{Indicator.Unit}" + (Spec.BaseValue is double b ? $"（{Spec.BaseYear}年基期 {b}，按线性序时进度）" : ""),
        TargetForm.AnnualGrowth => $"年均增长 {Spec.Value}%（复合增长序时进度）" + (Spec.BaseValue is double b ? $"，自{Spec.BaseYear}年的 {b}{Indicator.Unit} 起" : ""),
        TargetForm.Range => $"每年在 {Spec.Min}–{Spec.Max}{Indicator.Unit} 之间",
        TargetForm.Bound => $"每年{(Spec.Desired == Desired.Lower ? "不高于" : "不低于")} {Spec.Value}{Indicator.Unit}",
        TargetForm.CumulativeTotal => $"五年累计 {Spec.Value}{Indicator.Unit}（逐年累加）",
        TargetForm.CumulativeChange => $"规划期内累计变化 {Spec.Value}（填报自基期以来的累计变化）",
        _ => "无法评估：" + Spec.Reason,
    };
}
