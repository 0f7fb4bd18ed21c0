using Lantu.Tests.Indicators;

namespace Lantu.Tests.Corpus;

/// <summary>One document of the development corpus: its file, the plan it belongs to and how it was obtained.</summary>
public sealed record CorpusDocument(string File, string Plan, string Shape, string Province, string Source);

/// <summary>
/// What a human read in a plan: its metadata and every indicator-table row, in the field order of
/// <see cref="ExpectedRows"/> (category|seq|name|parent|unit|base|target|growth|actual|attribute|note).
/// A metadata value of null is not scored; <see cref="CorpusManifest.None"/> means the document prints none.
/// </summary>
public sealed record ExpectedPlan(string Plan, IReadOnlyDictionary<string, string?> Metadata, IReadOnlyList<string> Rows);

/// <summary>The lowest figures a document may reach before the test fails (raise them as the parser improves).</summary>
public sealed record CorpusFloor(int ExactRows, int CellsRight, int MetadataRight, int MaxSpuriousRows);

/// <summary>Loads tests/Lantu.Tests/Corpus: manifest.tsv, expected/*.txt and floors.tsv.</summary>
public static class CorpusManifest
{
    public const string None = "(none)";
    public static readonly string[] MetadataFields = ["title", "region", "parent", "level", "kind", "period"];

    public static string Folder => Path.Combine(SamplePlans.RepoRoot(), "tests", "Lantu.Tests", "Corpus");

    public static IReadOnlyList<CorpusDocument> Documents() =>
        DataLines(Path.Combine(Folder, "manifest.tsv"))
            .Select(f => new CorpusDocument(f[0], f[1], f[2], f[3], f[9]))
            .ToList();

    public static ExpectedPlan Expected(string plan)
    {
        var path = Path.Combine(Folder, "expected", plan + ".txt");
        var metadata = new Dictionary<string, string?>();
        var rows = new List<string>();
        bool inRows = false;
        foreach (var raw in File.ReadAllLines(path))
        {
            var line = raw.TrimEnd();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (inRows) { rows.Add(line); continue; }
            if (line == "rows:") { inRows = true; continue; }
            var colon = line.IndexOf(':');
            if (colon < 0) throw new FormatException($"{path}: '{line}' is neither 'field: value' nor 'rows:'");
            var value = line[(colon + 1)..].Trim();
            metadata[line[..colon].Trim()] = value.Length == 0 ? null : value;
        }
        return new ExpectedPlan(plan, metadata, rows);
    }

    public static IReadOnlyDictionary<string, CorpusFloor> Floors() =>
        DataLines(Path.Combine(Folder, "floors.tsv"))
            .ToDictionary(f => f[0], f => new CorpusFloor(int.Parse(f[1]), int.Parse(f[2]), int.Parse(f[3]), int.Parse(f[4])));

    public static string DocumentPath(CorpusDocument d) => Path.Combine(Folder, "documents", d.File);

    /// <summary>Tab-separated lines after the header line, comments (#) and blank lines skipped.</summary>
    private static IEnumerable<string[]> DataLines(string path) =>
        File.ReadAllLines(path).Skip(1).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t'));
}
