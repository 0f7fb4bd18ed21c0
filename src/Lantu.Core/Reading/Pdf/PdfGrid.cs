using UglyToad.PdfPig.Content;

namespace Lantu.Core.Reading.Pdf;

/// <summary>
/// A table found from its drawn borders, as pdfplumber's lattice method finds one: rules that touch form a net;
/// the distinct x of its vertical rules and y of its horizontal rules cut it into slots; two neighbouring slots with
/// no rule between them are one merged cell (a header cell over two columns, a category cell over several rows).
/// Every letter goes to the cell its middle falls in, so text wrapped over lines, a short cell centred in a tall
/// row and rows of different heights all land where they belong.
/// </summary>
internal sealed class PdfGrid
{
    /// <summary>Rules this close are one border (a double line, borders of neighbouring cells drawn twice).</summary>
    private const double Snap = 2;

    /// <summary>A table cell holds a name, a figure or a short note; more lines than this is a frame around text.</summary>
    private const int MaxCellLines = 15;

    /// <summary>Past this many rules a page is a drawing, not a table; its text is read as lines.</summary>
    private const int MaxRules = 4000;

    private readonly double[] xs;       // left to right
    private readonly double[] ys;       // top to bottom (PDF y grows upwards)
    private readonly int[,] cellOf;     // slot → cell id (the slot index of the cell's top-left slot)
    private readonly bool openRight;    // the right border is the page's edge: the table was cut off there

    private PdfGrid(double[] xs, double[] ys, int[,] cellOf, bool openRight) =>
        (this.xs, this.ys, this.cellOf, this.openRight) = (xs, ys, cellOf, openRight);

    private int Rows => ys.Length - 1;
    private int Cols => xs.Length - 1;

    /// <summary>Whether a point is inside the table; past a right border on the page's edge the last column goes on
    /// (a table wider than the page, its text printed beyond the edge).</summary>
    public bool Contains(double x, double y) => x >= xs[0] && (openRight || x <= xs[^1]) && y <= ys[0] && y >= ys[^1];

    /// <summary>The bordered tables on a page: nets of rules that cut at least two columns.</summary>
    public static List<PdfGrid> Find(IReadOnlyList<PdfRule> rules, double pageRight)
    {
        var grids = new List<PdfGrid>();
        if (rules.Count > MaxRules) return grids;
        foreach (var net in Nets(rules).SelectMany(PdfStackedTables.Split))
        {
            var vertical = net.Where(r => !r.Horizontal).ToList();
            var horizontal = net.Where(r => r.Horizontal).ToList();
            // A table drawn without its outer sides (open left and right, or no top rule) ends where the rules
            // across it end.
            if (vertical.Count == 0 || horizontal.Count == 0) continue;
            var xs = Distinct(vertical.Select(r => r.At).Append(horizontal.Min(r => r.From)).Append(horizontal.Max(r => r.To))).ToArray();
            var ys = Distinct(horizontal.Select(r => r.At).Append(vertical.Min(r => r.From)).Append(vertical.Max(r => r.To))).Reverse().ToArray();
            if (xs.Length < 3 || ys.Length < 2) continue;
            var cellOf = Cells(net, xs, ys);
            var grid = new PdfGrid(xs, ys, cellOf, openRight: xs[^1] >= pageRight - 1);
            if (grid.HasTwoCellsInARow()) grids.Add(grid);
        }
        return grids;
    }

    /// <summary>The table's rows with each letter in its cell (letters outside the grid are ignored); null for a
    /// frame drawn around the page's text (a cell of more than <see cref="MaxCellLines"/> lines), which is read as
    /// lines. A row holding an <paramref name="unreadable"/> glyph is left out, not given with holes in its cells.</summary>
    public PdfTable? Read(IEnumerable<Letter> letters, Func<Letter, bool>? unreadable = null)
    {
        var byCell = new Dictionary<int, List<Letter>>();
        var unreadableRows = new HashSet<int>();
        foreach (var letter in letters)
        {
            var (x, y) = Middle(letter);
            if (!Contains(x, y)) continue;
            if (unreadable?.Invoke(letter) == true) { unreadableRows.Add(Band(ys, y, descending: true)); continue; }
            int slot = cellOf[Band(ys, y, descending: true), Band(xs, x, descending: false)];
            if (!byCell.TryGetValue(slot, out var list)) byCell[slot] = list = [];
            list.Add(letter);
        }
        double padding = Padding(byCell);
        var (pitch, wrapSpaces) = PdfCellText.Survey(byCell.Values);
        var texts = new Dictionary<int, (string Text, bool Full)>();
        foreach (var (id, cell) in byCell)
        {
            double width = Math.Max(Width(id), cell.Max(l => l.EndBaseLine.X) - xs[id % Cols] + padding);
            var (text, full, lines) = PdfCellText.Compose(cell, width, padding, pitch, wrapSpaces);
            if (lines > MaxCellLines) return null;
            texts[id] = (text.Replace('\t', ' '), full);
        }
        var rows = new List<string[]>();
        int lastRow = -1;
        for (int r = 0; r < Rows; r++)
        {
            var row = new string[Cols];
            for (int c = 0; c < Cols; c++)
                row[c] = cellOf[r, c] == r * Cols + c && texts.TryGetValue(r * Cols + c, out var t) ? t.Text : "";
            if (row.All(s => s.Length == 0) || unreadableRows.Contains(r)) continue;
            rows.Add(row);
            lastRow = r;
        }
        // Per column of the last row, whether the cell there (its own, or one spanning down into it) was still wrapping.
        var open = new bool[Cols];
        for (int c = 0; lastRow >= 0 && c < Cols; c++)
            open[c] = texts.TryGetValue(cellOf[lastRow, c], out var t) && t.Full;
        return new PdfTable(rows, xs, ys[0], ys[^1]) { LastRowOpen = open };
    }

