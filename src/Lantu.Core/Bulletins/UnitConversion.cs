using Lantu.Core.Indicators;

namespace Lantu.Core.Bulletins;

/// <summary>Converts a value between units of one quantity: 亿元 ↔ 万元 ↔ 元 ↔ 万亿元, 万人 ↔ 人, % ↔ %.</summary>
public static class UnitConversion
{
    /// <summary>The value in <paramref name="to"/>, or null when the units measure different things (亿元 → %) or
    /// <paramref name="to"/> is unknown and <paramref name="from"/> differs from it.</summary>
    public static double? Convert(double value, string? from, string? to)
    {
        var (fromBase, fromScale) = Units.Normalize(Fix(from));
        var (toBase, toScale) = Units.Normalize(Fix(to));
        if (fromBase != toBase) return null;
        // Round away the binary noise of the scaling (7033.89亿元 → 0.703389万亿元, not 0.70338900000000006).
        return Math.Round(value * fromScale / toScale, 10);
    }

    private static string? Fix(string? unit) => unit?.Trim().Replace('％', '%') switch
    {
        null or "" => null,
        var u => u,
    };
}
