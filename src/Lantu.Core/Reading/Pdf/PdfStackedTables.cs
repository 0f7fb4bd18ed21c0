namespace Lantu.Core.Reading.Pdf;

/// <summary>
/// Two tables printed one right under the other share a border, so their rules form one net. They are two tables
/// where no inner vertical rule crosses a horizontal border, the inner rules below it begin there, and the columns
/// above and below it are not one within the other (a row whose cell spans some columns draws fewer of the table's
/// rules, never others). A row spanning the whole width just above, such as a note under the first table, stays with
/// the first. Without the cut, the union of both tables' columns would split every cell of each.
/// </summary>
internal static class PdfStackedTables
{
    /// <summary>Rules this close are one border.</summary>
    private const double Snap = 2;

    /// <summary>The net, cut into the tables stacked in it, top to bottom.</summary>
    public static IEnumerable<List<PdfRule>> Split(List<PdfRule> net)
    {
        var vertical = net.Where(r => !r.Horizontal).ToList();
        if (vertical.Count == 0) { yield return net; yield break; }
        double left = vertical.Min(v => v.At), right = vertical.Max(v => v.At);
        var inner = vertical.Where(v => v.At > left + Snap && v.At < right - Snap).ToList();
        foreach (double y in net.Where(r => r.Horizontal).Select(r => r.At).Distinct().OrderDescending())
        {
            var above = inner.Where(v => v.From >= y - Snap).ToList();
            var below = inner.Where(v => v.To <= y + Snap).ToList();
            if (above.Count == 0 || !below.Any(v => Math.Abs(v.To - y) <= Snap)) continue;
            if (inner.Any(v => v.From < y - Snap && v.To > y + Snap)) continue;
            if (AllAmong(above, below) || AllAmong(below, above)) continue;
            yield return Clip(net, y, upper: true);
            foreach (var rest in Split(Clip(net, y, upper: false))) yield return rest;
            yield break;
        }
        yield return net;
    }

    /// <summary>Whether every rule of <paramref name="some"/> stands at the x of one of <paramref name="all"/>.</summary>
    private static bool AllAmong(List<PdfRule> some, List<PdfRule> all) =>
        some.All(a => all.Any(b => Math.Abs(a.At - b.At) <= Snap));

    /// <summary>The rules above (or below) the border at <paramref name="y"/>, the outer sides cut there.</summary>
    private static List<PdfRule> Clip(List<PdfRule> net, double y, bool upper)
    {
        var part = new List<PdfRule>();
        foreach (var rule in net)
        {
            if (rule.Horizontal)
            {
                if (upper ? rule.At >= y - Snap : rule.At <= y + Snap) part.Add(rule);
            }
            else if (upper ? rule.To > y + Snap : rule.From < y - Snap)
                part.Add(upper ? rule with { From = Math.Max(rule.From, y) } : rule with { To = Math.Min(rule.To, y) });
        }
        return part;
    }
}
