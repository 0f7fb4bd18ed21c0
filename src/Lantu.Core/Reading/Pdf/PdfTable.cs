namespace Lantu.Core.Reading.Pdf;

/// <summary>
/// A bordered table as one page prints it, in the shape the Word reader gives a table: one array of cells per grid
/// row, a cell spanning columns followed by empty cells, a cell spanning rows empty in the rows below its first.
/// <see cref="Columns"/> are the x positions of its vertical borders, to recognise its continuation on the next page.
/// </summary>
internal sealed record PdfTable(IReadOnlyList<string[]> Rows, IReadOnlyList<double> Columns, double Top, double Bottom)
{
    /// <summary>Per column, whether the last row's text filled its cell to the end of its last line: where a page
    /// break cut the row, its text goes on at the top of the next page.</summary>
    public IReadOnlyList<bool> LastRowOpen { get; init; } = [];

    /// <summary>The same column borders (give or take a border's width): the same table, or its continuation.</summary>
    public bool SameColumns(PdfTable other) =>
        Columns.Count == other.Columns.Count && Columns.Zip(other.Columns).All(p => Math.Abs(p.First - p.Second) <= 2);
}
