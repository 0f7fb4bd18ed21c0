using System.Text.RegularExpressions;

namespace Lantu.Core.Reading.Html;

/// <summary>
/// How deep a page's tags nest, counted on the source before parsing: an HTML5 parser takes time quadratic in
/// the depth of hostile input (100 000 unclosed &lt;b&gt; take seconds to minutes), so such a page is refused first.
/// Elements whose end tag may be left out (p, li, td, …) and void elements (br, img, …) are not counted.
/// </summary>
public static partial class HtmlNesting
{
    private static readonly HashSet<string> NotNesting =
    [
        "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "option", "optgroup", "colgroup", "caption",
        "rp", "rt", "html", "head", "body", "br", "img", "hr", "meta", "link", "input", "col", "area", "base", "embed",
        "param", "source", "track", "wbr", "script", "style",
    ];

    public static int SourceDepth(string html)
    {
        int depth = 0, max = 0;
        foreach (Match tag in Tag().Matches(html))
        {
            if (NotNesting.Contains(tag.Groups[2].Value.ToLowerInvariant()) || tag.Groups[3].Length > 0) continue;
            if (tag.Groups[1].Length > 0) depth = Math.Max(0, depth - 1);
            else max = Math.Max(max, ++depth);
        }
        return max;
    }

    [GeneratedRegex(@"<(/?)([A-Za-z][A-Za-z0-9:-]*)(?:\s[^<>]*?)?(/?)>")]
    private static partial Regex Tag();
}
