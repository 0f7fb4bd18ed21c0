using Xunit.Abstractions;

namespace Lantu.Tests.Corpus;

/// <summary>
/// The development corpus of issue 13: real plans that are not the five samples, in the shapes users upload.
/// Prints per document rows expected/found/exactly right, recall, precision, cells and metadata right
/// (run with --logger "console;verbosity=detailed"), and fails when a document falls below its floor in floors.tsv.
/// </summary>
public class CorpusTests(ITestOutputHelper output)
{
    [Fact]
    public void EveryDocumentStaysAtOrAboveItsFloor()
    {
        var documents = CorpusManifest.Documents();
        var floors = CorpusManifest.Floors();
        var scores = documents.Select(d => CorpusScore.Measure(d, CorpusManifest.Expected(d.Plan))).ToList();
        output.WriteLine(CorpusReport.Table(scores));
        foreach (var s in scores.Where(s => s.MetadataMisses.Count > 0 || s.Error is not null))
            output.WriteLine($"{s.Document.File}: {s.Error ?? string.Join("; ", s.MetadataMisses)}");
        foreach (var s in scores.Where(s => s.Missing.Count + s.Extra.Count > 0))
        {
            output.WriteLine($"--- {s.Document.File}");
            foreach (var r in s.Missing) output.WriteLine("  expected, not found: " + r);
            foreach (var r in s.Extra) output.WriteLine("  found, not expected: " + r);
        }

        var failures = new List<string>();
        foreach (var s in scores)
        {
            if (!floors.TryGetValue(s.Document.File, out var f)) { failures.Add($"{s.Document.File}: no floor in floors.tsv"); continue; }
            if (s.RowsExact < f.ExactRows) failures.Add($"{s.Document.File}: {s.RowsExact} rows exactly right, floor {f.ExactRows}");
            if (s.CellsRight < f.CellsRight) failures.Add($"{s.Document.File}: {s.CellsRight} cells right, floor {f.CellsRight}");
            if (s.MetadataRight < f.MetadataRight) failures.Add($"{s.Document.File}: {s.MetadataRight} metadata fields right, floor {f.MetadataRight}");
            if (s.Spurious > f.MaxSpuriousRows) failures.Add($"{s.Document.File}: {s.Spurious} rows not in the document's tables, at most {f.MaxSpuriousRows}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void CorpusIsCompleteAndWellFormed()
    {
        var documents = CorpusManifest.Documents();
        Assert.True(documents.Count >= 39, $"only {documents.Count} documents in manifest.tsv");
        Assert.All(documents, d => Assert.True(File.Exists(CorpusManifest.DocumentPath(d)), d.File + " is missing"));
        Assert.All(documents, d => Assert.True(new FileInfo(CorpusManifest.DocumentPath(d)).Length < 1_000_000, d.File + " is over 1 MB"));
        foreach (var plan in documents.Select(d => d.Plan).Distinct())
        {
            var expected = CorpusManifest.Expected(plan);
            Assert.All(expected.Rows, r => Assert.Equal(11, r.Split('|').Length));
            Assert.All(expected.Metadata.Keys, k => Assert.Contains(k, CorpusManifest.MetadataFields));
        }
        Assert.True(documents.Select(d => d.Shape).Distinct().Count() >= 4, "fewer than four shapes");
    }
}
