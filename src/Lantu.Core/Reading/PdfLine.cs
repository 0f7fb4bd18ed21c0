namespace Lantu.Core.Reading;

/// <summary>One printed line of a PDF page: its text pieces separated by wide gaps, and its vertical place.</summary>
internal sealed record PdfLine(IReadOnlyList<PdfSegment> Segments, double Bottom, double Height)
{
    /// <summary>The first line of a page (a page break comes before it).</summary>
    public bool PageStart { get; init; }

    public double Left => Segments[0].Left;
    public double Right => Segments[^1].Right;
    public string Text => string.Join('\t', Segments.Select(s => s.Text));
}

/// <summary>Words on one line with no wide gap between them: a cell of a table, or a run of prose.</summary>
internal sealed record PdfSegment(string Text, double Left, double Right);
