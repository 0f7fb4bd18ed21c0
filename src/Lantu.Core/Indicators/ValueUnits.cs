using System.Text.RegularExpressions;

namespace Lantu.Core.Indicators;

/// <summary>A unit printed inside the value cells (56.3平方公里, 15km) of a row that has no unit of its own.</summary>
public static partial class ValueUnits
{
    /// <summary>The unit every figure of the row's base, target and actual cells carries, or null.</summary>
    public static string? Common(IndicatorRow row)
    {
        string? unit = null;
        foreach (var cell in new[] { row.Base, row.Target, row.Actual })
        {
            if (cell is null) continue;
            var m = FigureWithUnit().Match(HeaderReader.Compact(cell));
            if (!m.Success) continue;
            var u = m.Groups["u"].Value;
            if (!Units.IsUnit(u) || u is "%" or "％") return null; // a percentage sign in the cell is not a column unit
            if (unit is not null && unit != u) return null;
            unit = u;
        }
        return unit;
    }

    [GeneratedRegex(@"^[<>≤≥＞＜≈约]?\d+(?:\.\d+)?(?<u>[^\d\s（()）\[\]〔〕.、，,]+)$")]
    private static partial Regex FigureWithUnit();
}
