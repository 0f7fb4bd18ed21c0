namespace Lantu.Core.Reading;

/// <summary>Counts what one read has consumed against its <see cref="ReadLimits"/> and stops it, with the reason,
/// when a bound is crossed or the caller cancels (a client that went away, a deadline).</summary>
public sealed class ReadBudget(ReadLimits limits, string fileName, CancellationToken cancellation = default)
{
    private long _expanded;

    public ReadLimits Limits { get; } = limits;
    public string FileName { get; } = fileName;
    public CancellationToken Cancellation { get; } = cancellation;

    /// <summary>Records <paramref name="bytes"/> more of expanded content; throws once the total passes the limit.</summary>
    public void Expand(long bytes)
    {
        _expanded += bytes;
        if (_expanded > Limits.MaxExpandedBytes)
            throw Refuse($"解压后内容超过 {Mb(Limits.MaxExpandedBytes)} MB，疑似压缩炸弹 (the document expands beyond {Limits.MaxExpandedBytes} bytes)");
        Cancellation.ThrowIfCancellationRequested();
    }

    public void CheckDepth(int depth)
    {
        if (depth > Limits.MaxXmlDepth)
            throw Refuse($"文档嵌套层级超过 {Limits.MaxXmlDepth} 层 (XML nested deeper than {Limits.MaxXmlDepth} levels)");
    }

    public void CheckPages(int pages)
    {
        if (pages > Limits.MaxPages)
            throw Refuse($"PDF 有 {pages} 页，超过 {Limits.MaxPages} 页的上限 (more than {Limits.MaxPages} pages)");
    }

    public void CheckLines(int lines)
    {
        if (lines > Limits.MaxLines)
            throw Refuse($"文档超过 {Limits.MaxLines} 行的上限 (more than {Limits.MaxLines} lines)");
        Cancellation.ThrowIfCancellationRequested();
    }

    public DocumentReadException Refuse(string reason) => new(FileName, reason);

    private static long Mb(long bytes) => bytes / (1024 * 1024);
}
