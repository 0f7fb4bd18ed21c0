using Lantu.Core.Normalization;

namespace Lantu.Core.Indicators.Shapes;

/// <summary>
/// Tables whose cells are delimited by tabs: a tab within the first lines of the header. Tabbed rows and Word's
/// one-cell-per-line export are told apart by how many tab lines hold a single leading-tab cell.
/// </summary>
public abstract class TabDelimitedShape : GridShape
{
    /// <summary>True for the one-cell-per-line layout.</summary>
    protected abstract bool CellPerLine { get; }

    public sealed override TableRegion? TryLocate(NormalizedDocument doc, TableStart start, TableLocatorOptions o)
    {
        int n = doc.CleanLines.Count;
        int from = start.HeaderStart;
        if (!Enumerable.Range(from, Math.Min(o.TabProbeLines, n - from + 1)).Any(j => TableLocator.Raw(doc, j).Contains('\t'))) return null;
        var tabLines = Enumerable.Range(from, Math.Min(o.ShapeSampleLines, n - from + 1)).Select(j => TableLocator.Raw(doc, j)).Where(l => l.Contains('\t')).ToList();
        bool cellPerLine = tabLines.Count > 0 && tabLines.Count(l => l.StartsWith('\t') && l.IndexOf('\t', 1) < 0) * 100 >= tabLines.Count * o.CellPerLinePercent;
        return cellPerLine == CellPerLine ? Region(doc, start, o) : null;
    }

    private TableRegion Region(NormalizedDocument doc, TableStart start, TableLocatorOptions o)
    {
        int n = doc.CleanLines.Count;
        int last = start.HeaderStart;
        bool prevTab = false, prevBlank = false;
        for (int j = start.HeaderStart; j <= n; j++)
        {
            var raw = TableLocator.Raw(doc, j);
            if (raw.Trim().Length == 0 && !raw.Contains('\t')) { prevBlank = true; prevTab = false; continue; }
            if (raw.Contains('\t') && TableLocator.IsNote(raw.Split('\t').FirstOrDefault(c => c.Trim().Length > 0) ?? "")) break; // 注:… in a cell of its own row
            if (prevBlank && j > start.HeaderStart && OtherHeader(doc, start.HeaderStart, raw)) break; // the next table's header
            if (raw.Contains('\t')) { last = j; prevTab = true; prevBlank = false; continue; }
            // A line without a tab continues the cell above in one-cell-per-line output.
            if (CellPerLine && prevTab && !prevBlank && raw.Trim().Length <= o.CellContinuationLength) { last = j; continue; }
            break;
        }
        // Header rows: up to the first row with data, so a data cell such as 完成省下达任务 cannot make a target
        // table look like a review of the previous period.
        var header = string.Join(" ", Enumerable.Range(start.HeaderStart, Math.Min(o.ReviewHeaderLines, last - start.HeaderStart + 1))
            .Select(doc.CleanLine).TakeWhile(line => !TableLocator.IsDataRow(line)));
        return new TableRegion(start.Title, start.CaptionLine, start.HeaderStart, start.HeaderStart, last, Shape, TableLocator.IsReview(start.Title, header));
    }

    /// <summary>A tabbed line of header labels only that is not this table's first header row (a header repeated after
    /// a page break is the same row).</summary>
    private static bool OtherHeader(NormalizedDocument doc, int headerStart, string raw)
    {
        if (!raw.Contains('\t')) return false;
        var cells = raw.Split('\t').Select(HeaderReader.Compact).Where(c => c.Length > 0).ToList();
        if (cells.Count < 2 || !cells.All(HeaderReader.LooksLikeHeader)) return false;
        var first = TableLocator.Raw(doc, headerStart).Split('\t').Select(HeaderReader.Compact).Where(c => c.Length > 0);
        return !cells.SequenceEqual(first);
    }

    protected sealed override (TableSchema Schema, List<RawRow> Rows) ReadCells(NormalizedDocument doc, TableRegion region) => TabTableReader.Read(doc, region);
}

/// <summary>Tab-separated rows, one per line (.docx tables, HTML and Word extraction).</summary>
public sealed class TabbedShape : TabDelimitedShape
{
    public override TableShape Shape => TableShape.Tabbed;
    protected override bool CellPerLine => false;
}

/// <summary>Word's text export: one cell per line, each after a tab, rows separated by blank lines.</summary>
public sealed class CellPerLineShape : TabDelimitedShape
{
    public override TableShape Shape => TableShape.CellPerLine;
    protected override bool CellPerLine => true;
}
