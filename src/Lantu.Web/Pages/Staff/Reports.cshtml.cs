using Lantu.Core.Monitoring;
using Lantu.Reports;
using Lantu.Storage.Records;
using Lantu.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantu.Web.Pages.Staff;

/// <summary>Generate and download a plan's monitoring report (年度监测 / 中期评估 / 总结评估, by the year) as .docx,
/// .xlsx or HTML: <see cref="PlanReport.Build"/> and <see cref="ReportWriter"/>, as `lantu report` does. Any signed-in
/// staff member may (the figures in it are the published ones); a post, so a prefetch does not start the work.</summary>
public sealed class ReportsModel(PlanReport report, PlanCatalog catalog) : StaffPageModel(catalog)
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string Format { get; set; } = "docx";
    /// <summary>The evaluation method: schedule, progress, midterm or forecast.</summary>
    [BindProperty(SupportsGet = true)] public string Method { get; set; } = "schedule";
    public IReadOnlyList<int> Years => Current is { PeriodStart: int s, PeriodEnd: int e } ? Enumerable.Range(s, e - s + 1).ToList() : [];

    public void OnGet() => Load();

    public IActionResult OnPost()
    {
        Load();
        if (Current is not { } p) return NotFound();
        if (!Enum.TryParse<ReportFormat>(Format, ignoreCase: true, out var format) || !Enum.IsDefined(format) || int.TryParse(Format, out _))
            return Invalid($"格式“{Format}”无效（docx、xlsx 或 html）");
        if (Year is not int y || (Years.Count > 0 && !Years.Contains(y)) || y is < 1949 or > 2100)
            return Invalid($"年份应在规划期 {p.PeriodStart}–{p.PeriodEnd} 之内");
        if (!Enum.GetValues<EvaluationMethod>().Select(m => m.Code()).Contains(Method))
            return Invalid($"评估方法“{Method}”无效（schedule、progress、midterm 或 forecast）");
        var model = report.Build(p.Id, y, EvaluationMethodText.Parse(Method));
        var bytes = ReportWriter.Write(model, format);
        return File(bytes, ReportWriter.ContentType(format), $"plan-{p.Id}-{y}-report{ReportWriter.Extension(format)}");
    }

    private IActionResult Invalid(string message)
    {
        Error = message;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    protected override void LoadPlan() =>
        Year ??= Years.Count > 0 ? Math.Clamp(DateTime.Today.Year - 1, Years[0], Years[^1]) : DateTime.Today.Year - 1;
}
