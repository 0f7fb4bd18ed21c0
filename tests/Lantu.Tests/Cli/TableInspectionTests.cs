using System.Text.Json;

namespace Lantu.Tests.Cli;

/// <summary>`lantu indicators PLAN --table LINE` shows one table as the parser read it: region, column roles, the
/// shape class that read it, its raw rows and the final rows.</summary>
public class TableInspectionTests
{
    [Fact]
    public void Licheng_main_indicator_table_side_by_side()
    {
        using var database = TestDatabase.Fresh();
        var db = database.Location;
        Assert.Equal(0, CliRunner.Lantu(db, "samples").ExitCode);

        var table = JsonDocument.Parse(CliRunner.Lantu(db, "indicators", "鲤城", "--table", "400", "--json").Stdout).RootElement;
        var region = table.GetProperty("region");
        Assert.Equal("专栏3“十四五”经济社会发展主要指标", region.GetProperty("title").GetString());
        Assert.Equal(398, region.GetProperty("title_line").GetInt32());
        Assert.Equal("CellPerLineShape", table.GetProperty("reader").GetString()); // the shape class that read it
        Assert.Equal(["category", "seq", "name", "base", "target", "growth", "attribute"],
            table.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("role").GetString()));
        var raw = table.GetProperty("raw_rows")[0];
        Assert.Equal(("地区生产总值（亿元）", 414), (raw.GetProperty("name").GetString(), raw.GetProperty("line_start").GetInt32()));
        // The final row: unit moved out of the name, the growth cell in its column.
        var row = table.GetProperty("rows")[0];
        Assert.Equal(("地区生产总值", "亿元", "年均增长不低于7%"),
            (row.GetProperty("name").GetString(), row.GetProperty("unit").GetString(), row.GetProperty("growth").GetString()));
    }

    [Fact]
    public void A_line_outside_every_table_is_refused_with_the_tables_it_knows()
    {
        using var database = TestDatabase.Fresh();
        var db = database.Location;
        Assert.Equal(0, CliRunner.Lantu(db, "samples").ExitCode);
        var run = CliRunner.Lantu(db, "indicators", "鲤城", "--table", "1");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("第 1 行不在任何指标表内", run.Stdout + run.Stderr);
        Assert.Contains("第398–631行", run.Stdout + run.Stderr);
    }
}
