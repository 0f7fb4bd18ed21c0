using System.Text.Json.Serialization;

namespace Lantu.Core.Indicators;

/// <summary>Kinds of <see cref="ParsedTarget"/>. The JSON names are the stored ones (the <c>parsed</c> column and
/// every export), so a member may be renamed in code but its <see cref="JsonStringEnumMemberNameAttribute"/> may not.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TargetKind>))]
public enum TargetKind
{
    /// <summary>Text that none of the forms below fits (kept verbatim in <see cref="ParsedTarget.Text"/>).</summary>
    [JsonStringEnumMemberName("text")] Text,
    /// <summary>A plain number (4.0, 12.5万).</summary>
    [JsonStringEnumMemberName("number")] Number,
    /// <summary>A range: 7-7.5, 800-900.</summary>
    [JsonStringEnumMemberName("range")] Range,
    /// <summary>A one-sided bound: &gt;97.5, 97以上, 不低于10%, ≤0.035, 不高于全省平均水平.</summary>
    [JsonStringEnumMemberName("bound")] Bound,
    /// <summary>About a value: 3.0左右, 接近3.0%.</summary>
    [JsonStringEnumMemberName("approx")] Approx,
    /// <summary>A five-year cumulative total: [60], [0.8].</summary>
    [JsonStringEnumMemberName("cumulative")] Cumulative,
    /// <summary>A cumulative change over the period: 累计提高3个百分点, 累计下降12%, 提高到21.6%.</summary>
    [JsonStringEnumMemberName("change")] Change,
    /// <summary>Relative to something else: 持平, 维持现有水平, 与经济增长基本同步.</summary>
    [JsonStringEnumMemberName("relative")] Relative,
    /// <summary>Set by a higher level: 完成省下达任务, 控制在市下达指标内.</summary>
    [JsonStringEnumMemberName("delegated")] Delegated,
    /// <summary>No value: —, -, \, --.</summary>
    [JsonStringEnumMemberName("na")] NotAvailable,
}
