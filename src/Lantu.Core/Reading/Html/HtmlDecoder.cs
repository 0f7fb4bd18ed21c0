using System.Text;
using System.Text.RegularExpressions;

namespace Lantu.Core.Reading.Html;

/// <summary>
/// Decodes a page's bytes. The bytes decide first (a BOM; valid UTF-8 with multi-byte sequences is UTF-8 whatever
/// the page claims, as browsers' "save as" often re-encodes without fixing the &lt;meta&gt;), then the charset the
/// page declares, then GB18030, the superset of GB2312 and GBK that Chinese government sites use.
/// </summary>
public static partial class HtmlDecoder
{
    static HtmlDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static (string Text, string Encoding) Decode(byte[] bytes, string fileName)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF })) return (Strict(new UTF8Encoding(false, true), bytes, 3, fileName), "utf-8-bom");
        if (span.StartsWith(new byte[] { 0xFF, 0xFE })) return (Strict(new UnicodeEncoding(false, false, true), bytes, 2, fileName), "utf-16le");
        if (span.StartsWith(new byte[] { 0xFE, 0xFF })) return (Strict(new UnicodeEncoding(true, false, true), bytes, 2, fileName), "utf-16be");

        var declared = DeclaredCharset(bytes);
        if (TryStrict(new UTF8Encoding(false, true), bytes, out var utf8)) return (utf8, "utf-8");
        var encoding = declared switch
        {
            "big5" or "big5-hkscs" => Encoding.GetEncoding("big5", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback),
            _ => Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback),
        };
        if (TryStrict(encoding, bytes, out var text)) return (text, encoding.WebName);
        throw new DocumentReadException(fileName, $"网页编码无法识别：声明为 {declared ?? "（未声明）"}，但内容既不是有效的 UTF-8 也不是 GB18030/GBK (undecodable web page)");
    }

    /// <summary>The charset of &lt;meta charset=…&gt; or &lt;meta http-equiv content="text/html; charset=…"&gt; in
    /// the first 4 KB, lower-cased, with GB2312/GBK/x-gbk folded into gb18030.</summary>
    public static string? DeclaredCharset(byte[] bytes)
    {
        var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
        var m = MetaCharset().Match(head);
        if (!m.Success) return null;
        var name = m.Groups[1].Value.ToLowerInvariant();
        return name switch
        {
            "gb2312" or "gbk" or "x-gbk" or "gb18030" or "cp936" or "euc-cn" => "gb18030",
            "utf8" => "utf-8",
            _ => name,
        };
    }

    private static bool TryStrict(Encoding encoding, byte[] bytes, out string text)
    {
        try { text = encoding.GetString(bytes); return true; }
        catch (DecoderFallbackException) { text = ""; return false; }
    }

    private static string Strict(Encoding encoding, byte[] bytes, int offset, string fileName)
    {
        try { return encoding.GetString(bytes, offset, bytes.Length - offset); }
        catch (DecoderFallbackException)
        {
            throw new DocumentReadException(fileName, $"网页标明为 {encoding.WebName} 编码（字节顺序标记），但内容有无效字节 (invalid byte sequence)");
        }
    }

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?\s*([A-Za-z0-9_\-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();
}
