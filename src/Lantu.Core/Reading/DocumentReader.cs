using Lantu.Core.Model;

namespace Lantu.Core.Reading;

/// <summary>Reads a plan document of any supported format, chosen from the bytes, never from the file name.</summary>
public static class DocumentReader
{
    /// <summary>Largest document accepted; real plans are a few MB at most.</summary>
    public const long MaxBytes = 200L * 1024 * 1024;

    public static SourceDocument ReadFile(string path)
    {
        var name = Path.GetFileName(path);
        if (!File.Exists(path)) throw new DocumentReadException(name, "文件不存在 (file not found)");
        var length = new FileInfo(path).Length;
        if (length > MaxBytes) throw new DocumentReadException(name, $"文件过大 ({length} bytes; the limit is {MaxBytes})");
        return Read(File.ReadAllBytes(path), name);
    }

    public static SourceDocument Read(byte[] bytes, string fileName)
    {
        if (bytes.Length == 0) throw new DocumentReadException(fileName, "文件为空 (the file is empty)");
        return Sniff(bytes) switch
        {
            ContainerKind.Zip => DocxReader.Read(bytes, fileName),
            ContainerKind.Pdf => PdfReader.Read(bytes, fileName),
            ContainerKind.OleCompound => LegacyWordReader.Read(bytes, fileName),
            ContainerKind.Html => HtmlReader.Read(bytes, fileName),
            _ => MarkdownText.Convert(TextReader.Read(bytes, fileName)),
        };
    }

    private enum ContainerKind { Text, Zip, Pdf, OleCompound, Html }

    private static ContainerKind Sniff(ReadOnlySpan<byte> b)
    {
        if (b.StartsWith("PK\x03\x04"u8) || b.StartsWith("PK\x05\x06"u8)) return ContainerKind.Zip;
        if (b.StartsWith("%PDF-"u8)) return ContainerKind.Pdf;
        if (b.StartsWith(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 })) return ContainerKind.OleCompound;
        if (Html.HtmlSniffer.LooksLikeHtml(b)) return ContainerKind.Html;
        return ContainerKind.Text;
    }
}
