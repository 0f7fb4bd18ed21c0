using AngleSharp.Dom;

namespace Lantu.Core.Reading.Html;

/// <summary>
/// An HTML table as the grid the Word reader writes: one list of cells per row, a cell spanning columns followed
/// by empty cells, a cell covered by a rowspan from above empty, so the table readers see HTML and Word tables alike.
/// </summary>
public static class HtmlTableGrid
{
    /// <summary>Spans beyond these are treated as the largest (a hostile colspan=100000 would otherwise allocate freely).</summary>
    private const int MaxColSpan = 100, MaxRowSpan = 1000;

    public static List<List<string>> Read(IElement table, Func<IElement, string> cellText)
    {
        var grid = new List<List<string>>();
        // Columns still covered by a rowspan from an earlier row: column → rows left.
        var covered = new Dictionary<int, int>();
        foreach (var row in Rows(table))
        {
            var cells = new List<string>();
            int col = 0;
            foreach (var cell in row.Children.Where(c => c.LocalName is "td" or "th"))
            {
                for (; TakeCovered(covered, col); col++) cells.Add("");
                int colSpan = Span(cell, "colspan", MaxColSpan), rowSpan = Span(cell, "rowspan", MaxRowSpan);
                cells.Add(cellText(cell));
                for (int i = 1; i < colSpan; i++) cells.Add("");
                if (rowSpan > 1)
                    for (int i = 0; i < colSpan; i++) covered[col + i] = rowSpan - 1;
                col += colSpan;
            }
            // Columns covered at the end of the row, after the row's own cells ran out.
            for (int last = covered.Count == 0 ? -1 : covered.Keys.Max(); col <= last; col++)
            {
                TakeCovered(covered, col);
                cells.Add("");
            }
            grid.Add(cells);
        }
        return grid;
    }

    /// <summary>Whether a rowspan from above covers the column in this row; counts the row off.</summary>
    private static bool TakeCovered(Dictionary<int, int> covered, int col)
    {
        if (!covered.TryGetValue(col, out int left)) return false;
        if (left == 1) covered.Remove(col); else covered[col] = left - 1;
        return true;
    }

    /// <summary>The table's own rows in order (thead, tbody, tfoot or directly under the table), not a nested table's.</summary>
    public static IEnumerable<IElement> Rows(IElement table)
    {
        foreach (var child in table.Children)
        {
            if (child.LocalName == "tr") yield return child;
            else if (child.LocalName is "thead" or "tbody" or "tfoot")
                foreach (var row in child.Children.Where(r => r.LocalName == "tr")) yield return row;
        }
    }

    private static int Span(IElement cell, string attribute, int max) =>
        int.TryParse(cell.GetAttribute(attribute)?.Trim(), out int n) && n > 1 ? Math.Min(n, max) : 1;
}
