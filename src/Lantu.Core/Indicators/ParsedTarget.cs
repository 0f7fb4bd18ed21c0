using System.Text.Json.Serialization;

namespace Lantu.Core.Indicators;

/// <summary>A target cell parsed into something a monitor can evaluate. Immutable: a sub-parse is merged with
/// <c>with</c>, never copied field by field.</summary>
public sealed record ParsedTarget
{
    [JsonPropertyName("kind")] public TargetKind Kind { get; init; } = TargetKind.Text;
    /// <summary>The cell text that was parsed.</summary>
    [JsonPropertyName("text")] public string Text { get; init; } = "";
    /// <summary>The value (number, approx, cumulative, change amount; for bounds the bound).</summary>
    [JsonPropertyName("value")] public double? Value { get; init; }
    /// <summary>Lower limit (ranges; lower bounds).</summary>
    [JsonPropertyName("min")] public double? Min { get; init; }
    /// <summary>Upper limit (ranges; upper bounds).</summary>
    [JsonPropertyName("max")] public double? Max { get; init; }
    /// <summary>Bounds: "&gt;", "&gt;=", "&lt;", "&lt;="; approx: "~".</summary>
    [JsonPropertyName("comparator")] public string? Comparator { get; init; }
    /// <summary>The unit as printed (cell or column), e.g. 亿元, %, 个百分点.</summary>
    [JsonPropertyName("unit")] public string? Unit { get; init; }
    /// <summary>The unit with its magnitude removed: 元 for 万亿元, % for %, pp for 个百分点.</summary>
    [JsonPropertyName("base_unit")] public string? BaseUnit { get; init; }
    /// <summary>Multiplier from <see cref="Unit"/> to <see cref="BaseUnit"/> (1e12 for 万亿元).</summary>
    [JsonPropertyName("scale")] public double Scale { get; init; } = 1;
    [JsonPropertyName("direction")] public Direction? Direction { get; init; }
    /// <summary>True for five-year totals ([60]) and changes over the whole period (累计下降12%).</summary>
    [JsonPropertyName("cumulative")] public bool Cumulative { get; init; }
    /// <summary>True when the value is an annual growth rate (年均增长7%, or a growth column).</summary>
    [JsonPropertyName("annual")] public bool Annual { get; init; }
    /// <summary>Change kinds increase/decrease; relative kinds same/in_step; delegated kinds complete/control.</summary>
    [JsonPropertyName("change")] public ChangeKind? ChangeKind { get; init; }
    /// <summary>What a relative, delegated or non-numeric bound refers to (省下达, 全省平均水平, 经济增长).</summary>
    [JsonPropertyName("reference")] public string? Reference { get; init; }
}
