namespace Lantu.Storage.Relations;

/// <summary>
/// One relation between plans (the JSON contract of `relations --json`): a parent suggested from the text or
/// decided by a planner, a parent region whose plan is not in the catalogue yet, or a peer.
/// </summary>
public sealed record PlanRelation
{
    public required string Relation { get; init; }          // "parent" or "peer"
    public long Child { get; init; }
    public required string ChildTitle { get; init; }
    public long? Parent { get; init; }                      // null: the parent plan is not in the catalogue
    public string? ParentTitle { get; init; }
    public string? ParentRegion { get; init; }
    public required string Status { get; init; }            // "suggested", "confirmed", "rejected"
    public double Confidence { get; init; }
    public required string Reason { get; init; }
}
