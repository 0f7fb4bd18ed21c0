namespace Lantu.Core.Indicators;

/// <summary>What a column of an indicator table holds.</summary>
public enum ColumnRole { Category, Seq, Name, SubName, Unit, Base, Target, Growth, Actual, Attribute, Note, Extra,
    /// <summary>A second or later target year (2035年 after 2025年): kept in <see cref="IndicatorRow.Targets"/>.</summary>
    FurtherTarget }

/// <summary>One column: its role and the header label it was read from ("规划目标/年均增长 [累计]").</summary>
public sealed record TableColumn(ColumnRole Role, string Label)
{
    /// <summary>Columns sharing a spanning header cell (目标 and 年均增幅 under 2025年) share a group id.</summary>
    public int Group { get; init; } = -1;
    /// <summary>The year the header gives the column (2025年目标, 目标值（2030年）), if any.</summary>
    public int? Year { get; init; }
    public bool IsValue => Role is ColumnRole.Base or ColumnRole.Target or ColumnRole.Growth or ColumnRole.Actual or ColumnRole.Extra or ColumnRole.FurtherTarget;
    /// <summary>Level columns (base, target, actual) as opposed to growth columns.</summary>
    public bool IsPrimary => Role is ColumnRole.Base or ColumnRole.Target or ColumnRole.Actual or ColumnRole.FurtherTarget;
}

/// <summary>The columns of an indicator table, read from its header, and the table's kind and years.</summary>
public sealed class TableSchema
{
    public required IReadOnlyList<TableColumn> Columns { get; init; }
    public required TableKind Kind { get; init; }
    public int? BaseYear { get; init; }
    public int? TargetYear { get; init; }

    public bool Has(ColumnRole role) => Columns.Any(c => c.Role == role);
    public IReadOnlyList<TableColumn> ValueColumns => Columns.Where(c => c.IsValue).ToList();
}
