namespace Lantu.Core.Model;

/// <summary>
/// A plan document after decoding: the text lines every extracted item points back to.
/// Line numbers are 1-based; <see cref="Lines"/>[0] is line 1.
/// </summary>
public sealed class SourceDocument
{
    public SourceDocument(string fileName, string format, string encoding, IReadOnlyList<string> lines)
    {
        FileName = fileName;
        Format = format;
        Encoding = encoding;
        Lines = lines;
        ContentHash = Hashing.Sha256Hex(string.Join('\n', lines));
    }

    /// <summary>The ingested file's name (no directory).</summary>
    public string FileName { get; }

    /// <summary>"text", "markdown", "html", "docx", "doc" or "pdf".</summary>
    public string Format { get; }

    /// <summary>The encoding the bytes were decoded from (for text), or the container format.</summary>
    public string Encoding { get; }

    public IReadOnlyList<string> Lines { get; }

    /// <summary>What the reader saw and could not read as text (a table printed as a picture, glyphs without a
    /// Unicode mapping), one sentence each, in Chinese with the English after it; empty when all was read.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>SHA-256 of the decoded text: identical content gives an identical hash whatever the file's encoding.</summary>
    public string ContentHash { get; }

    public string Line(int number) => Lines[number - 1];
}
