using System.Text.Json.Serialization;

namespace Lantu.Core.Indicators;

/// <summary>Where an indicator was read (JSON and database text: "table", "text").</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RowSource>))]
public enum RowSource
{
    /// <summary>A row of an indicator table.</summary>
    [JsonStringEnumMemberName("table")] Table,
    /// <summary>A target stated in prose.</summary>
    [JsonStringEnumMemberName("text")] Text,
}
