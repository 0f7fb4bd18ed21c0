using System.Text.Json.Serialization;

namespace Lantu.Core.Indicators;

/// <summary>Kinds of <see cref="ParsedTarget"/>.</summary>
public static class TargetKind
{
    /// <summary>A plain number (4.0, 12.5万).</summary>
    public const string Number = "number";
    /// <summary>A range: 7-7.5, 800-900.</summary>
    public const string Range = "range";
    /// <summary>A one-sided bound: &gt;97.5, 97以上, 不低于10%, ≤0.035, 不高于全省平均水平.</summary>
    public const string Bound = "bound";
    /// <summary>About a value: 3.0左右, 接近3.0%.</summary>
    public const string Approx = "approx";
    /// <summary>A five-year cumulative total: [60], [0.8].</summary>
    public const string Cumulative = "cumulative";
    /// <summary>A cumulative change over the period: 累计提高3个百分点, 累计下降12%, 提高到21.6%.</summary>
    public const string Change = "change";
    /// <summary>Relative to something else: 持平, 维持现有水平, 与经济增长基本同步.</summary>
    public const string Relative = "relative";
    /// <summary>Set by a higher level: 完成省下达任务, 控制在市下达指标内.</summary>
    public const string Delegated = "delegated";
    /// <summary>No value: —, -, \, --.</summary>
    public const string NotAvailable = "na";
    /// <summary>Text that none of the above fits (kept verbatim in <see cref="ParsedTarget.Text"/>).</summary>
    public const string Text = "text";
}

/// <summary>Desired direction of an indicator.</summary>
public static class Direction
{
    public const string Higher = "higher";
    public const string Lower = "lower";
    /// <summary>Stay within bounds / a range / a quota.</summary>
    public const string Within = "within";
}

/// <summary>A target cell parsed into something a monitor can evaluate.</summary>
public sealed class ParsedTarget
{
    [JsonPropertyName("kind")] public string Kind { get; set; } = TargetKind.Text;
    /// <summary>The cell text that was parsed.</summary>
    [JsonPropertyName("text")] public string Text { get; set; } = "";
    /// <summary>The value (number, approx, cumulative, change amount; for bounds the bound).</summary>
    [JsonPropertyName("value")] public double? Value { get; set; }
    /// <summary>Lower limit (ranges; lower bounds).</summary>
    [JsonPropertyName("min")] public double? Min { get; set; }
    /// <summary>Upper limit (ranges; upper bounds).</summary>
    [JsonPropertyName("max")] public double? Max { get; set; }
    /// <summary>Bounds: "&gt;", "&gt;=", "&lt;", "&lt;="; approx: "~".</summary>
    [JsonPropertyName("comparator")] public string? Comparator { get; set; }
    /// <summary>The unit as printed (cell or column), e.g. 亿元, %, 个百分点.</summary>
    [JsonPropertyName("unit")] public string? Unit { get; set; }
    /// <summary>The unit with its magnitude removed: 元 for 万亿元, % for %, pp for 个百分点.</summary>
    [JsonPropertyName("base_unit")] public string? BaseUnit { get; set; }
    /// <summary>Multiplier from <see cref="Unit"/> to <see cref="BaseUnit"/> (1e12 for 万亿元).</summary>
    [JsonPropertyName("scale")] public double Scale { get; set; } = 1;
    /// <summary>"higher", "lower" or "within".</summary>
    [JsonPropertyName("direction")] public string? Direction { get; set; }
    /// <summary>True for five-year totals ([60]) and changes over the whole period (累计下降12%).</summary>
    [JsonPropertyName("cumulative")] public bool Cumulative { get; set; }
    /// <summary>True when the value is an annual growth rate (年均增长7%, or a growth column).</summary>
    [JsonPropertyName("annual")] public bool Annual { get; set; }
    /// <summary>Change kinds: "increase" or "decrease"; relative kinds: "same" or "in_step"; delegated kinds:
    /// "complete" (完成…任务) or "control" (控制在…内).</summary>
    [JsonPropertyName("change")] public string? ChangeKind { get; set; }
    /// <summary>What a relative, delegated or non-numeric bound refers to (省下达, 全省平均水平, 经济增长).</summary>
    [JsonPropertyName("reference")] public string? Reference { get; set; }
}
