using System.Text.RegularExpressions;

namespace Lantu.Core.Indicators.Targets;

/// <summary>
/// One form a target cell can take (a bound, a range, 持平 …): a name to show and test by, the regex that
/// recognises it, and how a match becomes a <see cref="ParsedTarget"/>. <see cref="Build"/> may return null to let
/// the next pattern try (a trailing bracket whose head is not a target after all).
/// </summary>
public sealed record TargetPattern(string Name, Regex Regex, Func<Match, TargetCell, ParsedTarget?> Build);

/// <summary>The cell being classified: its normalised text (年均 prefix removed) and what is already known
/// (the printed text, whether the value is annual).</summary>
public readonly record struct TargetCell(string Text, ParsedTarget Seed)
{
    /// <summary>Classifies part of the cell on its own; <paramref name="keepAnnual"/> carries the annual flag over.</summary>
    public ParsedTarget Classify(string part, bool keepAnnual) =>
        TargetPatterns.Classify(part, new ParsedTarget { Annual = keepAnnual && Seed.Annual });

    /// <summary>The seed with a sub-target's reading, keeping the cell's own text and flags (a bracketed total
    /// keeps its cumulative flag, a cell its annual flag).</summary>
    public ParsedTarget Adopt(ParsedTarget sub) => sub with { Text = Seed.Text, Annual = Seed.Annual, Cumulative = Seed.Cumulative };
}
