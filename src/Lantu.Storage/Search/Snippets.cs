namespace Lantu.Storage.Search;

/// <summary>Marks terms 【like this】 and cuts a window around the first mark.</summary>
public static class Snippets
{
    public const char Open = '【', Close = '】';
    private const int Before = 30, After = 70;

    public static string Mark(string text, IReadOnlyList<string> terms)
    {
        var marks = new bool[text.Length];
        foreach (var term in terms)
            for (int i = text.IndexOf(term, StringComparison.OrdinalIgnoreCase); i >= 0; i = text.IndexOf(term, i + 1, StringComparison.OrdinalIgnoreCase))
                for (int k = i; k < i + term.Length; k++) marks[k] = true;
        var sb = new System.Text.StringBuilder(text.Length + 16);
        for (int i = 0; i < text.Length; i++)
        {
            if (marks[i] && (i == 0 || !marks[i - 1])) sb.Append(Open);
            sb.Append(text[i]);
            if (marks[i] && (i == text.Length - 1 || !marks[i + 1])) sb.Append(Close);
        }
        return sb.ToString();
    }

    public static string Window(string marked)
    {
        int first = marked.IndexOf(Open);
        if (first < 0) return marked.Length <= Before + After ? marked : marked[..(Before + After)] + "…";
        int start = Math.Max(0, first - Before), end = Math.Min(marked.Length, first + After);
        // Never cut inside a mark.
        int open = marked.LastIndexOf(Open, end - 1), close = marked.LastIndexOf(Close, end - 1);
        if (open > close) end = Math.Min(marked.Length, marked.IndexOf(Close, open) + 1);
        return (start > 0 ? "…" : "") + marked[start..end] + (end < marked.Length ? "…" : "");
    }

    public static int Count(string text, string term)
    {
        int n = 0;
        for (int i = text.IndexOf(term, StringComparison.OrdinalIgnoreCase); i >= 0; i = text.IndexOf(term, i + term.Length, StringComparison.OrdinalIgnoreCase)) n++;
        return n;
    }
}
