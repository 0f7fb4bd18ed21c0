using System.Text;
using System.Text.Encodings.Web;
using Lantu.Storage.Search;
using Microsoft.AspNetCore.Html;

namespace Lantu.Web.Services;

/// <summary>Turns a search snippet into HTML: every character escaped, the hits marked 【thus】 by
/// <see cref="Snippets.Mark"/> rendered as &lt;mark&gt;.</summary>
public static class SearchHtml
{
    /// <summary>
    /// A 【…】 pair becomes a &lt;mark&gt; only when what it encloses contains one of the query's terms, so brackets that
    /// belong to the plan's own text (【专栏】) stay visible as text.
    /// </summary>
    public static IHtmlContent Snippet(string snippet, IReadOnlyList<string> terms, HtmlEncoder encoder)
    {
        var sb = new StringBuilder(snippet.Length + 32);
        int pos = 0;
        while (pos < snippet.Length)
        {
            int open = snippet.IndexOf(Snippets.Open, pos);
            if (open < 0) break;
            int close = snippet.IndexOf(Snippets.Close, open + 1);
            if (close < 0) break;
            var inner = snippet[(open + 1)..close];
            if (inner.Length > 0 && inner.IndexOf(Snippets.Open) < 0 && terms.Any(t => inner.Contains(t, StringComparison.OrdinalIgnoreCase)))
            {
                sb.Append(encoder.Encode(snippet[pos..open])).Append("<mark>").Append(encoder.Encode(inner)).Append("</mark>");
                pos = close + 1;
            }
            else
            {
                sb.Append(encoder.Encode(snippet[pos..(open + 1)]));
                pos = open + 1;
            }
        }
        sb.Append(encoder.Encode(snippet[pos..]));
        return new HtmlString(sb.ToString());
    }

    /// <summary>Why a query cannot run, in Chinese, or null when it can.</summary>
    public static string? Problem(SearchQuery query)
    {
        if (query.Text.Length > MaxQueryLength) return $"检索词过长（最多 {MaxQueryLength} 个字符）。";
        // Terms keep + % . - (for 5%, 3.5, IPv6+); a query of those marks alone is still punctuation.
        if (!query.Terms.Any(t => t.Any(char.IsLetterOrDigit))) return "检索词中没有可检索的文字（只有标点或空白），请输入汉字、字母或数字。";
        return null;
    }

    /// <summary>A query made only of single characters matches a great many paragraphs; the page says so.</summary>
    public static bool IsBroad(SearchQuery query) => query.Terms.Count > 0 && query.Terms.All(t => t.Length == 1);

    public const int MaxQueryLength = 200;
}
