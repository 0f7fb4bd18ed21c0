namespace Lantu.Web.Pages.Plans;

/// <summary>
/// The source view (<c>/plans/{id}/source</c>) is read <see cref="Size"/> lines a page, so its size is bounded whatever
/// the plan's length (a 16 MB plan has some 260,000 lines). Pages are fixed runs of lines — page k holds lines
/// (k−1)·Size+1 … k·Size — so every link to a line can name its page without reading the plan: <see cref="Line"/>
/// gives <c>/plans/{id}/source?p=k#Ln</c>, and <c>?line=n</c> redirects there (for links made by hand or from outside).
/// </summary>
public static class SourcePages
{
    /// <summary>Lines on one page.</summary>
    public const int Size = 500;

    /// <summary>At most this many lines for an explicit range (<c>?from=&amp;to=</c>).</summary>
    public const int MaxRange = 2 * Size;

    public static int PageOf(int line) => Math.Max(0, line - 1) / Size + 1;

    public static int Count(int lines) => Math.Max(1, (lines + Size - 1) / Size);

    public static int FirstLine(int page) => (page - 1) * Size + 1;

    /// <summary>The page's address (page 1 is the bare source view).</summary>
    public static string Page(long planId, int page) => page <= 1 ? $"/plans/{planId}/source" : $"/plans/{planId}/source?p={page}";

    /// <summary>A link to one source line: its page, at the line's anchor.</summary>
    public static string Line(long planId, int line) => $"{Page(planId, PageOf(line))}#L{line}";
}
