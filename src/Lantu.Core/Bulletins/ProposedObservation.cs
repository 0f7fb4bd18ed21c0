using System.Text.Json.Serialization;

namespace Lantu.Core.Bulletins;

/// <summary>A value a bulletin reports for one of a plan's indicators, proposed for a planner to accept. The value is
/// in the indicator's unit; <see cref="Line"/> and <see cref="Sentence"/> say where it was read.</summary>
public sealed record ProposedObservation(
    [property: JsonPropertyName("indicator")] string Indicator,
    [property: JsonPropertyName("indicator_name")] string IndicatorName,
    [property: JsonPropertyName("text_name")] string TextName,
    [property: JsonPropertyName("year")] int Year,
    [property: JsonPropertyName("value")] double Value,
    [property: JsonPropertyName("unit")] string? Unit,
    [property: JsonPropertyName("estimate")] bool Estimate,
    [property: JsonPropertyName("line")] int Line,
    [property: JsonPropertyName("sentence")] string Sentence)
{
    /// <summary>The figure as printed (7033.89亿元), when the unit was converted; for review pages, not in the JSON
    /// record (which has exactly the fields above).</summary>
    [JsonIgnore] public string? Printed { get; init; }
}

/// <summary>What a bulletin gave: the year it reports on (and why), and the proposals in document order.</summary>
public sealed record BulletinReading(int? Year, string YearBasis, IReadOnlyList<ProposedObservation> Proposals);
