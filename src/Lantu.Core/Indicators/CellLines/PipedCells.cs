using System.Text.RegularExpressions;

namespace Lantu.Core.Indicators.CellLines;

/// <summary>
/// Some sites print a copied table with every cell on its own line ending with " |" (the column rule of the page),
/// and a covered or empty cell as a bare "|". Such a line is one cell; a line of bars only is that many empty cells.
/// </summary>
public static partial class PipedCells
{
    /// <summary>The cells of a line: its text without the closing (or, in a forum copy, opening) bar, or one null per
    /// bar of a line of bars; the line itself when it is not closed by a bar.</summary>
    public static IReadOnlyList<string?> Split(string line)
    {
        var t = line.Trim();
        if (!t.EndsWith('|') && !t.StartsWith('|')) return [line]; // no bar at either end (most lines: no regex)
        if (Bars().IsMatch(t)) return Enumerable.Repeat<string?>(null, t.Length).ToList();
        if (OpenedCell().Match(t) is { Success: true } o) return [o.Groups[1].Value];
        return ClosedCell().Match(t) is { Success: true } m ? [m.Groups[1].Value.TrimEnd()] : [line];
    }

    /// <summary>The line's text without its closing (or opening) bar; a line of bars only is empty.</summary>
    public static string Strip(string line) =>
        line.AsSpan().Trim() is var t && (t.EndsWith('|') || t.StartsWith('|')) ? string.Concat(Split(line).Select(c => c ?? "")) : line;

    [GeneratedRegex(@"^\|+$")]
    private static partial Regex Bars();
    [GeneratedRegex(@"^\|\s*([^|\s][^|]*?)(?:\s+\|)?$")]
    private static partial Regex OpenedCell();
    [GeneratedRegex(@"^([^|]*[^|\s])\s+\|$")]
    private static partial Regex ClosedCell();
}
