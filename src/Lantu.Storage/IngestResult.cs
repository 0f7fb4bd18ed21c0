namespace Lantu.Storage;

/// <summary>What an ingest did: a new plan, a new version of a known plan, or nothing (identical content).</summary>
public sealed record IngestResult(long PlanId, long VersionId, int VersionNo, string Outcome, string Title)
{
    public const string Created = "created", NewVersion = "new-version", Unchanged = "unchanged";

    /// <summary>What the reader could not take from the file (a table pasted as a picture, a font without a Unicode
    /// mapping), each naming its page: shown to whoever imported it, as the plan may lack what those pages held.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
