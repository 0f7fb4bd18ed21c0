using System.Text.RegularExpressions;
using Lantu.Core.Indicators;
using Lantu.Core.Model;
using Lantu.Core.Normalization;
using Xunit.Abstractions;

namespace Lantu.Tests.Indicators;

/// <summary>
/// The figures of docs/ACCURACY.md: per plan, rows expected vs rows extracted vs rows exactly right (all eleven
/// fields equal), and cells right. Run with --logger "console;verbosity=detailed" to see the table.
/// </summary>
public class AccuracyTests(ITestOutputHelper output)
{
    [Fact]
    public void SamplePlansAreExtractedExactly()
    {
        int totalExpected = 0, totalExtracted = 0, totalExact = 0, totalCells = 0, totalCellsRight = 0;
        output.WriteLine("plan | tables | rows expected | rows extracted | rows exactly right | cells right");
        foreach (var plan in ExpectedRows.All.Keys.Select(k => k.Plan).Distinct().OrderBy(p => p))
        {
            var tables = SamplePlans.Tables(plan);
            int expected = 0, extracted = tables.Sum(t => t.Rows.Count), exact = 0, cells = 0, cellsRight = 0;
            foreach (var ((p, line), rows) in ExpectedRows.All.Where(e => e.Key.Plan == plan))
            {
                expected += rows.Length;
                var table = tables.SingleOrDefault(t => t.Region.TitleLine == line);
                var actual = table?.Rows.Select(r => r.ToString()).ToList() ?? new List<string>();
                for (int i = 0; i < rows.Length; i++)
                {
                    var e = rows[i].Split('|');
                    var a = i < actual.Count ? actual[i].Split('|') : new string[e.Length];
                    cells += e.Length;
                    cellsRight += e.Zip(a, (x, y) => x == y).Count(ok => ok);
                    if (i < actual.Count && actual[i] == rows[i]) exact++;
                }
            }
            output.WriteLine($"{plan} | {tables.Count} | {expected} | {extracted} | {exact} | {cellsRight}/{cells}");
            totalExpected += expected; totalExtracted += extracted; totalExact += exact; totalCells += cells; totalCellsRight += cellsRight;
        }
        output.WriteLine($"all | | {totalExpected} | {totalExtracted} | {totalExact} | {totalCellsRight}/{totalCells}");
        Assert.Equal(243, totalExpected);
        Assert.Equal(totalExpected, totalExtracted);
        Assert.Equal(totalExpected, totalExact);
    }

    /// <summary>A shape the parser was not tuned on: the Fuzhou plan's tab-separated tables re-rendered with
    /// spaces (as a PDF extraction would print them), read by the flat reader and compared with the same
    /// hand-checked rows. Empty cells vanish in such text, so some rows are ambiguous by nature.</summary>
    [Fact]
    public void FuzhouTablesFlattenedToSpaces()
    {
        var source = SamplePlans.Load("002").Doc.Source;
        var lines = source.Lines.Select(l => Regex.Replace(l, "\t+", " ")).ToList();
        var doc = Normalizer.Normalize(new SourceDocument(source.FileName, source.Format, source.Encoding, lines));
        var tables = IndicatorExtractor.ExtractTables(doc);
        Assert.All(tables, t => Assert.Equal(TableShape.Flat, t.Region.Shape));
        int expected = 0, exact = 0, cells = 0, cellsRight = 0;
        foreach (var ((plan, line), rows) in ExpectedRows.All.Where(e => e.Key.Plan == "002"))
        {
            var actual = tables.Single(t => t.Region.TitleLine == line).Rows.Select(r => r.ToString()).ToList();
            expected += rows.Length;
            foreach (var row in rows)
            {
                var e = row.Split('|');
                var best = actual.Select(a => a.Split('|')).Where(a => a.Length == e.Length && a[1] == e[1] && a[2] == e[2]).FirstOrDefault();
                cells += e.Length;
                if (best is not null) cellsRight += e.Zip(best, (x, y) => x == y).Count(ok => ok);
                if (actual.Contains(row)) exact++;
            }
        }
        output.WriteLine($"002 flattened | rows expected {expected} | exactly right {exact} | cells right {cellsRight}/{cells}");
        Assert.Equal(65, expected);
        Assert.True(exact >= 51, $"only {exact} rows exactly right");
    }
}
