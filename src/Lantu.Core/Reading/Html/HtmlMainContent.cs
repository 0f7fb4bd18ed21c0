using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Lantu.Core.Reading.Html;

/// <summary>
/// Finds the article in a web page: the page's chrome (scripts, navigation, breadcrumbs, share bars, headers,
/// footers, sidebars) is dropped, then the body is the first known article container of Chinese government sites
/// that holds real text, else the element with the most paragraph text (text density, links not counted).
/// The article's title, printed above the container on most sites, is kept as the first line.
/// </summary>
public static partial class HtmlMainContent
{
    /// <summary>Article containers of common government site systems (TRS, 政务公开 UCAP, …), most specific first.</summary>
    private static readonly string[] Containers =
    [
        ".TRS_Editor", "#UCAP-CONTENT", ".pages_content", "#zoom", ".article-content", ".article_content", "#article-content",
        ".xxgk_content", ".zw_content", "#ivs_content", ".news_content", "#content_text", ".view", "article", "main", ".content", "#content",
    ];

    private static readonly string[] Ignored =
        ["script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "link", "meta",
         "input", "select", "button", "textarea", "nav", "aside", "footer", "map", "audio", "video"];

    /// <summary>Least text an element needs to count as the article (a "content" class also names menus).</summary>
    private const int MinArticleChars = 100;

    /// <summary>Least paragraph text the densest element needs; below it the whole body is read.</summary>
    private const int MinDensityChars = 50;

    public sealed record Article(string? Title, IElement Body);

    public static Article Find(IHtmlDocument doc)
    {
        var body = doc.Body ?? throw new InvalidOperationException("no body");
        foreach (var e in body.QuerySelectorAll(string.Join(',', Ignored)).ToList()) e.Remove();
        foreach (var e in body.QuerySelectorAll("*").Where(Hidden).ToList()) e.Remove();
        int pageChars = TextChars(body);
        // Chrome by its class or id; never an element holding most of the page (a wrapper named "main-side").
        foreach (var e in body.QuerySelectorAll("header,[class],[id]").Where(IsChrome).ToList())
            if (e.Parent is not null && TextChars(e) < pageChars * 0.4) e.Remove();

        // A known container is the article unless the densest text lies outside it and is more than twice as long:
        // then the container was a box beside the article (a menu with class "content").
        var known = KnownContainer(body);
        var densest = DensestElement(body);
        var article = known is null ? densest ?? body
            : densest is not null && !known.Contains(densest) && !densest.Contains(known) && TextChars(densest) > 2 * TextChars(known) ? densest
            : known;
        return new Article(TitleAbove(doc, article), article);
    }

    private static IElement? KnownContainer(IElement body)
    {
        foreach (var selector in Containers)
        {
            var best = body.QuerySelectorAll(selector).MaxBy(TextChars);
            if (best is not null && TextChars(best) >= MinArticleChars) return best;
        }
        return null;
    }

    /// <summary>Readability's idea: every paragraph gives its text length to its parent, half to its grandparent;
    /// the element that collects most holds the article.</summary>
    private static IElement? DensestElement(IElement body)
    {
        var scores = new Dictionary<IElement, double>();
        foreach (var block in body.QuerySelectorAll("p,h1,h2,h3,h4,h5,h6,li,pre,blockquote,table,div,td"))
        {
            // A layout table holds the page, not a paragraph of it; only data tables count.
            if (block.LocalName == "table" && block.QuerySelector("table,p,div") is not null) continue;
            bool container = block.LocalName is "div" or "td";
            int chars = container ? OwnTextChars(block) : TextChars(block) - LinkChars(block);
            if (chars < (container ? 10 : 1)) continue;
            if (block.ParentElement is { } parent) scores[parent] = scores.GetValueOrDefault(parent) + chars;
            if (block.ParentElement?.ParentElement is { } grand) scores[grand] = scores.GetValueOrDefault(grand) + chars / 2.0;
        }
        if (scores.Count == 0) return null;
        var best = scores.MaxBy(s => s.Value);
        return best.Value >= MinDensityChars ? best.Key : null;
    }

    /// <summary>The title printed above the article: the nearest heading or "title" element before it, else the
    /// page's &lt;title&gt; without the site name. Null when the article holds its own &lt;h1&gt;.</summary>
    private static string? TitleAbove(IHtmlDocument doc, IElement article)
    {
        if (article.QuerySelector("h1") is not null || article == doc.Body) return null;
        var all = doc.Body!.QuerySelectorAll("*").ToList();
        int at = all.IndexOf(article);
        for (int i = at - 1; i >= 0; i--)
        {
            var e = all[i];
            if (article.Contains(e) || e.Contains(article)) continue;
            bool titled = e.LocalName is "h1" or "h2" || TitleClass().IsMatch(e.ClassName ?? "") || TitleClass().IsMatch(e.Id ?? "");
            var text = Squash(e.TextContent);
            if (titled && text.Length is >= 4 and <= 120) return text;
        }
        var pageTitle = Squash(doc.Title ?? "");
        var cut = SiteSuffix().Match(pageTitle);
        return cut.Success ? pageTitle[..cut.Index] : pageTitle.Length > 0 ? pageTitle : null;
    }

    private static bool IsChrome(IElement e) =>
        e.LocalName == "header" && e.Closest("article,main") is null
        || ChromeName().IsMatch(e.ClassName ?? "") || ChromeName().IsMatch(e.Id ?? "");

    private static bool Hidden(IElement e) =>
        e.HasAttribute("hidden") || (e.GetAttribute("style") ?? "").Replace(" ", "").Contains("display:none", StringComparison.OrdinalIgnoreCase);

    private static int TextChars(IElement e) => e.TextContent.Count(c => !char.IsWhiteSpace(c));

    private static int LinkChars(IElement e) => e.QuerySelectorAll("a").Sum(TextChars);

    private static int OwnTextChars(IElement e) =>
        e.ChildNodes.OfType<IText>().Sum(t => t.Data.Count(c => !char.IsWhiteSpace(c)));

    private static string Squash(string s) => Whitespace().Replace(s, " ").Trim();

    [GeneratedRegex(@"(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|crumbs?|share|bdshare\w*|footer|foot|sidebar|side|toolbar|print|pager|pagination|related|comments?|location|position|dqwz|copyright|fenxiang|topbar)(?:$|[\s_-])", RegexOptions.IgnoreCase)]
    private static partial Regex ChromeName();

    [GeneratedRegex(@"title|biaoti|(?:^|[\s_-])bt(?:$|[\s_-])", RegexOptions.IgnoreCase)]
    private static partial Regex TitleClass();

    [GeneratedRegex(@"\s*(?:[_|｜]|\s-\s|——).*$")]
    private static partial Regex SiteSuffix();

    [GeneratedRegex(@"[\s\u00A0]+")]
    private static partial Regex Whitespace();
}
