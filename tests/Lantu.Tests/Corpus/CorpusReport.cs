using System.Text;

namespace Lantu.Tests.Corpus;

/// <summary>The corpus figures as a Markdown table, per document and in total, ready for docs/ACCURACY.md.</summary>
public static class CorpusReport
{
    public static string Table(IReadOnlyList<CorpusScore> scores)
    {
        var sb = new StringBuilder();
        sb.AppendLine("| document | shape | rows expected | rows found | exactly right | recall | precision | cells right | metadata right |");
        sb.AppendLine("|---|---|--:|--:|--:|--:|--:|--:|--:|");
        foreach (var s in scores)
            sb.AppendLine($"| {s.Document.File} | {s.Document.Shape} | {s.RowsExpected} | {s.RowsFound} | {s.RowsExact} | {s.Recall} | {s.Precision} | {s.CellsRight}/{s.CellsTotal} | {s.MetadataRight}/{s.MetadataScored} |");
        int expected = scores.Sum(s => s.RowsExpected), found = scores.Sum(s => s.RowsFound), exact = scores.Sum(s => s.RowsExact);
        sb.AppendLine($"| **all ({scores.Count} documents)** | | {expected} | {found} | {exact} | {Percent(exact, expected)} | {Percent(exact, found)} | " +
                      $"{scores.Sum(s => s.CellsRight)}/{scores.Sum(s => s.CellsTotal)} | {scores.Sum(s => s.MetadataRight)}/{scores.Sum(s => s.MetadataScored)} |");
        return sb.ToString();
    }

    private static string Percent(int part, int whole) => whole == 0 ? "—" : $"{100.0 * part / whole:0}%";
}
