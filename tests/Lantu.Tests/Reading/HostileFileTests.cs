using Lantu.Core.Reading;

namespace Lantu.Tests.Reading;

/// <summary>
/// Files built to exhaust a reader (issue 17 item 7). Before the read limits, the nested .docx killed the process
/// with a stack overflow and the bombs grew it by gigabytes; now each is refused while being read, with a message
/// that names the limit, and real documents of every format still read (ReaderTests, PdfTests).
/// </summary>
public class HostileFileTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void DeeplyNestedDocxIsRefusedNotAStackOverflow(bool contentControls)
    {
        var bytes = HostileFiles.NestedDocx(100_000, contentControls);
        var e = Assert.Throws<DocumentReadException>(() => DocumentReader.Read(bytes, "nested.docx"));
        Assert.Contains("嵌套层级超过", e.Message);
    }

    [Fact]
    public void NestingWithinTheLimitStillReads()
    {
        // Content controls, which the reader enters (it reads a table cell's paragraphs, not tables nested in it).
        var doc = DocumentReader.Read(HostileFiles.NestedDocx(20, contentControls: true), "nested.docx");
        Assert.Contains(doc.Lines, l => l.Contains("第一章 总体要求"));
    }

    [Fact]
    public void DocxBombIsRefusedAtTheExpandedSizeLimit()
    {
        var limits = new ReadLimits { MaxExpandedBytes = 8 << 20 };
        var bytes = HostileFiles.DocxBomb(64L << 20);
        Assert.True(bytes.Length < 1 << 20, $"the bomb is small on disk ({bytes.Length} bytes)");
        var e = Assert.Throws<DocumentReadException>(() => DocumentReader.Read(bytes, "bomb.docx", limits));
        Assert.Contains("压缩炸弹", e.Message);
    }

    [Fact]
    public void PdfBombIsRefusedAtTheExpandedSizeLimit()
    {
        var limits = new ReadLimits { MaxExpandedBytes = 8 << 20 };
        var bytes = HostileFiles.PdfBomb(64L << 20);
        var e = Assert.Throws<DocumentReadException>(() => DocumentReader.Read(bytes, "bomb.pdf", limits));
        Assert.Contains("压缩炸弹", e.Message);
    }

    [Fact]
    public void SmallPdfOfTheSameMakeReads()
    {
        var doc = DocumentReader.Read(HostileFiles.PdfBomb(1024), "small.pdf");
        Assert.Contains(doc.Lines, l => l.Contains("plan"));
    }

    [Fact]
    public void PdfOfTwoHundredThousandPagesIsRefused()
    {
        var e = Assert.Throws<DocumentReadException>(() => DocumentReader.Read(HostileFiles.PdfWithPages(200_000), "pages.pdf"));
        Assert.Contains("200000 页", e.Message);
    }

    [Fact]
    public void TenMillionLinesAreRefusedBeforeTheyAreSplit()
    {
        var e = Assert.Throws<DocumentReadException>(() => DocumentReader.Read(HostileFiles.ManyLines(10_000_000), "lines.txt"));
        Assert.Contains("行的上限", e.Message);
    }

    [Fact]
    public void FileOverTheSizeLimitIsRefused()
    {
        var limits = new ReadLimits { MaxFileBytes = 1000 };
        var e = Assert.Throws<DocumentReadException>(() => DocumentReader.Read(HostileFiles.ManyLines(1000), "big.txt", limits));
        Assert.Contains("文件过大", e.Message);
    }

    [Fact]
    public void ACancelledReadStops()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() =>
            DocumentReader.Read(HostileFiles.PdfBomb(1024), "small.pdf", cancellation: cancelled.Token));
    }
}
