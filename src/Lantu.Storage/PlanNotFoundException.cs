namespace Lantu.Storage;

/// <summary>PLAN named no plan, or more than one.</summary>
public sealed class PlanNotFoundException(string message) : Exception(message)
{
    /// <summary>No plan has the id: the one wording for every store and surface.</summary>
    public static PlanNotFoundException NoPlan(long id) => new($"没有编号为 {id} 的规划 (no plan with id {id})");
}
