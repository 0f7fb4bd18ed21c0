namespace Lantu.Storage.Tasks;

/// <summary>
/// A task's chapter and section are the first two parts of its path (TaskDeriver makes all three from the same
/// headings), so they are stored only when the path does not give them back — a heading that itself holds " / ".
/// </summary>
public static class TaskChapters
{
    private const string Separator = " / ";

    public static (string Chapter, string Section) FromPath(string path)
    {
        var parts = path.Split(Separator);
        return (parts[0], parts.Length > 1 ? parts[1] : "");
    }

    /// <summary>What to store: null when the path gives the value back.</summary>
    public static string? Stored(string value, string fromPath) => value == fromPath ? null : value;
}
