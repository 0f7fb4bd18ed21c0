using System.Text;

namespace Lantu.Core.Reading.Html;

/// <summary>
/// Tells a web page from plain text by its first bytes: after a BOM, white space and comments (a browser's
/// "saved from url" note), markup such as &lt;!DOCTYPE html&gt;, &lt;html&gt;, &lt;head&gt; or &lt;meta&gt;.
/// Chinese pages are GB2312/GBK/GB18030 or UTF-8, all ASCII-compatible, so the tags read the same in each;
/// UTF-16 is decoded first.
/// </summary>
public static class HtmlSniffer
{
    private const int Window = 4096, ScanWindow = 65536, MinClosingTags = 10;

    private static readonly string[] ClosingTags = ["</p>", "</div>", "</td>", "</tr>", "</span>", "</li>", "</h1>", "</h2>", "</h3>"];

    private static readonly string[] PageTags = ["<!doctype html", "<html", "<head", "<meta", "<body", "<title", "<?xml"];
    private static readonly string[] BodyTags = ["<div", "<table", "<p>", "<p ", "<h1", "<h2", "<article", "<section", "<br"];

    public static bool LooksLikeHtml(ReadOnlySpan<byte> bytes)
    {
        var head = Prefix(bytes, Window).TrimStart().ToLowerInvariant();
        return StartsWithMarkup(head) || IsMostlyMarkup(Prefix(bytes, ScanWindow).ToLowerInvariant());
    }

    /// <summary>A page source with some text in front of it (a title typed above a pasted page) is still a page:
    /// a &lt;body&gt; or &lt;html&gt; tag, or many closing tags of text elements, which plain-text plans never have.</summary>
    private static bool IsMostlyMarkup(string text)
    {
        if (text.Contains("<body") && text.Contains("</") || text.Contains("<html") && text.Contains("</")) return true;
        int closing = ClosingTags.Sum(tag => Regions.Mentions.Count(text, tag));
        return closing >= MinClosingTags;
    }

    private static bool StartsWithMarkup(string head)
    {
        // Skip leading comments (<!-- saved from url=(0055)http://... -->) to the first real tag.
        while (head.StartsWith("<!--"))
        {
            int end = head.IndexOf("-->", StringComparison.Ordinal);
            if (end < 0) return false;
            head = head[(end + 3)..].TrimStart();
        }
        if (!head.StartsWith('<')) return false;
        if (PageTags.Any(head.StartsWith)) return head.StartsWith("<?xml") ? head.Contains("<html") : true;
        // A fragment saved on its own (a copied <div> or <table>) is markup too.
        return BodyTags.Any(head.StartsWith) && head.Contains("</");
    }

    private static string Prefix(ReadOnlySpan<byte> bytes, int size)
    {
        var window = bytes[..Math.Min(bytes.Length, size)];
        if (window.StartsWith(new byte[] { 0xFF, 0xFE })) return Encoding.Unicode.GetString(window[2..]);
        if (window.StartsWith(new byte[] { 0xFE, 0xFF })) return Encoding.BigEndianUnicode.GetString(window[2..]);
        if (window.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF })) window = window[3..];
        // Non-ASCII bytes (GBK or UTF-8 text) become '?'; only the ASCII tags matter here.
        return Encoding.ASCII.GetString(window);
    }
}
