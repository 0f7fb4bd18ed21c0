namespace Lantu.Core.Indicators;

/// <summary>
/// A set of line spans, merged and sorted once, answering "does this span touch any of them" by binary search — so
/// asking it for every paragraph of a plan stays linear in the plan's size (a scan of every span per paragraph was
/// quadratic).
/// </summary>
public sealed class LineIntervals
{
    private readonly int[] _starts;
    private readonly int[] _ends;

    public LineIntervals(IEnumerable<(int Start, int End)> spans)
    {
        var merged = new List<(int Start, int End)>();
        foreach (var (start, end) in spans.OrderBy(s => s.Start))
        {
            if (merged.Count > 0 && start <= merged[^1].End) merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, end));
            else merged.Add((start, end));
        }
        _starts = merged.Select(m => m.Start).ToArray();
        _ends = merged.Select(m => m.End).ToArray();
    }

    /// <summary>Whether lines <paramref name="start"/>..<paramref name="end"/> share a line with any span.</summary>
    public bool Overlaps(int start, int end)
    {
        // The last span starting at or before `end`: merged spans are disjoint, so it has the largest end of them all.
        int i = Array.BinarySearch(_starts, end);
        if (i < 0) i = ~i - 1;
        return i >= 0 && _ends[i] >= start;
    }
}
