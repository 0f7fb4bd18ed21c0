using System.Text.RegularExpressions;
using Lantu.Core.Indicators.Targets;

namespace Lantu.Core.Indicators;

/// <summary>
/// Parses one cell (a target, growth or base value) into a <see cref="ParsedTarget"/>: numbers, ranges, bounds,
/// approximations, five-year totals, cumulative changes, relative and delegated targets, and "not available"
/// (the forms are <see cref="TargetPatterns.All"/>); then the unit, its base and the desired direction.
/// </summary>
public static partial class TargetParser
{
    /// <param name="text">The cell text.</param>
    /// <param name="unit">The row's unit (used when the cell prints none).</param>
    /// <param name="name">The indicator's name (used to infer the desired direction).</param>
    /// <param name="annual">True when the cell comes from an annual-growth column.</param>
    public static ParsedTarget Parse(string text, string? unit = null, string? name = null, bool annual = false)
    {
        var p = TargetPatterns.Classify(Cleaned(text), new ParsedTarget { Text = text.Trim(), Annual = annual });
        if (p.Unit is null && p.Kind is not (TargetKind.NotAvailable or TargetKind.Relative or TargetKind.Delegated or TargetKind.Text))
            p = p with { Unit = annual && p.Kind != TargetKind.Cumulative ? "%" : unit };
        if (p.Unit is not null)
        {
            var (b, s) = Units.Normalize(p.Unit);
            p = p with { BaseUnit = b, Scale = p.Scale * s };
        }
        return p with { Direction = DirectionRules.Infer(name, p) };
    }

    /// <summary>The pattern that reads a cell (null for "not available" and for text no pattern fits): where to
    /// look when a target comes out wrong.</summary>
    public static TargetPattern? PatternOf(string text) => TargetPatterns.Read(Cleaned(text), new ParsedTarget()).Pattern;

    /// <summary>The cell normalised; a footnote mark (60.6* = 2019 data, ① …) belongs to the table's notes, not to the value.</summary>
    private static string Cleaned(string text) => FootnoteMark().Replace(Normalize(text), "");

    /// <summary>Full-width to ASCII digits and signs, spaces removed.</summary>
    public static string Normalize(string s)
    {
        var chars = s.Trim().Select(c => c switch
        {
            >= '０' and <= '９' => (char)(c - '０' + '0'),
            '．' => '.', '％' => '%', '［' or '【' or '〔' => '[', '］' or '】' or '〕' => ']', '～' or '~' or '—' when false => '-',
            '－' => '-', '（' => '(', '）' => ')',
            _ => c,
        });
        return new string(chars.ToArray()).Replace(" ", "").Replace("\u3000", "");
    }

    /// <summary>A note mark after a value: 60.6*, 3.2①, or a note number glued after a percent sign (60%2).</summary>
    [GeneratedRegex(@"(?<=\S)[*＊※\u2460-\u2473]+$|(?<=[%‰])\d{1,2}$")]
    private static partial Regex FootnoteMark();
}
