using Lantu.Core.Reading;

namespace Lantu.Core.Bulletins;

/// <summary>
/// The text lines of a bulletin or report in any supported format: .docx, .pdf and .doc through
/// <see cref="DocumentReader"/>; HTML pages (UTF-8 or GBK, as statistics bureaus serve them) through
/// <see cref="HtmlText"/>; anything else as plain text. Traditional characters are left as they are: the reader
/// converts them, so that the lines shown stay the document's own.
/// </summary>
public static class BulletinDocument
{
    public static IReadOnlyList<string> ReadFile(string path)
    {
        var name = Path.GetFileName(path);
        if (!File.Exists(path)) throw new DocumentReadException(name, "文件不存在 (file not found)");
        return Read(File.ReadAllBytes(path), name);
    }

    public static IReadOnlyList<string> Read(byte[] bytes, string fileName)
    {
        bool container = bytes.AsSpan().StartsWith("PK"u8) || bytes.AsSpan().StartsWith("%PDF-"u8)
                         || bytes.AsSpan().StartsWith(new byte[] { 0xD0, 0xCF, 0x11, 0xE0 });
        if (!container && bytes.Length > 0)
        {
            var (text, _) = Reading.TextReader.Decode(bytes, fileName);
            if (HtmlText.IsHtml(text))
            {
                var lines = HtmlText.Lines(text);
                if (lines.Count == 0) throw new DocumentReadException(fileName, "网页中没有文字内容 (the page has no text)");
                return lines;
            }
        }
        return DocumentReader.Read(bytes, fileName).Lines;
    }
}
