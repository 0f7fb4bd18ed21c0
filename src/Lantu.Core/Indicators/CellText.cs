using System.Text.RegularExpressions;

namespace Lantu.Core.Indicators;

/// <summary>What a table cell's text says, for the readers of every shape and the assembler alike.</summary>
public static partial class CellText
{
    /// <summary>The cell without an enumeration in front (一、经济发展 → 经济发展) and without whitespace.</summary>
    public static string StripEnum(string s) => EnumPrefix().Replace(HeaderReader.Compact(s), "");

    /// <summary>年均增长7%, or a percentage where the indicator's unit is not a percentage.</summary>
    public static bool LooksLikeGrowth(string cell, string unit)
    {
        var c = HeaderReader.Compact(cell);
        if (GrowthWord().IsMatch(c)) return true;
        return c.EndsWith('%') && unit != "%" && Percentage().IsMatch(c);
    }

    [GeneratedRegex(@"^[一二三四五六七八九十]+[、．.]")]
    private static partial Regex EnumPrefix();
    [GeneratedRegex("年均|增速|增幅")]
    private static partial Regex GrowthWord();
    [GeneratedRegex(@"^[\d.]+%$")]
    private static partial Regex Percentage();
}
