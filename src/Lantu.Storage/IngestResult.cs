namespace Lantu.Storage;

/// <summary>What an ingest did: a new plan, a new version of a known plan, or nothing (identical content).</summary>
public sealed record IngestResult(long PlanId, long VersionId, int VersionNo, string Outcome, string Title)
{
    public const string Created = "created", NewVersion = "new-version", Unchanged = "unchanged";
}
