namespace Lantu.Core.Reading;

/// <summary>One printed line of a PDF page: its text pieces separated by wide gaps, and its vertical place.</summary>
internal sealed record PdfLine(IReadOnlyList<PdfSegment> Segments, double Bottom, double Height)
{
    /// <summary>The first line of a page (a page break comes before it).</summary>
    public bool PageStart { get; init; }

    /// <summary>A bordered table read from its grid, standing in the page's flow where it is printed (no segments).</summary>
    public Pdf.PdfTable? Table { get; init; }

    public static PdfLine Of(Pdf.PdfTable table) => new([], table.Bottom, 0) { Table = table };

    public double Left => Segments[0].Left;
    public double Right => Segments[^1].Right;
    public string Text => string.Join('\t', Segments.Select(s => s.Text));
}

/// <summary>Words on one line with no wide gap between them: a cell of a table, or a run of prose.</summary>
internal sealed record PdfSegment(string Text, double Left, double Right)
{
    /// <summary>A space glyph follows the text: the space a cell's line wrapped at (LibreOffice prints it), kept when
    /// the cell's next line is joined on.</summary>
    public bool EndsWithSpace { get; init; }
}
