using Lantu.Core;
using Lantu.Core.Indicators;
using Lantu.Core.Model;
using Lantu.Core.Normalization;
using Lantu.Core.Reading;
using Lantu.Core.Text;

namespace Lantu.Tests.Corpus;

/// <summary>How the current extractor does on one corpus document, against the hand-read expectation.</summary>
public sealed record CorpusScore(
    CorpusDocument Document, int RowsExpected, int RowsFound, int RowsExact, int CellsRight, int CellsTotal,
    int MetadataRight, int MetadataScored, string? Error, IReadOnlyList<string> MetadataMisses,
    IReadOnlyList<string> Missing, IReadOnlyList<string> Extra)
{
    public int Spurious => RowsFound - RowsExact;
    public string Recall => RowsExpected == 0 ? "—" : $"{100.0 * RowsExact / RowsExpected:0}%";
    public string Precision => RowsFound == 0 ? "—" : $"{100.0 * RowsExact / RowsFound:0}%";

    /// <summary>Reads the file as a user's upload would be read, then scores table rows and metadata.</summary>
    public static CorpusScore Measure(CorpusDocument document, ExpectedPlan expected)
    {
        var scored = expected.Metadata.Where(m => m.Value is not null).ToList();
        int cellsTotal = expected.Rows.Count * 11;
        try
        {
            var doc = Normalizer.Normalize(DocumentReader.ReadFile(CorpusManifest.DocumentPath(document)));
            var meta = PlanParser.Parse(doc).Metadata;
            var found = IndicatorExtractor.ExtractTables(doc).SelectMany(t => t.Rows).Select(r => r.ToString()).ToList();
            var (exact, cells) = CompareRows(expected.Rows, found);
            var misses = scored.Where(m => !Same(m.Key, m.Value!, Actual(meta, m.Key), expected.Metadata.GetValueOrDefault("parent")))
                .Select(m => $"{m.Key}: expected '{m.Value}', got '{Actual(meta, m.Key) ?? CorpusManifest.None}'").ToList();
            return new CorpusScore(document, expected.Rows.Count, found.Count, exact, cells, cellsTotal,
                scored.Count - misses.Count, scored.Count, null, misses, Without(expected.Rows, found), Without(found, expected.Rows));
        }
        catch (Exception e) when (e is DocumentReadException or InvalidOperationException or FormatException)
        {
            return new CorpusScore(document, expected.Rows.Count, 0, 0, 0, cellsTotal, 0, scored.Count, e.Message, [], expected.Rows, []);
        }
    }

    /// <summary>Rows exactly right (as a multiset) and, per expected row, the fields of its closest unused found row.</summary>
    public static (int Exact, int Cells) CompareRows(IReadOnlyList<string> expected, IReadOnlyList<string> found)
    {
        var unused = found.ToList();
        int exact = 0;
        foreach (var row in expected)
            if (unused.Remove(row)) exact++;
        // Exact rows take their own match first; a greedy pass in print order could otherwise give an exact row's
        // match to an earlier near-miss (a group row with empty cells scores well against any row of its group).
        var pool = found.Select(f => f.Split('|')).ToList();
        int cells = 0;
        var rest = new List<string>();
        foreach (var row in expected)
        {
            int same = pool.FindIndex(p => string.Join('|', p) == row);
            if (same < 0) { rest.Add(row); continue; }
            cells += row.Split('|').Length;
            pool.RemoveAt(same);
        }
        foreach (var row in rest)
        {
            var e = row.Split('|');
            int best = -1, bestScore = -1;
            for (int i = 0; i < pool.Count; i++)
            {
                int score = e.Zip(pool[i], (x, y) => x == y).Count(ok => ok);
                if (score > bestScore) (best, bestScore) = (i, score);
            }
            if (best < 0) continue;
            cells += bestScore;
            pool.RemoveAt(best);
        }
        return (exact, cells);
    }

    /// <summary>The rows of <paramref name="rows"/> left after taking out each row of <paramref name="other"/> once.</summary>
    private static List<string> Without(IReadOnlyList<string> rows, IReadOnlyList<string> other)
    {
        var left = rows.ToList();
        foreach (var r in other) left.Remove(r);
        return left;
    }

    private static string? Actual(PlanMetadata m, string field) => field switch
    {
        "title" => m.Title,
        "region" => m.Region,
        "parent" => m.ParentRegion,
        "level" => m.Level,
        "kind" => m.Kind,
        "period" => m.PeriodStart is null ? null : $"{m.PeriodStart}-{m.PeriodEnd}",
        _ => throw new FormatException($"unknown metadata field '{field}' in an expected file"),
    };

    /// <summary>Equal after compacting; a region may also carry its parent's name in front (重庆市万州区 for 万州区).</summary>
    private static bool Same(string field, string expected, string? actual, string? parent)
    {
        if (expected == CorpusManifest.None) return actual is null;
        if (actual is null) return false;
        var a = CjkText.Compact(actual);
        return a == CjkText.Compact(expected) || field == "region" && parent is not null && a == parent + expected;
    }
}
