using System.Text.Json.Serialization;

namespace Lantu.Storage.Records;

/// <summary>An outline node as stored (the JSON contract of `outline --json`).</summary>
public sealed class OutlineRecord
{
    [JsonIgnore] public int Seq { get; init; }
    [JsonIgnore] public int? ParentSeq { get; init; }
    public required string Kind { get; init; }
    public required string Number { get; init; }
    public required string Title { get; init; }
    public int LineStart { get; init; }
    public int LineEnd { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] public bool Inferred { get; init; }
    public List<OutlineRecord> Children { get; } = new();
}
