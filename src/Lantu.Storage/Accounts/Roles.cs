namespace Lantu.Storage.Accounts;

/// <summary>The five roles. Stored by their English name; shown and accepted in Chinese too.</summary>
public static class Roles
{
    public const string Admin = "admin", Planner = "planner", Reporter = "reporter", Reviewer = "reviewer", Viewer = "viewer";

    public static readonly IReadOnlyList<string> All = [Admin, Planner, Reporter, Reviewer, Viewer];

    private static readonly Dictionary<string, string> Labels = new()
    {
        [Admin] = "管理员", [Planner] = "规划人员", [Reporter] = "部门填报员", [Reviewer] = "审核员", [Viewer] = "查看者",
    };

    public static string Label(string role) => Labels.GetValueOrDefault(role, role);

    /// <summary>"admin" or "管理员" → "admin"; anything else is an error naming the choices.</summary>
    public static string Parse(string text)
    {
        var t = text.Trim();
        if (All.Contains(t.ToLowerInvariant())) return t.ToLowerInvariant();
        foreach (var (role, label) in Labels) if (label == t) return role;
        throw new ArgumentException($"无效的角色“{text}”（应为 {string.Join("、", All.Select(r => $"{r}/{Labels[r]}"))}）");
    }
}

/// <summary>Who does something, for permission checks and the audit log. <see cref="Address"/> is the client's IP
/// address (web) or "cli:USER@HOST" (command line).</summary>
public sealed record Actor(string UserName, string Role, string? Department, string? Address)
{
    public bool Is(params string[] roles) => roles.Contains(Role);

    /// <summary>The command line acts as the operating-system user that runs it (it has the database file anyway).</summary>
    public static Actor Cli() => new($"cli:{Environment.UserName}", Roles.Admin, null, $"cli:{Environment.UserName}@{Environment.MachineName}");
}

/// <summary>The actor's role or department does not allow this action (the web answers 403).</summary>
public sealed class AccessDeniedException(string message) : Exception(message);

/// <summary>The action is not possible in the record's current state (e.g. approving a draft).</summary>
public sealed class WorkflowException(string message) : Exception(message);
