namespace Lantu.Core.Normalization;

/// <summary>
/// Running headers and footers a PDF repeats on every page ("厦门市国民经济和社会发展第十四个五年规划纲要").
/// A line is furniture when the same short text recurs at least four times, spread over the whole document
/// with page-sized gaps; table cells that repeat (预期性, 完成省下达任务) recur close together and are kept.
/// </summary>
public static class PageFurniture
{
    private const int MinOccurrences = 4, MinGap = 15;

    public static HashSet<int> Find(IReadOnlyList<string> cleanLines)
    {
        var found = new HashSet<int>();
        var byText = new Dictionary<string, List<int>>();
        for (int i = 0; i < cleanLines.Count; i++)
        {
            var line = cleanLines[i];
            if (line.Length is < 4 or > 60 || line.Contains('\t')) continue;
            if (!byText.TryGetValue(line, out var list)) byText[line] = list = new List<int>();
            list.Add(i + 1);
        }
        foreach (var (_, lines) in byText)
        {
            if (lines.Count < MinOccurrences) continue;
            bool spaced = lines.Zip(lines.Skip(1), (a, b) => b - a).All(gap => gap >= MinGap);
            bool spread = lines[^1] - lines[0] >= cleanLines.Count / 2;
            if (spaced && spread) found.UnionWith(lines);
        }
        return found;
    }
}
