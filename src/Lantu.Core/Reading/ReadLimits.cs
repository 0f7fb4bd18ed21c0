namespace Lantu.Core.Reading;

/// <summary>
/// What reading one document may cost. Every file a user hands us is hostile until read, so these bounds are
/// enforced while reading, not afterwards: a crafted file (a zip bomb, nesting ten thousand levels deep, a PDF
/// declaring a million pages) is refused with a message naming the limit instead of exhausting the server's
/// stack, memory or time. The defaults leave room for any real plan: a city's 纲要 is 1–3 MB of text, about
/// 20,000 lines and 200 printed pages.
/// </summary>
public sealed record ReadLimits
{
    public static ReadLimits Default { get; } = new();

    /// <summary>Largest file accepted (a PDF with scanned figures runs to some tens of MB).</summary>
    public long MaxFileBytes { get; init; } = 100L * 1024 * 1024;

    /// <summary>Most bytes a document may expand to while it is read: the XML parts of a .docx, the decoded
    /// streams of a PDF. A plan's document.xml is rarely above 20 MB.</summary>
    public long MaxExpandedBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Deepest XML nesting in a .docx part. A table adds four levels (tbl, tr, tc, p) and real plans stay
    /// under 40; the parsers walk the tree recursively, so this bound is what keeps their stack safe.</summary>
    public int MaxXmlDepth { get; init; } = 160;

    /// <summary>Most pages of a PDF.</summary>
    public int MaxPages { get; init; } = 3000;

    /// <summary>Most lines of text the document may yield (in any format).</summary>
    public int MaxLines { get; init; } = 400_000;
}
