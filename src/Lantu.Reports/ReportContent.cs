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
    /// <summary>The statuses of the report's method, in table order (the category table's columns).</summary>
    public IReadOnlyList<StatusColumn> Columns { get; }
    /// <summary>Counts per 中期评估 category and the binding indicators apart — for a report by the mid-term method.</summary>
    public MidTermSummary? MidTerm { get; }

    /// <summary>A category's count of indicators per status code of the report's method.</summary>
    public sealed record CategoryRow(string Category, IReadOnlyDictionary<string, int> Counts)
    {
        public int Total => Counts.Values.Sum();
        public int this[ProgressStatus s] => Counts.GetValueOrDefault(s.Code());
        public int this[string code] => Counts.GetValueOrDefault(code);
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
        Columns = StatusColumns.Of(model.Method);
        Ordered = Order(model.Indicators, model.Method);
        Categories = model.Indicators.GroupBy(i => string.IsNullOrWhiteSpace(i.Category) ? "其他" : i.Category)
            .Select(g => new CategoryRow(g.Key, Count(g))).ToList();
        Total = new CategoryRow("合计", Count(model.Indicators));
        if (model.Method == EvaluationMethod.MidTerm)
            MidTerm = MidTermSummary.Of(model.Indicators.Select(i => new MidTermItem(i.Name, i.Name, i.Binding,
                Enum.GetValues<MidTermCategory>().First(c => c.Code() == i.Result.Code), i.Result)).ToList());
        Summary = model.Method == EvaluationMethod.SchedulePath ? BuildSummary() : MethodSummary();
    }

    /// <summary>Indicators with a value up to the report year: the ones drawn and explained one by one.</summary>
    public IReadOnlyList<ReportIndicator> Charted => Ordered.Where(HasData).ToList();

    /// <summary>The others, named in one sentence instead of a page of empty charts.</summary>
    public string? UnchartedText
    {
        get
        {
            var rest = Ordered.Where(i => !HasData(i)).ToList();
            return rest.Count == 0 ? null
                : $"以下{rest.Count}项指标截至{Model.Year}年尚无监测数据，未绘制走势图：{string.Join("、", rest.Select(i => i.Name))}。";
        }
    }

    private bool HasData(ReportIndicator i) => i.Observations.Keys.Any(y => y <= Model.Year);

    /// <summary>Why indicators are 无法评估: how many have no value up to the year, how many a target without a figure.</summary>
    public string NotAssessableText()
    {
        var na = Model.Indicators.Where(i => (Model.Method == EvaluationMethod.SchedulePath ? i.Status.Code() : i.Result.Code) == "not_assessable").ToList();
        if (na.Count == 0) return "";
        int noData = na.Count(i => !HasData(i));
        int qualitative = na.Count(i => HasData(i) && i.Spec.Form == TargetForm.Unassessable);
        var parts = new List<string>();
        if (noData > 0) parts.Add($"{noData}项截至{Model.Year}年尚无监测数据");
        if (qualitative > 0) parts.Add($"{qualitative}项目标为定性或相对表述");
        if (na.Count - noData - qualitative > 0) parts.Add($"{na.Count - noData - qualitative}项缺少基期值或当年数据");
        return $"无法评估的{na.Count}项中，{string.Join("，", parts)}。";
    }

    /// <summary>The method's label and colour for an indicator's status.</summary>
    public string StatusLabel(ReportIndicator i) => i.Result.Label;
    public string StatusColour(ReportIndicator i) => StatusColumns.ColourOf(Model.Method, i.Result.Code);

    /// <summary>The summary of a report judged by another method than 序时进度: the counts per status (for 中期评估 with
    /// the binding indicators apart), the indicators needing attention with their figures, the forecast.</summary>
    private string MethodSummary()
    {
        var m = Model;
        var sb = new StringBuilder($"按{m.Method.Label()}评估，{(m.Kind == ReportKind.MidTerm ? $"规划实施中期（{m.Year}年）" : $"{m.Year}年")}，{Quoted(m.PlanTitle)}确定的");
        if (MidTerm is { } mid) sb.Append(mid.Text().Replace("共", "", StringComparison.Ordinal));
        else sb.Append($"{m.Indicators.Count}项主要指标中，").Append(string.Join("、", Columns.Select(col => $"{col.Label}{Total[col.Code]}项"))).Append('。');
        var bad = Ordered.Where(i => StatusColumns.Bad(i.Result.Code)).ToList();
        sb.Append(bad.Count > 0
            ? "需要关注的指标：" + string.Join("；", bad.Select(i => $"{i.Name}（{i.Result.Label}，{FiguresText(i)}）")) + "。"
            : "没有需要关注的指标。");
        sb.Append(NotAssessableText());
        if (m.Warnings.Count > 0) sb.Append($"列入预警的指标{m.Warnings.Count}项（见“预警”一节）。");
        return sb.ToString();
    }

    /// <summary>The figures a status was computed from, so a reader can redo it: 基期2020年20.24；2023年实际25.32（预计数）；
    /// 序时进度26.94；2025年目标32.6；实际年均增速7.75%，所需10%，比值0.775；预测2025年….</summary>
    public static string FiguresText(ReportIndicator i)
    {
        var f = i.Result.Figures;
        var parts = new List<string>();
        if (f.Base is double b) parts.Add($"基期{f.BaseYear}年{Number(b)}");
        if (f.Current is double cur && f.CurrentYear is int cy) parts.Add($"{cy}年实际{Number(cur)}{ValueMark(i, cy)}");
        if (f.Expected is double ex) parts.Add($"序时进度{Number(ex)}");
        if (f.Target is double t) parts.Add($"{f.TargetYear}年目标{Number(t)}");
        if (f.ObservedRate is double or) parts.Add($"实际年均{Number(or)}%" + (f.RequiredRate is double rr ? $"，所需年均{Number(rr)}%" : ""));
        if (f.Ratio is double ratio) parts.Add($"比值{ratio.ToString("0.000", CultureInfo.InvariantCulture)}");
        if (f.Forecast is double fc) parts.Add($"预测{f.TargetYear}年{Number(fc)}");
        return parts.Count == 0 ? "无数据" : string.Join("；", parts);
    }

    /// <summary>（预计数） for an estimate, （C级来源） for a secondary copy — wherever a value is shown.</summary>
    public static string ValueMark(ReportIndicator i, int year) =>
        (i.Estimates.Contains(year) ? "（预计数）" : "") + (i.Grades.GetValueOrDefault(year) == "C" ? "（C级来源）" : "");

    /// <summary>The report year's value with its marks.</summary>
    public static string YearValue(ReportIndicator i, int year) =>
        i.Observations.TryGetValue(year, out var v) ? Number(v) + ValueMark(i, year) : Number(i.Evaluation.Value);

    /// <summary>One line per warning: 一般公共预算总收入（预期性）：连续两年滞后：….</summary>
    public IReadOnlyList<string> WarningLines => Model.Warnings
        .Select(w => $"{w.Name}（{(w.Binding ? "约束性" : "预期性")}）：{w.Reason}").ToList();

    /// <summary>Where the figures come from: how many values up to the year are from graded publications (A official,
    /// B news reporting an official figure, C a secondary copy) and how many are preliminary estimates.</summary>
    public string? DataNote
    {
        get
        {
            var values = Model.Indicators.SelectMany(i => i.Observations.Keys.Where(y => y <= Model.Year).Select(y => (i, y))).ToList();
            if (values.Count == 0) return null;
            int Grade(string g) => values.Count(v => v.i.Grades.GetValueOrDefault(v.y) == g);
            int estimates = values.Count(v => v.i.Estimates.Contains(v.y));
            int graded = Grade("A") + Grade("B") + Grade("C");
            return $"数据说明：本报告使用截至{Model.Year}年的监测数据{values.Count}个，" +
                   (graded > 0 ? $"其中取自统计公报、政府工作报告等公开发布资料{graded}个（A级官方发布{Grade("A")}个，B级媒体转述官方数据{Grade("B")}个，C级二手转载{Grade("C")}个），" : "") +
                   $"预计数{estimates}个；预计数和C级来源数据在表中另行标注，待正式数据发布后应予更正。";
        }
    }

    /// <summary>The note under the charts: what each line and marker means.</summary>
    public const string ChartLegend = "实线为实际值（颜色表示评估结果），实心圆点为正式数据，空心圆点为预计数；虚线为序时进度，水平点划线和菱形为规划目标。";

    public static string KindName(ReportKind k) => k switch
    {
        ReportKind.MidTerm => "中期评估报告",
        ReportKind.Final => "总结评估报告",
        _ => "年度监测报告",
    };

    /// <summary>Binding indicators first; within each group 严重滞后, 滞后, 无法评估, 符合, 已完成; then plan order.</summary>
    public static IReadOnlyList<ReportIndicator> Order(IEnumerable<ReportIndicator> indicators, EvaluationMethod method = EvaluationMethod.SchedulePath) =>
        indicators.Select((i, n) => (i, n))
            .OrderBy(x => x.i.Binding ? 0 : 1)
            .ThenBy(x => method == EvaluationMethod.SchedulePath ? Rank(x.i.Status) : StatusColumns.Rank(method, x.i.Result.Code))
            .ThenBy(x => x.n)
            .Select(x => x.i).ToList();

    public static int Rank(ProgressStatus s) => StatusOrder.ToList().IndexOf(s) is var r and >= 0 ? r : StatusOrder.Count;

    private Dictionary<string, int> Count(IEnumerable<ReportIndicator> items) =>
        Columns.ToDictionary(c => c.Code, c => items.Count(i => (Model.Method == EvaluationMethod.SchedulePath ? i.Status.Code() : i.Result.Code) == c.Code));

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
        sb.Append(NotAssessableText());

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

    /// <summary>一 … 十 for section headings.</summary>
    public static string Numeral(int n) => n is >= 1 and <= 10 ? "一二三四五六七八九十"[n - 1].ToString() : n.ToString(CultureInfo.InvariantCulture);

    /// <summary>Up to two decimals, no trailing zeros, invariant digits.</summary>
    public static string Number(double? v) => v is double d && double.IsFinite(d)
        ? Math.Round(d, 2).ToString("0.##", CultureInfo.InvariantCulture) : "—";

    public static string ForecastText(ReportIndicator i) => i.Evaluation.Forecast is double f
        ? Number(f) + (i.Evaluation.WillMeetTarget switch { true => "（可实现）", false => "（难以实现）", _ => "" })
        : "—";

    public static string Quoted(string title) => title.StartsWith('《') ? title : $"《{title}》";

    /// <summary>The line under the title: region, period, year, kind, time of generation.</summary>
    public string Meta => $"{(string.IsNullOrWhiteSpace(Model.Region) ? "" : Model.Region + "　")}规划期 {Model.PeriodStart}—{Model.PeriodEnd}年　评估年度 {Model.Year}年　{KindLabel}　{Model.Method.Label()}　生成于 {Model.GeneratedAt:yyyy-MM-dd HH:mm}";
}
