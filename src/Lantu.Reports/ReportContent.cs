using System.Globalization;
using System.Text;
using Lantu.Core.Monitoring;

namespace Lantu.Reports;

/// <summary>
/// What every format shows, computed once from the model: title, the summary paragraph, the category × status
/// table and the indicators in report order. The writers only lay it out.
/// </summary>
public sealed class ReportContent
{
    /// <summary>Status columns in report order: the ones needing attention first.</summary>
    public static readonly IReadOnlyList<ProgressStatus> StatusOrder =
        [ProgressStatus.SeverelyLagging, ProgressStatus.Lagging, ProgressStatus.NotAssessable, ProgressStatus.OnTrack, ProgressStatus.Achieved];

    /// <summary>Status columns of the category table, best first as official tables print them.</summary>
    public static readonly IReadOnlyList<ProgressStatus> TableStatuses =
        [ProgressStatus.Achieved, ProgressStatus.OnTrack, ProgressStatus.Lagging, ProgressStatus.SeverelyLagging, ProgressStatus.NotAssessable];

    public ReportModel Model { get; }
    public string Title { get; }
    public string KindLabel { get; }
    public string Summary { get; }
    public IReadOnlyList<ReportIndicator> Ordered { get; }
    public IReadOnlyList<CategoryRow> Categories { get; }
    public CategoryRow Total { get; }

    public sealed record CategoryRow(string Category, IReadOnlyDictionary<ProgressStatus, int> Counts)
    {
        public int Total => Counts.Values.Sum();
        public int this[ProgressStatus s] => Counts.GetValueOrDefault(s);
    }

    public ReportContent(ReportModel model)
    {
        Model = model;
        KindLabel = KindName(model.Kind);
        var plan = Quoted(model.PlanTitle);
        Title = model.Kind switch
        {
            ReportKind.MidTerm => $"{plan}实施中期评估报告",
            ReportKind.Final => $"{plan}实施总结评估报告",
            _ => $"{plan}{model.Year}年度实施监测报告",
        };
        Ordered = Order(model.Indicators);
        Categories = model.Indicators.GroupBy(i => string.IsNullOrWhiteSpace(i.Category) ? "其他" : i.Category)
            .Select(g => new CategoryRow(g.Key, Count(g))).ToList();
        Total = new CategoryRow("合计", Count(model.Indicators));
        Summary = BuildSummary();
    }

    public static string KindName(ReportKind k) => k switch
    {
        ReportKind.MidTerm => "中期评估报告",
        ReportKind.Final => "总结评估报告",
        _ => "年度监测报告",
    };

    /// <summary>Binding indicators first; within each group 严重滞后, 滞后, 无法评估, 符合, 已完成; then plan order.</summary>
    public static IReadOnlyList<ReportIndicator> Order(IEnumerable<ReportIndicator> indicators) =>
        indicators.Select((i, n) => (i, n))
            .OrderBy(x => x.i.Binding ? 0 : 1)
            .ThenBy(x => Rank(x.i.Status))
            .ThenBy(x => x.n)
            .Select(x => x.i).ToList();

    public static int Rank(ProgressStatus s) => StatusOrder.ToList().IndexOf(s) is var r and >= 0 ? r : StatusOrder.Count;

    private static Dictionary<ProgressStatus, int> Count(IEnumerable<ReportIndicator> items) =>
        TableStatuses.ToDictionary(s => s, s => items.Count(i => i.Status == s));

