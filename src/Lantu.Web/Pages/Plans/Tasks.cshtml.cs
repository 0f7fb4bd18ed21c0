using Lantu.Core.Tasks;
using Lantu.Storage.Tasks;
using Lantu.Web.Services;
using Microsoft.AspNetCore.Mvc;

namespace Lantu.Web.Pages.Plans;

/// <summary>A plan's tasks by status and department (lead / cooperating), each linking to its source lines.</summary>
public sealed class TasksModel(PlanCatalog c, TaskStore store) : PlanPageModel(c)
{
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Department { get; set; }
    [BindProperty(SupportsGet = true)] public bool Late { get; set; }

    public PlanTaskReport Report { get; private set; } = null!;
    public IReadOnlyList<TaskView> Tasks { get; private set; } = [];
    public DepartmentReport? Selected { get; private set; }
    public static IReadOnlyList<string> Statuses => Vocabulary.TaskStatuses;

    protected override IActionResult Load()
    {
        Report = store.Report(View.Id);
        var department = string.IsNullOrWhiteSpace(Department) ? null : Department.Trim();
        Selected = department is null ? null : Report.Departments.FirstOrDefault(d => d.Department == department) ?? new DepartmentReport(department, 0, 0, 0, []);
        Tasks = store.List(View.Id, department)
            .Where(t => string.IsNullOrEmpty(Status) || t.Status == Status)
            .Where(t => !Late || t.Late)
            .ToList();
        return Page();
    }

    public string Link(string? status = null, string? department = null, bool late = false)
    {
        var args = new List<KeyValuePair<string, string>>();
        if (status is not null) args.Add(new("status", status));
        if (department is not null) args.Add(new("department", department));
        if (late) args.Add(new("late", "true"));
        return $"/plans/{View.Id}/tasks" + new Microsoft.AspNetCore.Http.Extensions.QueryBuilder(args);
    }
}

/// <summary>A plan's key projects by stage with investment completion, each linking to its source lines.</summary>
public sealed class ProjectsModel(PlanCatalog c, TaskStore tasks, ProjectStore projects) : PlanPageModel(c)
{
    [BindProperty(SupportsGet = true)] public string? Stage { get; set; }

    public PlanTaskReport Report { get; private set; } = null!;
    public IReadOnlyList<ProjectView> Projects { get; private set; } = [];
    public const string Undecided = "未定";

    protected override IActionResult Load()
    {
        Report = tasks.Report(View.Id);
        Projects = projects.List(View.Id)
            .Where(p => string.IsNullOrEmpty(Stage) || (p.Stage ?? Undecided) == Stage).ToList();
        return Page();
    }

    /// <summary>An amount in 万元 as planners write it: 亿元 from 10,000 万元 up.</summary>
    public static string Money(double? wan) => wan switch
    {
        null => "—",
        >= 10000 => $"{wan.Value / 10000:0.##} 亿元",
        _ => $"{wan.Value:0.##} 万元",
    };

    public static string Percent(double share, string format = "0") => (share * 100).ToString(format, System.Globalization.CultureInfo.InvariantCulture) + "%";

    public static double? Completion(ProjectView p) =>
        p.PlannedInvestmentWan is > 0 && p.CompletedInvestmentWan is { } done ? done / p.PlannedInvestmentWan.Value : null;
}
