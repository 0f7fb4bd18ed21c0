using System.Security.Cryptography;
using System.Text;
using Lantu.Storage.Bench;

namespace Lantu.Tests.Storage;

/// <summary>The benchmark's generator: distinct, plausible documents, reproducible per seed.</summary>
public class SyntheticPlansTests
{
    [Fact]
    public void Generated_plans_are_distinct_renamed_and_reproducible()
    {
        var docs = SyntheticPlans.Generate(12).ToList();
        Assert.Equal(12, docs.Select(d => Convert.ToHexString(SHA256.HashData(d.Bytes))).Distinct().Count());
        var xiamenLike = Encoding.UTF8.GetString(docs[0].Bytes);
        Assert.DoesNotContain("厦门", xiamenLike);
        Assert.Contains("漳州市", xiamenLike);
        var zone = docs[1];
        Assert.Equal("莆田经济技术开发区", zone.Overrides.Region);
        Assert.StartsWith("莆田经济技术开发区", zone.Overrides.Title);
        Assert.Contains("2035", xiamenLike); // years are kept
        Assert.Equal(docs.Select(d => d.Bytes), SyntheticPlans.Generate(12).Select(d => d.Bytes));
        Assert.NotEqual(docs[0].Bytes, SyntheticPlans.Generate(1, seed: 2).Single().Bytes);
    }
}