    private string BuildSummary()
    {
        var m = Model;
        var all = m.Indicators;
        var sb = new StringBuilder();
        string when = m.Kind switch
        {
            ReportKind.MidTerm => $"规划实施中期（{m.Year}年）",
            ReportKind.Final => $"规划期末（{m.Year}年）",
            _ => $"{m.Year}年",
        };
        sb.Append($"{when}，{Quoted(m.PlanTitle)}确定的{all.Count}项主要指标中，");
        sb.Append(string.Join("、", TableStatuses.Select(s => $"{s.Label()}{Total[s]}项"))).Append('。');

        var binding = all.Where(i => i.Binding).ToList();
        if (binding.Count > 0)
        {
            int good = binding.Count(i => i.Status is ProgressStatus.Achieved or ProgressStatus.OnTrack);
            var behind = binding.Where(i => i.Status is ProgressStatus.Lagging or ProgressStatus.SeverelyLagging).ToList();
            int unknown = binding.Count(i => i.Status == ProgressStatus.NotAssessable);
            sb.Append($"约束性指标{binding.Count}项，");
            if (good == binding.Count) sb.Append("均达到序时进度或已完成。");
            else
            {
                var parts = new List<string>();
                if (good > 0) parts.Add($"{good}项达到序时进度或已完成");
                if (behind.Count > 0) parts.Add($"{behind.Count}项滞后（{string.Join("、", behind.Select(i => i.Name))}）");
                if (unknown > 0) parts.Add($"{unknown}项无法评估");
                sb.Append(string.Join("，", parts)).Append('。');
            }
        }

        var lagging = Ordered.Where(i => i.Status is ProgressStatus.Lagging or ProgressStatus.SeverelyLagging).ToList();
        if (lagging.Count > 0)
        {
            sb.Append("进度滞后的指标：");
            sb.Append(string.Join("；", lagging.Select(i =>
                $"{i.Name}（{i.Status.Label()}，{ValueText(i)}，{(i.Spec.Form is TargetForm.Bound or TargetForm.Range ? "目标" : "序时进度")}{ExpectedText(i)}）")));
            sb.Append('。');
        }
        else sb.Append("没有进度滞后的指标。");

        var forecastable = all.Where(i => i.Evaluation.WillMeetTarget is not null).ToList();
        if (forecastable.Count > 0)
        {
            int meet = forecastable.Count(i => i.Evaluation.WillMeetTarget == true);
            var miss = forecastable.Where(i => i.Evaluation.WillMeetTarget == false).Select(i => i.Name).ToList();
            sb.Append($"按当前趋势预测，可预测的{forecastable.Count}项指标中{meet}项可在{m.PeriodEnd}年实现规划目标");
            sb.Append(miss.Count > 0 ? $"，{miss.Count}项难以实现（{string.Join("、", miss)}）。" : "。");
        }
        return sb.ToString();
    }

    private static string WithUnit(double? v, string unit) => v is double d ? Number(d) + (unit is "%" ? "%" : unit) : "—";

    /// <summary>The judged value: the year's value, or the sum so far for a five-year total.</summary>
    public static string ValueText(ReportIndicator i) =>
        (i.Spec.Form == TargetForm.CumulativeTotal ? "累计" : "实际值") + WithUnit(i.Evaluation.Value, i.Unit);

    public static string ExpectedText(ReportIndicator i) => i.Spec.Form switch
    {
        TargetForm.Range when i.Spec is { Min: double min, Max: double max } => $"{Number(min)}–{Number(max)}{(i.Unit is "%" ? "%" : i.Unit)}",
        TargetForm.Bound => (i.Spec.Desired == Desired.Lower ? "不高于" : "不低于") + WithUnit(i.Evaluation.Expected, i.Unit),
        _ => WithUnit(i.Evaluation.Expected, i.Unit),
    };

    /// <summary>Up to two decimals, no trailing zeros, invariant digits.</summary>
    public static string Number(double? v) => v is double d && double.IsFinite(d)
        ? Math.Round(d, 2).ToString("0.##", CultureInfo.InvariantCulture) : "—";

    public static string ForecastText(ReportIndicator i) => i.Evaluation.Forecast is double f
        ? Number(f) + (i.Evaluation.WillMeetTarget switch { true => "（可实现）", false => "（难以实现）", _ => "" })
        : "—";

    public static string Quoted(string title) => title.StartsWith('《') ? title : $"《{title}》";

    /// <summary>The line under the title: region, period, year, kind, time of generation.</summary>
    public string Meta => $"{(string.IsNullOrWhiteSpace(Model.Region) ? "" : Model.Region + "　")}规划期 {Model.PeriodStart}—{Model.PeriodEnd}年　评估年度 {Model.Year}年　{KindLabel}　生成于 {Model.GeneratedAt:yyyy-MM-dd HH:mm}";
}
