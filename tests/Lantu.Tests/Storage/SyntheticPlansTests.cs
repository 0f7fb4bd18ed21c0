using System.Security.Cryptography;
using System.Text;
using Dapper;
using Lantu.Application.Samples;
using Lantu.Core.Model;
using Lantu.Core.Regions;
using Lantu.Core.Structure;
using Lantu.Storage;

namespace Lantu.Tests.Storage;

/// <summary>The benchmark's generator: distinct, plausible plans, reproducible per seed.</summary>
public class SyntheticPlansTests
{
    [Fact]
    public void Ten_thousand_names_are_ten_thousand_different_plans_of_the_right_level()
    {
        Assert.True(SyntheticPlans.Capacity >= 10_000, $"capacity {SyntheticPlans.Capacity}");
        var names = Enumerable.Range(0, 10_000).Select(SyntheticPlans.Name).ToList();
        Assert.Equal(10_000, names.Select(n => PlanWriter.IdentityKey(n.Title)).Distinct().Count());
        Assert.Equal(10_000 / 5 * 4, names.Select(n => n.Region).Distinct().Count()); // 数字X shares its city with X's master plan
        foreach (var n in names)
        {
            // What the writer will derive from the title given as an override.
            var meta = new PlanMetadata { Title = n.Title };
            MetadataDetector.ClassifyTitle(meta);
            Assert.Equal(n.Region, meta.Region);
            // A municipality (北京市, 上海市, …) among the cities plans at province level.
            Assert.Equal(n.Sample switch { "001" => "开发区", "003" => "县区", _ when Gazetteer.Provinces.Contains(n.Region) => "省", _ => "市" }, meta.Level);
            Assert.Equal(n.Sample == "004" ? "专项规划" : "总体规划", meta.Kind);
        }
        Assert.Throws<ArgumentOutOfRangeException>(() => SyntheticPlans.Name(SyntheticPlans.Capacity));
    }

    [Fact]
    public void Generated_documents_are_renamed_distinct_plans_and_reproducible()
    {
        var docs = SyntheticPlans.Generate(10).ToList();
        Assert.Equal(10, docs.Select(d => Convert.ToHexString(SHA256.HashData(d.Bytes))).Distinct().Count());
        var xiamenLike = Encoding.UTF8.GetString(docs[0].Bytes);
        Assert.DoesNotContain("厦门", xiamenLike);
        Assert.Contains(SyntheticPlans.Name(0).Region, xiamenLike);
        Assert.Contains("2035", xiamenLike); // years are kept
        Assert.DoesNotContain("福州", Encoding.UTF8.GetString(docs[2].Bytes));
        var district = Encoding.UTF8.GetString(docs[3].Bytes);
        Assert.DoesNotContain("鲤城", district);
        Assert.Contains(SyntheticPlans.Name(3).City + "市", district);
        Assert.Equal(docs.Select(d => d.Bytes), SyntheticPlans.Generate(10).Select(d => d.Bytes));
        Assert.NotEqual(docs[0].Bytes, SyntheticPlans.Generate(1, seed: 2).Single().Bytes);

        // Stored, each is a new plan under the generator's title and region, the district placed under its city.
        using var dir = new Samples.TempDir();
        var db = LantuDatabase.Open(dir.File("synthetic.db"));
        var ingestor = new PlanIngestor(db);
        var results = docs.Select(d => ingestor.IngestBytes(d.Bytes, d.FileName, d.Overrides)).ToList();
        Assert.All(results, r => Assert.Equal(IngestResult.Created, r.Outcome));
        var plans = new PlanReader(db).List();
        Assert.Equal(Enumerable.Range(0, 10).Select(i => SyntheticPlans.Name(i).Title).Order(), plans.Select(p => p.Title).Order());
        using var c = db.Connect();
        Assert.Equal(SyntheticPlans.Name(3).City + "市",
            c.ExecuteScalar<string>("SELECT parent_region FROM plan_versions WHERE id = @VersionId", new { results[3].VersionId }));
    }
}
