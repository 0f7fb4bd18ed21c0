using Lantu.Core;
using Lantu.Core.Indicators;
using Lantu.Core.Model;
using Lantu.Core.Normalization;
using Lantu.Core.Reading;

namespace Lantu.Tests.Indicators;

/// <summary>Loads the sample plans from the repository's samples/plans folder and caches their extraction.</summary>
public static class SamplePlans
{
    private static readonly Dictionary<string, (NormalizedDocument Doc, StructuredPlan Plan)> Cache = new();
    private static readonly object Gate = new();

    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Lantu.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Lantu.slnx not found above " + AppContext.BaseDirectory);
    }

    public static (NormalizedDocument Doc, StructuredPlan Plan) Load(string prefix)
    {
        lock (Gate)
        {
            if (Cache.TryGetValue(prefix, out var hit)) return hit;
            var folder = Path.Combine(RepoRoot(), "samples", "plans");
            var file = Directory.GetFiles(folder, prefix + "_*").Single();
            var doc = Normalizer.Normalize(DocumentReader.ReadFile(file));
            var result = (doc, PlanParser.Parse(doc));
            Cache[prefix] = result;
            return result;
        }
    }

    public static IReadOnlyList<IndicatorTable> Tables(string prefix) => IndicatorExtractor.ExtractTables(Load(prefix).Doc);

    public static IReadOnlyList<IndicatorRow> Rows(string prefix)
    {
        var (doc, plan) = Load(prefix);
        return IndicatorExtractor.Extract(doc, plan);
    }

    /// <summary>The row as "category|seq|name|parent|unit|base|target|growth|actual|attribute|note".</summary>
    public static string Line(IndicatorRow r) => r.ToString();

    /// <summary>Compares a table's rows with hand-written expectations and reports every differing cell.</summary>
    public static void AssertRows(IndicatorTable table, string[] expected)
    {
        var actual = table.Rows.Select(Line).ToList();
        var errors = new List<string>();
        string[] fields = ["category", "seq", "name", "parent", "unit", "base", "target", "growth", "actual", "attribute", "note"];
        for (int i = 0; i < Math.Max(expected.Length, actual.Count); i++)
        {
            if (i >= actual.Count) { errors.Add($"row {i + 1} missing: {expected[i]}"); continue; }
            if (i >= expected.Length) { errors.Add($"row {i + 1} unexpected: {actual[i]}"); continue; }
            if (expected[i] == actual[i]) continue;
            var e = expected[i].Split('|');
            var a = actual[i].Split('|');
            for (int f = 0; f < fields.Length; f++)
            {
                var ev = f < e.Length ? e[f] : "<none>";
                var av = f < a.Length ? a[f] : "<none>";
                if (ev != av) errors.Add($"row {i + 1} ({e.ElementAtOrDefault(2)}) {fields[f]}: expected '{ev}', got '{av}'");
            }
        }
        Assert.True(errors.Count == 0, $"{table.Region.Title}: {errors.Count} differences\n" + string.Join("\n", errors));
    }
}
