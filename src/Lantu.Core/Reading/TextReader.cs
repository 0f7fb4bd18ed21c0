using System.Text;
using Lantu.Core.Model;

namespace Lantu.Core.Reading;

/// <summary>
/// Plain text in UTF-8 (with or without BOM), UTF-16 (LE/BE, with or without BOM) or GB18030/GBK,
/// detected from the bytes. Binary data is refused rather than decoded into nonsense.
/// </summary>
public static class TextReader
{
    static TextReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static SourceDocument Read(byte[] bytes, string fileName) =>
        Read(bytes, fileName, new ReadBudget(ReadLimits.Default, fileName));

    public static SourceDocument Read(byte[] bytes, string fileName, ReadBudget budget)
    {
        var (text, encoding) = Decode(bytes, fileName);
        if (string.IsNullOrWhiteSpace(text))
            throw new DocumentReadException(fileName, "文件没有文字内容 (the file contains only white space)");
        CheckLooksLikeText(text, fileName);
        // Counted before splitting: ten million one-character lines would cost gigabytes as strings.
        budget.CheckLines(text.AsSpan().Count('\n') + 1);
        return new SourceDocument(fileName, "text", encoding, SplitLines(text));
    }

    public static (string Text, string Encoding) Decode(byte[] bytes, string fileName)
    {
        if (bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }))
            return (Strict(new UTF8Encoding(false, true), bytes, 3, fileName, "UTF-8"), "utf-8-bom");
        if (bytes.AsSpan().StartsWith(new byte[] { 0xFF, 0xFE }))
            return (Strict(new UnicodeEncoding(false, false, true), bytes, 2, fileName, "UTF-16LE"), "utf-16le");
        if (bytes.AsSpan().StartsWith(new byte[] { 0xFE, 0xFF }))
            return (Strict(new UnicodeEncoding(true, false, true), bytes, 2, fileName, "UTF-16BE"), "utf-16be");

        var utf16 = GuessBomlessUtf16(bytes);
        if (utf16 is not null)
            return (Strict(new UnicodeEncoding(utf16 == "utf-16be", false, true), bytes, 0, fileName, utf16), utf16);

        if (LooksBinary(bytes))
            throw new DocumentReadException(fileName, "这是二进制文件，不是文本或支持的文档格式 (binary data: control bytes found; supported formats are text, Markdown, web pages (.html), .docx, .doc and .pdf)");

        try { return (new UTF8Encoding(false, true).GetString(bytes), "utf-8"); }
        catch (DecoderFallbackException) { }

        var gb = Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        try { return (gb.GetString(bytes), "gb18030"); }
        catch (DecoderFallbackException)
        {
            throw new DocumentReadException(fileName, "无法识别文本编码：既不是 UTF-8/UTF-16，也不是 GB18030/GBK (undecodable text)");
        }
    }

    private static string Strict(Encoding encoding, byte[] bytes, int offset, string fileName, string label)
    {
        try { return encoding.GetString(bytes, offset, bytes.Length - offset); }
        catch (DecoderFallbackException)
        {
            throw new DocumentReadException(fileName, $"文件标明为 {label} 编码，但内容有无效字节 (invalid {label} byte sequence)");
        }
    }

    /// <summary>BOM-less UTF-16: Chinese text has few zero bytes, ASCII-heavy UTF-16 has zeros on one side.</summary>
    private static string? GuessBomlessUtf16(byte[] bytes)
    {
        if (bytes.Length < 4 || bytes.Length % 2 != 0) return null;
        int sample = Math.Min(bytes.Length, 8192) & ~1, zeroEven = 0, zeroOdd = 0;
        for (int i = 0; i < sample; i += 2)
        {
            if (bytes[i] == 0) zeroEven++;
            if (bytes[i + 1] == 0) zeroOdd++;
        }
        int pairs = sample / 2;
        if (zeroOdd > pairs * 0.2 && zeroEven < pairs * 0.02) return "utf-16le";
        if (zeroEven > pairs * 0.2 && zeroOdd < pairs * 0.02) return "utf-16be";
        return null;
    }

    /// <summary>Text has no NUL bytes and almost no C0 control bytes besides tab, newline, carriage return and form feed.</summary>
    private static bool LooksBinary(byte[] bytes)
    {
        int sample = Math.Min(bytes.Length, 65536), controls = 0;
        for (int i = 0; i < sample; i++)
        {
            byte b = bytes[i];
            if (b == 0) return true;
            if (b < 0x20 && b != 9 && b != 10 && b != 13 && b != 12 && b != 0x1B) controls++;
        }
        return controls > sample / 200 + 1;
    }

    /// <summary>Decoded text that is mostly replacement or private-use characters is not a document.</summary>
    private static void CheckLooksLikeText(string text, string fileName)
    {
        int letters = 0, odd = 0;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) continue;
            if (c == '\uFFFD' || (c >= '\uE000' && c <= '\uF8FF') || char.IsControl(c)) odd++;
            else letters++;
        }
        if (odd > (letters + odd) / 20)
            throw new DocumentReadException(fileName, "内容不是可读文本 (too many undecodable or control characters)");
    }

    /// <summary>Splits on CRLF, LF, CR and form feed (a page break in extracted text).</summary>
    public static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        var sb = new StringBuilder();
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\r' || c == '\n' || c == '\f')
            {
                lines.Add(sb.ToString());
                sb.Clear();
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            }
            else sb.Append(c);
        }
        if (sb.Length > 0) lines.Add(sb.ToString());
        return lines;
    }
}
