using System.Text.Json.Serialization;

namespace Lantu.Core.Indicators;

/// <summary>
/// One indicator: a row of an indicator table, or a target stated in prose. Every text field is the raw cell text
/// (wrapped lines joined, spaces between Chinese characters dropped), null where the cell is empty.
/// </summary>
public sealed class IndicatorRow
{
    [JsonPropertyName("category")] public string? Category { get; set; }
    [JsonPropertyName("seq")] public string? Seq { get; set; }
    [JsonPropertyName("name")] public string Name { get; set; } = "";
    [JsonPropertyName("parent")] public string? Parent { get; set; }
    [JsonPropertyName("unit")] public string? Unit { get; set; }
    /// <summary>Base-year value (target tables), or the previous period's starting value (review tables).</summary>
    [JsonPropertyName("base")] public string? Base { get; set; }
    /// <summary>Target-year value; in review tables the previous period's target.</summary>
    [JsonPropertyName("target")] public string? Target { get; set; }
    /// <summary>Annual growth or [cumulative] change; in review tables the previous period's target growth.</summary>
    [JsonPropertyName("growth")] public string? Growth { get; set; }
    /// <summary>Review tables: the value achieved.</summary>
    [JsonPropertyName("actual")] public string? Actual { get; set; }
    /// <summary>预期性 / 约束性.</summary>
    [JsonPropertyName("attribute")] public string? Attribute { get; set; }
    /// <summary>完成情况 and any free text that fits no other field.</summary>
    [JsonPropertyName("note")] public string? Note { get; set; }
    /// <summary>Cells of columns with no field of their own (a previous-period growth column, the achieved growth
    /// of a review table), keyed by the column's header label.</summary>
    [JsonPropertyName("extra")] public Dictionary<string, string>? Extra { get; set; }
    /// <summary>The table's title (for prose targets: the heading of the section they were found in, or null).</summary>
    [JsonPropertyName("table")] public string? Table { get; set; }
    /// <summary>Targets of the new period, or the previous period's targets and results.</summary>
    [JsonPropertyName("table_kind")] public TableKind TableKind { get; set; } = TableKind.Target;
    /// <summary>A table row, or a target stated in prose.</summary>
    [JsonPropertyName("source")] public RowSource Source { get; set; } = RowSource.Table;
    [JsonPropertyName("line_start")] public int LineStart { get; set; }
    [JsonPropertyName("line_end")] public int LineEnd { get; set; }
    /// <summary>The year of <see cref="Base"/> where the header states it.</summary>
    [JsonPropertyName("base_year")] public int? BaseYear { get; set; }
    /// <summary>The year of <see cref="Target"/> where the header states it.</summary>
    [JsonPropertyName("target_year")] public int? TargetYear { get; set; }
    /// <summary>Every target of the row by year, when the table has more than one target column (2025年 and 2035年,
    /// 目标值（2030年）…); <see cref="Target"/> holds the first of them. Null for a single target column.</summary>
    [JsonPropertyName("targets")] public Dictionary<int, string>? Targets { get; set; }
    /// <summary>For prose targets: the line where the same indicator's table row starts, when one exists.</summary>
    [JsonPropertyName("linked_line")] public int? LinkedLine { get; set; }
    /// <summary>The typed target (of <see cref="Target"/>, or of <see cref="Growth"/> when the target cell is empty).</summary>
    [JsonPropertyName("parsed")] public ParsedTarget? Parsed { get; set; }

    public override string ToString() =>
        $"{Category}|{Seq}|{Name}|{Parent}|{Unit}|{Base}|{Target}|{Growth}|{Actual}|{Attribute}|{Note}";
}
