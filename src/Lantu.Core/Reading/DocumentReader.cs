using Lantu.Core.Model;

namespace Lantu.Core.Reading;

/// <summary>Reads a plan document of any supported format, chosen from the bytes, never from the file name.</summary>
public static class DocumentReader
{
    public static SourceDocument ReadFile(string path, ReadLimits? limits = null, CancellationToken cancellation = default)
    {
        limits ??= ReadLimits.Default;
        var name = Path.GetFileName(path);
        if (!File.Exists(path)) throw new DocumentReadException(name, "文件不存在 (file not found)");
        CheckSize(new FileInfo(path).Length, name, limits);
        return Read(File.ReadAllBytes(path), name, limits, cancellation);
    }

    /// <summary>Reads <paramref name="bytes"/> within <paramref name="limits"/> (default <see cref="ReadLimits.Default"/>);
    /// a file past a limit, or a read cancelled, stops with a <see cref="DocumentReadException"/> or
    /// <see cref="OperationCanceledException"/>.</summary>
    public static SourceDocument Read(byte[] bytes, string fileName, ReadLimits? limits = null, CancellationToken cancellation = default)
    {
        limits ??= ReadLimits.Default;
        if (bytes.Length == 0) throw new DocumentReadException(fileName, "文件为空 (the file is empty)");
        CheckSize(bytes.Length, fileName, limits);
        var budget = new ReadBudget(limits, fileName, cancellation);
        var document = Sniff(bytes) switch
        {
            ContainerKind.Zip when IsOfd(bytes) => throw new DocumentReadException(fileName,
                "这是 OFD 版式文件（GB/T 33190），暂不能读取；请改用同一文件的 PDF、Word 或网页版本 (OFD documents are not read yet)"),
            ContainerKind.Zip => DocxReader.Read(bytes, fileName, budget),
            ContainerKind.Pdf => PdfReader.Read(bytes, fileName, budget),
            ContainerKind.OleCompound => LegacyWordReader.Read(bytes, fileName, budget),
            ContainerKind.Html => HtmlReader.Read(bytes, fileName, budget),
            ContainerKind.Mhtml => MhtmlReader.Read(bytes, fileName, budget),
            _ => MarkdownText.Convert(CopiedTableText.Convert(TextReader.Read(bytes, fileName, budget))),
        };
        budget.CheckLines(document.Lines.Count);
        return document;
    }

    private static void CheckSize(long length, string fileName, ReadLimits limits)
    {
        if (length > limits.MaxFileBytes)
            throw new DocumentReadException(fileName, $"文件过大：{length / (1024 * 1024)} MB，上限为 {limits.MaxFileBytes / (1024 * 1024)} MB ({length} bytes; the limit is {limits.MaxFileBytes})");
    }

    /// <summary>An OFD package (China's fixed-layout format, a ZIP like .docx) has OFD.xml at its root.</summary>
    private static bool IsOfd(byte[] bytes)
    {
        try
        {
            using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(bytes, writable: false));
            return zip.GetEntry("OFD.xml") is not null;
        }
        catch (InvalidDataException) { return false; } // damaged: the Word reader names the problem
    }

    private enum ContainerKind { Text, Zip, Pdf, OleCompound, Html, Mhtml }

    private static ContainerKind Sniff(ReadOnlySpan<byte> b)
    {
        if (b.StartsWith("PK\x03\x04"u8) || b.StartsWith("PK\x05\x06"u8)) return ContainerKind.Zip;
        if (b.StartsWith("%PDF-"u8)) return ContainerKind.Pdf;
        if (b.StartsWith(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 })) return ContainerKind.OleCompound;
        // Rich Text saved under a .doc name (WPS and older tools do this): LibreOffice converts it as it does .doc.
        if (b.StartsWith("{\\rtf"u8)) return ContainerKind.OleCompound;
        if (MhtmlReader.LooksLikeMhtml(b)) return ContainerKind.Mhtml;
        if (Html.HtmlSniffer.LooksLikeHtml(b)) return ContainerKind.Html;
        return ContainerKind.Text;
    }
}
