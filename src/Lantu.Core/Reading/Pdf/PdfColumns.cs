namespace Lantu.Core.Reading.Pdf;

/// <summary>
/// A table's column borders (the x of its vertical rules, left to right) over all its rows and pages. A page may
/// leave out a border where a cell spans it (a name cell over the 城市/农村 column in every row of that page), so the
/// parts of one table have borders that are a subset of one another; the table's borders are their union, and a
/// part's cell that covers several of them is written first and followed by empty cells, as the Word reader does.
/// </summary>
internal static class PdfColumns
{
    /// <summary>Borders this close are one border (a rule a fraction of a point off, a double line).</summary>
    private const double Snap = 2;

    /// <summary>Whether <paramref name="part"/> can be a part of a table with <paramref name="table"/>'s borders:
    /// the same outer sides, and one's borders all among the other's.</summary>
    public static bool Fit(IReadOnlyList<double> table, IReadOnlyList<double> part) =>
        Same(table[0], part[0]) && Same(table[^1], part[^1]) && (AllAmong(table, part) || AllAmong(part, table));

    /// <summary>Both sets of borders, each once, left to right.</summary>
    public static List<double> Union(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        var union = new List<double>();
        foreach (double x in a.Concat(b).Order())
            if (union.Count == 0 || x - union[^1] > Snap) union.Add(x);
        return union;
    }

    /// <summary>A row read between borders <paramref name="from"/>, spread over the wider borders <paramref name="to"/>.</summary>
    public static T[] Widen<T>(IReadOnlyList<T> row, IReadOnlyList<double> from, IReadOnlyList<double> to, T empty, bool repeat)
    {
        var wide = Enumerable.Repeat(empty, to.Count - 1).ToArray();
        for (int c = 0; c < row.Count && c + 1 < from.Count; c++)
        {
            int start = IndexOf(to, from[c]), end = IndexOf(to, from[c + 1]);
            for (int w = start; w < Math.Max(end, start + 1) && w < wide.Length; w++) wide[w] = w == start || repeat ? row[c] : empty;
        }
        return wide;
    }

    /// <summary>The border nearest to <paramref name="x"/>.</summary>
    private static int IndexOf(IReadOnlyList<double> borders, double x)
    {
        int best = 0;
        for (int i = 1; i < borders.Count; i++)
            if (Math.Abs(borders[i] - x) < Math.Abs(borders[best] - x)) best = i;
        return best;
    }

    private static bool AllAmong(IReadOnlyList<double> some, IReadOnlyList<double> all) =>
        some.All(x => all.Any(y => Same(x, y)));

    private static bool Same(double a, double b) => Math.Abs(a - b) <= Snap;
}