    /// <summary>Where a letter is: the middle of its advance, a third of its size above the baseline.</summary>
    public static (double X, double Y) Middle(Letter l) =>
        ((l.StartBaseLine.X + Math.Max(l.EndBaseLine.X, l.StartBaseLine.X)) / 2, l.StartBaseLine.Y + PdfCellText.Size(l) * 0.3);

    /// <summary>The width of a cell: from its top-left slot's left border to the right border of its last column.</summary>
    private double Width(int id)
    {
        int r = id / Cols, c = id % Cols, last = c;
        while (last + 1 < Cols && cellOf[r, last + 1] == id) last++;
        return xs[last + 1] - xs[c];
    }

    /// <summary>How far text stands from a cell's left border: the least of any cell, since most cells are left-aligned.</summary>
    private double Padding(Dictionary<int, List<Letter>> byCell)
    {
        double least = double.MaxValue;
        foreach (var (id, letters) in byCell)
            least = Math.Min(least, letters.Min(l => l.StartBaseLine.X) - xs[id % Cols]);
        return least is double.MaxValue or < 0 ? 0 : Math.Min(least, 10);
    }

    private bool HasTwoCellsInARow()
    {
        for (int r = 0; r < Rows; r++)
            for (int c = 1; c < Cols; c++)
                if (cellOf[r, c] != cellOf[r, c - 1]) return true;
        return false;
    }

    /// <summary>Slots joined into cells wherever no rule separates two neighbours.</summary>
    private static int[,] Cells(List<PdfRule> net, double[] xs, double[] ys)
    {
        int rows = ys.Length - 1, cols = xs.Length - 1;
        var parent = new int[rows * cols];
        for (int i = 0; i < parent.Length; i++) parent[i] = i;
        int Root(int i) { while (parent[i] != i) i = parent[i] = parent[parent[i]]; return i; }
        void Join(int a, int b) { a = Root(a); b = Root(b); if (a != b) parent[Math.Max(a, b)] = Math.Min(a, b); }
        var vertical = net.Where(r => !r.Horizontal).ToList();
        var horizontal = net.Where(r => r.Horizontal).ToList();
        for (int r = 0; r < rows; r++)
        {
            double midY = (ys[r] + ys[r + 1]) / 2;
            for (int c = 0; c < cols; c++)
            {
                double midX = (xs[c] + xs[c + 1]) / 2;
                if (c + 1 < cols && !vertical.Any(v => Math.Abs(v.At - xs[c + 1]) <= Snap && v.Covers(midY, 0))) Join(r * cols + c, r * cols + c + 1);
                if (r + 1 < rows && !horizontal.Any(h => Math.Abs(h.At - ys[r + 1]) <= Snap && h.Covers(midX, 0))) Join(r * cols + c, (r + 1) * cols + c);
            }
        }
        // A cell's id is its smallest slot, which is its top-left slot when cells are rectangles.
        var cellOf = new int[rows, cols];
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++) cellOf[r, c] = Root(r * cols + c);
        return cellOf;
    }

    /// <summary>Groups of rules that touch one another (a vertical crossing or meeting a horizontal).</summary>
    private static IEnumerable<List<PdfRule>> Nets(IReadOnlyList<PdfRule> rules)
    {
        var parent = Enumerable.Range(0, rules.Count).ToArray();
        int Root(int i) { while (parent[i] != i) i = parent[i] = parent[parent[i]]; return i; }
        for (int i = 0; i < rules.Count; i++)
            for (int j = i + 1; j < rules.Count; j++)
                if (Touch(rules[i], rules[j])) parent[Root(i)] = Root(j);
        return Enumerable.Range(0, rules.Count).GroupBy(Root).Select(g => g.Select(i => rules[i]).ToList()).Where(n => n.Count >= 5);
    }

    private static bool Touch(PdfRule a, PdfRule b)
    {
        if (a.Horizontal == b.Horizontal)
            return Math.Abs(a.At - b.At) <= Snap && a.From <= b.To + Snap && b.From <= a.To + Snap;
        return a.Covers(b.At, Snap) && b.Covers(a.At, Snap);
    }

    /// <summary>Positions sorted, those within <see cref="Snap"/> of the previous one dropped (each border once).</summary>
    private static IEnumerable<double> Distinct(IEnumerable<double> positions)
    {
        double? last = null;
        foreach (var p in positions.Order())
        {
            if (last is { } l && p - l <= Snap) continue;
            last = p;
            yield return p;
        }
    }

    /// <summary>The band (between consecutive borders) a position falls in.</summary>
    private static int Band(double[] borders, double at, bool descending)
    {
        for (int i = 0; i < borders.Length - 2; i++)
            if (descending ? at >= borders[i + 1] : at <= borders[i + 1]) return i;
        return borders.Length - 2;
    }
}
