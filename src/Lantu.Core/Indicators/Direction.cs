using System.Text.Json.Serialization;

namespace Lantu.Core.Indicators;

/// <summary>Desired direction of an indicator (JSON names as stored: "higher", "lower", "within").</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Direction>))]
public enum Direction
{
    [JsonStringEnumMemberName("higher")] Higher,
    [JsonStringEnumMemberName("lower")] Lower,
    /// <summary>Stay within bounds / a range / a quota.</summary>
    [JsonStringEnumMemberName("within")] Within,
}
