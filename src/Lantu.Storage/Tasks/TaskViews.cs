using System.Text.Json.Serialization;

namespace Lantu.Storage.Tasks;

/// <summary>A task as the planner sees it: derived from the current version, with the plan's refinements
/// (the JSON contract of `tasks --json`).</summary>
public sealed class TaskView
{
    public required string Key { get; init; }
    public string Chapter { get; init; } = "";
    public string Section { get; init; } = "";
    public string Path { get; init; } = "";
    public string Number { get; init; } = "";
    public required string Title { get; init; }
    /// <summary>Rebuilt from the version's paragraphs when read (<see cref="TaskTexts"/>).</summary>
    public string Text { get; set; } = "";
    public int LineStart { get; init; }
    public int LineEnd { get; init; }
    public string Origin { get; init; } = "";
    public string? LeadDepartment { get; set; }
    public List<string> CooperatingDepartments { get; set; } = new();
    public string Status { get; set; } = Lantu.Core.Tasks.Vocabulary.NotStarted;
    public List<MilestoneView> Milestones { get; } = new();
    /// <summary>False for refinements whose task no longer appears in the plan's current version.</summary>
    public bool InCurrentVersion { get; init; } = true;
    /// <summary>Status 滞后, or a milestone of a past year (or 滞后) not done.</summary>
    public bool Late { get; set; }
}

public sealed class MilestoneView
{
    [JsonIgnore] public string TaskKey { get; init; } = "";
    public int Year { get; init; }
    public string Target { get; init; } = "";
    public string Status { get; init; } = "";
    public string Commentary { get; init; } = "";
}

/// <summary>A key project: from a project box or added by hand, with stage, investment and dates
/// (the JSON contract of `projects --json`). Investment is stored in 万元; the unit is the one it was given in.</summary>
public sealed class ProjectView
{
    public required string Key { get; init; }
    public required string Name { get; set; }
    public bool Manual { get; init; }
    public string BoxNumber { get; init; } = "";
    public string BoxTitle { get; init; } = "";
    public string Chapter { get; set; } = "";
    public string Text { get; init; } = "";
    public int? LineStart { get; init; }
    public int? LineEnd { get; init; }
    public string? Stage { get; set; }
    public double? PlannedInvestmentWan { get; set; }
    public string? PlannedInvestmentUnit { get; set; }
    public double? CompletedInvestmentWan { get; set; }
    public string? CompletedInvestmentUnit { get; set; }
    public string? StartDate { get; set; }
    public string? FinishDate { get; set; }
    public string? Location { get; set; }
    public string? Indicators { get; set; }
    public string? LeadDepartment { get; set; }
    public bool InCurrentVersion { get; init; } = true;
    public List<StageChange> StageHistory { get; } = new();
}

public sealed class StageChange
{
    [JsonIgnore] public string ProjectKey { get; init; } = "";
    public string Stage { get; init; } = "";
    public string? PreviousStage { get; init; }
    public string ChangedAt { get; init; } = "";
    public string Note { get; init; } = "";
}

/// <summary>What one department leads and what of it is late.</summary>
public sealed record DepartmentReport(string Department, int Leads, int Cooperates, int Late, IReadOnlyList<string> LateTasks);

/// <summary>A plan's task and project figures.</summary>
public sealed record PlanTaskReport(
    int Tasks, IReadOnlyDictionary<string, int> TasksByStatus, int Unassigned, int LateTasks,
    int Projects, IReadOnlyDictionary<string, int> ProjectsByStage,
    double PlannedInvestmentWan, double CompletedInvestmentWan, double? InvestmentCompletion,
    IReadOnlyList<DepartmentReport> Departments);

/// <summary>A problem in an imported spreadsheet: the sheet, the row and column as Excel shows them, and what is wrong.</summary>
public sealed record ImportError(string Sheet, int Row, string Column, string Message)
{
    public override string ToString() => $"{Sheet} 第{Row}行 {Column}列：{Message}";
}

public sealed class ImportResult
{
    public long PlanId { get; init; }
    public int Rows { get; init; }
    public List<ImportError> Errors { get; } = new();
    public bool Ok => Errors.Count == 0;
}
