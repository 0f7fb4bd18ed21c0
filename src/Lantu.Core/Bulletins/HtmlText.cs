using System.Net;
using System.Text.RegularExpressions;

namespace Lantu.Core.Bulletins;

/// <summary>
/// The text lines of an HTML page, as statistics bureaus publish bulletins: scripts, styles and comments dropped,
/// block elements (p, div, br, li, h1–h6, tr, table) ending lines, table cells separated by tabs, entities decoded.
/// Line numbers of the result are those of this text, not of the HTML source.
/// </summary>
public static partial class HtmlText
{
    /// <summary>True when the text looks like an HTML document rather than plain text.</summary>
    public static bool IsHtml(string text) => HtmlStart().IsMatch(text.Length > 4096 ? text[..4096] : text);

    public static IReadOnlyList<string> Lines(string html)
    {
        var s = Hidden().Replace(html, "");
        s = s.Replace("\r", "").Replace("\n", " ");
        s = BlockEnd().Replace(s, "\n");
        s = CellEnd().Replace(s, "\t");
        s = Tag().Replace(s, "");
        s = WebUtility.HtmlDecode(s).Replace('\u00a0', ' ');
        return s.Split('\n').Select(l => l.Trim(' ', '\t')).Where(l => l.Length > 0).ToList();
    }

    [GeneratedRegex(@"^\s*(?:<!doctype\s+html|<html|<head|<body|<meta|<p[\s>]|<div[\s>])", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlStart();

    [GeneratedRegex(@"<script\b.*?</script\s*>|<style\b.*?</style\s*>|<!--.*?-->|<head\b.*?</head\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Hidden();

    [GeneratedRegex(@"<br\s*/?>|</?(?:p|div|li|ul|ol|h[1-6]|tr|table|section|article|title)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockEnd();

    [GeneratedRegex(@"</t[dh]\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex CellEnd();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();
}
