namespace Lantu.Storage.Search;

/// <summary>One search result (the JSON contract of `search --json`): the plan, where in it, and a snippet
/// with the match marked 【thus】.</summary>
public sealed class SearchHit
{
    public long Plan { get; init; }
    public required string Title { get; init; }
    public string? Region { get; init; }
    /// <summary>The deepest heading containing the hit ("第一节 打造数字经济新优势").</summary>
    public required string Heading { get; init; }
    /// <summary>All headings from the chapter down, joined by " / ".</summary>
    public required string Path { get; init; }
    public int LineStart { get; init; }
    public required string Snippet { get; init; }
    public double Score { get; init; }
}
