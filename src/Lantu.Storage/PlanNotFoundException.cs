namespace Lantu.Storage;

/// <summary>PLAN named no plan, or more than one.</summary>
public sealed class PlanNotFoundException(string message) : Exception(message);
