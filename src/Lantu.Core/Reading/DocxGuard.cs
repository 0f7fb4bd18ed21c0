using System.IO.Compression;
using System.Xml;

namespace Lantu.Core.Reading;

/// <summary>
/// Checks a .docx (or any Office Open XML package: the .xlsx templates too) before OpenXml builds its tree: the declared sizes of the parts, then every XML part
/// streamed once through a forward-only reader that counts the bytes really inflated (a zip may lie about its
/// sizes) and the nesting depth. Only after this does the document reach code that loads whole parts or recurses.
/// </summary>
public static class DocxGuard
{
    private const int MaxEntries = 20_000;

    public static void Check(byte[] bytes, ReadBudget budget)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        if (zip.Entries.Count > MaxEntries)
            throw budget.Refuse($"压缩包内文件过多 ({zip.Entries.Count}) (more than {MaxEntries} parts)");
        long declared = zip.Entries.Sum(e => e.Length);
        if (declared > budget.Limits.MaxExpandedBytes) budget.Expand(declared);
        foreach (var entry in zip.Entries.Where(IsXml)) Scan(entry, budget);
    }

    private static bool IsXml(ZipArchiveEntry e) =>
        e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || e.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    private static void Scan(ZipArchiveEntry entry, ReadBudget budget)
    {
        using var inflated = new CountingStream(entry.Open(), budget);
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true };
        using var reader = XmlReader.Create(inflated, settings);
        while (reader.Read())
            if (reader.NodeType == XmlNodeType.Element) budget.CheckDepth(reader.Depth + 1);
    }

    /// <summary>A read-only stream that charges every byte it yields to the budget.</summary>
    private sealed class CountingStream(Stream inner, ReadBudget budget) : Stream
    {
        public override int Read(byte[] buffer, int offset, int count)
        {
            int n = inner.Read(buffer, offset, count);
            budget.Expand(n);
            return n;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
