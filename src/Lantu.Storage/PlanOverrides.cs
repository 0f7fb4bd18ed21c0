namespace Lantu.Storage;

/// <summary>Metadata given by hand where a document does not say (001 has no title line).</summary>
public sealed record PlanOverrides(string? Title = null, string? Region = null, string? Level = null, string? Kind = null)
{
    public static PlanOverrides None { get; } = new();
}
