using System.Text;
using Lantu.Application.Exchange;
using Lantu.Application.Monitoring;
using Lantu.Storage;
using Lantu.Storage.Monitoring;

namespace Lantu.Tests.Monitoring;

/// <summary>Quarter columns in an import (2024Q1, 2024年第2季度) are stored as quarters, beside the annual values,
/// and one period filled twice in a file is refused.</summary>
public class QuarterImportTests
{
    [Fact]
    public void Quarter_columns_are_stored_as_quarters_and_a_period_given_twice_is_refused()
    {
        Assert.Equal((2024, 1), TemplateFile.Period("2024Q1"));
        Assert.Equal((2024, 2), TemplateFile.Period("2024年第2季度"));
        Assert.Equal((2024, 3), TemplateFile.Period("2024年3季度"));
        Assert.Equal((2023, 0), TemplateFile.Period("2023年"));
        Assert.Null(TemplateFile.Period("2024Q5"));
        Assert.Null(TemplateFile.Period("来源"));

        using var database = TestDatabase.WithSamples();
        var db = database.Db;
        var plan = new PlanReader(db).Resolve("福州");
        var gdp = new IndicatorReader(db).Resolve(plan.VersionId, "地区生产总值 (GDP)");
        var csv = $"指标编号,2023,2024Q1,2024年第2季度,来源\n{gdp.Id},1.2928,0.3211,0.6633,统计月报\n";
        var result = TestServices.Get<ObservationImport>(db).Import(plan.Id, plan.VersionId, Encoding.UTF8.GetBytes(csv), "q.csv", "统计局");
        Assert.Equal(3, result.Values);
        var history = new ObservationStore(db).History(plan.Id, gdp.Key);
        Assert.Equal([(2023, 0, 1.2928), (2024, 1, 0.3211), (2024, 2, 0.6633)], history.Select(h => (h.Year, h.Quarter, h.Value)));
        Assert.False(new ObservationStore(db).CurrentAnnual(plan.Id)[gdp.Key].ContainsKey(2024)); // quarters are not annual values
        var row = TestServices.Get<ProgressService>(db).Rows(plan.Id, 2024).Single(r => r.Indicator == gdp.Id);
        Assert.Equal(("2024Q2", 0.6633, "not_assessable"), (row.LatestQuarter, row.QuarterValue!.Value, row.Status));

        var twice = $"指标编号,2022,来源\n{gdp.Id},1.2308,公报\n{gdp.Id},1.25,公报\n";
        var rejected = Assert.Throws<ImportRejectedException>(() =>
            TestServices.Get<ObservationImport>(db).Import(plan.Id, plan.VersionId, Encoding.UTF8.GetBytes(twice), "twice.csv", "统计局"));
        Assert.Equal("第3行 2022列：指标编号 42 的这一期已在第2行填写，同一期只能填一个值", Assert.Single(rejected.Problems).ToString().Replace(gdp.Id.ToString(), "42"));
    }
}
