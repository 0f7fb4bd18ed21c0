using System.Text;
using System.Text.RegularExpressions;
using Lantu.Core.Model;
using MimeKit;

namespace Lantu.Core.Reading;

/// <summary>
/// A web page saved as one file — MHTML (.mhtml/.mht: Chrome's and Edge's "网页，单个文件", IE's "Web 档案") and the
/// "single file web page" Word and WPS write, which government sites often publish under a .doc name. The page is a
/// MIME message (MimeKit reads it): the HTML part, quoted-printable or base64 and in its own charset, is decoded
/// and read by <see cref="HtmlReader"/>; images and style sheets are left out.
/// </summary>
public static partial class MhtmlReader
{
    static MhtmlReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Deepest MIME nesting accepted: a saved page has two levels (the message and its related parts).</summary>
    private const int MaxMimeDepth = 8;

    /// <summary>A MIME message whose header (before the first empty line) says it is multipart/related: what every
    /// browser, Word and WPS write at the top of a single-file page.</summary>
    public static bool LooksLikeMhtml(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.ASCII.GetString(bytes[..Math.Min(bytes.Length, 8192)]).TrimStart('\uFEFF', '\r', '\n', ' ');
        int end = head.IndexOf("\n\n", StringComparison.Ordinal) is var lf and >= 0 ? lf : head.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (end < 0) return false;
        var header = head[..end].ToLowerInvariant().Replace("\r", "");
        // Every line a header field or its folded continuation: a message header, not markup or prose.
        if (!header.Split('\n').All(l => l.Length > 0 && (char.IsWhiteSpace(l[0]) || HeaderField().IsMatch(l)))) return false;
        return ContentTypeRelated().IsMatch(header);
    }

    [GeneratedRegex(@"^[a-z0-9-]+:")]
    private static partial Regex HeaderField();

    [GeneratedRegex(@"(^|\n)content-type:\s*multipart/related")]
    private static partial Regex ContentTypeRelated();

    public static SourceDocument Read(byte[] bytes, string fileName, ReadBudget budget)
    {
        MimeEntity root;
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            var options = new ParserOptions { MaxMimeDepth = MaxMimeDepth };
            root = MimeEntity.Load(options, stream, budget.Cancellation);
        }
        catch (FormatException e)
        {
            throw new DocumentReadException(fileName, $"单文件网页 (MHTML) 格式损坏，无法读取 ({e.Message})");
        }
        budget.Cancellation.ThrowIfCancellationRequested();
        // The parser is lenient; a download cut short is told by the missing closing boundary of the page's parts.
        if (root is Multipart { Boundary: { Length: > 0 } boundary } && bytes.AsSpan().IndexOf(Encoding.ASCII.GetBytes($"--{boundary}--")) < 0)
            throw new DocumentReadException(fileName, "单文件网页 (MHTML) 不完整：缺少结束标记，文件可能被截断 (the closing MIME boundary is missing: a truncated file)");
        var page = MainPage(root)
            ?? throw new DocumentReadException(fileName, "单文件网页 (MHTML) 中没有网页正文 (no text/html part in the saved page)");
        var html = HtmlReader.Read(HtmlBytes(page), fileName, budget);
        return new SourceDocument(fileName, "mhtml", html.Encoding, html.Lines);
    }

    /// <summary>The page itself: the root of multipart/related (its <c>start</c> part, else the first), unless that
    /// page only frames another saved page (an article inside an &lt;iframe&gt;, which a browser saves as a part of its own).</summary>
    private static TextPart? MainPage(MimeEntity root)
    {
        var pages = Pages(root).ToList();
        if (pages.Count == 0) return null;
        var main = root is MultipartRelated { Root: TextPart { IsHtml: true } start } ? start : pages[0];
        if (!Text(main).Contains("<iframe", StringComparison.OrdinalIgnoreCase)) return main;
        return pages.MaxBy(p => Decoded(p).Length) ?? main;
    }

    private static IEnumerable<TextPart> Pages(MimeEntity entity) => entity switch
    {
        TextPart { IsHtml: true } part => [part],
        Multipart multipart => multipart.SelectMany(Pages),
        _ => [],
    };

    private static string Text(TextPart part) => Encoding.Latin1.GetString(Decoded(part));

    /// <summary>The HTML as bytes for <see cref="HtmlReader"/>: in the charset the part declares when it declares one
    /// (re-encoded as UTF-8 with a byte-order mark, which the reader trusts first); otherwise as they are, so the
    /// page's &lt;meta&gt; and its bytes decide, as for a saved .html.</summary>
    private static byte[] HtmlBytes(TextPart part)
    {
        var bytes = Decoded(part);
        var charset = part.ContentType.Charset;
        if (string.IsNullOrWhiteSpace(charset)) return bytes;
        Encoding encoding;
        try { encoding = Encoding.GetEncoding(Folded(charset)); }
        catch (NotSupportedException) { return bytes; }
        catch (ArgumentException) { return bytes; }
        var text = encoding.GetString(bytes);
        return [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text)];
    }

    /// <summary>GB2312 and GBK pages routinely hold characters only GB18030 names; read them all as GB18030.</summary>
    private static string Folded(string charset) => charset.Trim().ToLowerInvariant() switch
    {
        "gb2312" or "gbk" or "x-gbk" or "cp936" or "euc-cn" => "gb18030",
        var other => other,
    };

    private static byte[] Decoded(TextPart part)
    {
        if (part.Content is null) return [];
        using var output = new MemoryStream();
        part.Content.DecodeTo(output);
        return output.ToArray();
    }
}
