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
}
