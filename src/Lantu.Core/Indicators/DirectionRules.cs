namespace Lantu.Core.Indicators;

/// <summary>
/// Infers whether a higher or lower value is desired, from the target's form first (bounds, decrease targets,
/// quotas) and then from the indicator's name (降低, 失业率, 事故死亡人数 …). Callers may override per name.
/// </summary>
public static class DirectionRules
{
    /// <summary>Name fragments of indicators where less is better.</summary>
    public static readonly string[] LowerIsBetter =
    [
        "失业率", "事故", "死亡", "能耗", "能源消耗", "排放", "浓度", "用水量", "劣V", "劣Ⅴ", "劣 V", "贫困", "污染",
        "碳排放", "发病率", "死亡率", "降低", "降幅", "下降", "减少", "PM2.5", "PM10", "负债率", "噪声", "超标",
    ];

    /// <summary>Name fragments that mean the indicator itself measures a reduction (more reduction is better) —
    /// these still read as "lower" for the underlying quantity; see docs/ACCURACY.md.</summary>
    public static Direction? Infer(string? name, ParsedTarget p)
    {
        if (p.Direction is not null) return p.Direction;
        switch (p.Kind)
        {
            case TargetKind.NotAvailable or TargetKind.Text: return NameDirection(name);
            case TargetKind.Range: return Direction.Within;
            case TargetKind.Bound: return p.Comparator is ">" or ">=" ? Direction.Higher : Direction.Lower;
            case TargetKind.Change: return p.ChangeKind == ChangeKind.Decrease ? Direction.Lower : Direction.Higher;
            case TargetKind.Delegated:
                if (NameDirection(name) == Direction.Lower) return Direction.Lower;
                return p.ChangeKind == ChangeKind.Control ? Direction.Within : Direction.Higher;
            case TargetKind.Relative: return p.ChangeKind == ChangeKind.Same ? Direction.Within : NameDirection(name);
        }
        return NameDirection(name) ?? Direction.Higher;
    }

    public static Direction? NameDirection(string? name)
    {
        if (string.IsNullOrEmpty(name)) return null;
        foreach (var f in LowerIsBetter)
            if (name.Contains(f, StringComparison.OrdinalIgnoreCase)) return Direction.Lower;
        return Direction.Higher;
    }
}
