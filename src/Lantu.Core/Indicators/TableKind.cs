using System.Text.Json.Serialization;

namespace Lantu.Core.Indicators;

/// <summary>Which period an indicator table speaks of (JSON and database text: "target", "review").</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TableKind>))]
public enum TableKind
{
    /// <summary>Targets of the new period.</summary>
    [JsonStringEnumMemberName("target")] Target,
    /// <summary>The previous period's targets and what was achieved (…完成情况, 回顾).</summary>
    [JsonStringEnumMemberName("review")] Review,
}
