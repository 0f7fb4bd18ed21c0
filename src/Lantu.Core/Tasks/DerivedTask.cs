namespace Lantu.Core.Tasks;

/// <summary>A task derived from a plan's outline: a leaf measure with its place in the plan and its source lines.</summary>
public sealed class DerivedTask
{
    /// <summary>Stable across versions of the plan: the normalized titles of its path (see <see cref="TaskKeys"/>).</summary>
    public required string Key { get; init; }
    /// <summary>The chapter (or top-level heading) as printed: "第三章 深入实施创新驱动发展战略".</summary>
    public required string Chapter { get; init; }
    /// <summary>The section under the chapter, "" when the task sits directly in the chapter.</summary>
    public required string Section { get; init; }
    /// <summary>The whole heading path down to the task, joined by " / ".</summary>
    public required string Path { get; init; }
    /// <summary>The heading number ("（一）", "一、") or "" for a lead-phrase measure.</summary>
    public required string Number { get; init; }
    public required string Title { get; init; }
    public required string Text { get; init; }
    public int LineStart { get; init; }
    public int LineEnd { get; init; }
    /// <summary>"heading" for a leaf heading, "lead-phrase" for a bolded lead phrase paragraph.</summary>
    public required string Origin { get; init; }
}

/// <summary>A key project derived from a 专栏 of projects.</summary>
public sealed class DerivedProject
{
    public required string Key { get; init; }
    public required string Name { get; init; }
    public required string Text { get; init; }
    public required string BoxNumber { get; init; }
    public required string BoxTitle { get; init; }
    /// <summary>The chapter the box sits in, as printed.</summary>
    public required string Chapter { get; init; }
    public int LineStart { get; init; }
    public int LineEnd { get; init; }
    /// <summary>Investment printed in the item's text (总投资12亿元), when present.</summary>
    public Money? PlannedInvestment { get; init; }
}
