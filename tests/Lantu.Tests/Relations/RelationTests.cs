using Dapper;
using Lantu.Storage;
using Lantu.Storage.Relations;
using Lantu.Tests.Storage;

namespace Lantu.Tests.Relations;

public class RelationTests
{
    private static (PlanRelations Relations, PlanReader Reader) Open(TestStore store) => (new PlanRelations(store.Db), new PlanReader(store.Db));

    [Fact]
    public void The_special_plan_is_placed_under_the_city_plan_it_names_as_its_basis()
    {
        using var database = TestDatabase.WithSamples();
        var (relations, reader) = Open(database);
        var (city, special) = (reader.Resolve("厦门市国民经济").Id, reader.Resolve("数字厦门").Id);
        var r = relations.All(special).Single(r => r.Relation == "parent" && r.Parent == city);
        Assert.Equal("suggested", r.Status);
        Assert.Contains("为依据", r.Reason);
        Assert.True(r.Confidence >= 0.9);
    }

    [Fact]
    public void District_and_zone_plans_name_their_city_even_when_its_plan_is_not_in_the_catalogue()
    {
        using var database = TestDatabase.WithSamples();
        var (relations, reader) = Open(database);
        foreach (var name in new[] { "鲤城", "台商投资区" })
        {
            var id = reader.Resolve(name).Id;
            var up = relations.All(id).Single(r => r.Relation == "parent" && r.Child == id);
            Assert.Null(up.Parent);
            Assert.Equal("泉州市", up.ParentRegion);
        }
    }

    [Fact]
    public void Cities_of_one_province_are_peers()
    {
        using var database = TestDatabase.WithSamples();
        var (relations, reader) = Open(database);
        var (xiamen, fuzhou) = (reader.Resolve("厦门市国民经济").Id, reader.Resolve("福州").Id);
        var peer = relations.All(xiamen).Single(r => r.Relation == "peer");
        Assert.Equal((xiamen, fuzhou), (peer.Child, peer.Parent!.Value));
        Assert.Contains("福建省", peer.Reason);
    }

    [Fact]
    public void A_planner_confirms_or_rejects_and_the_decision_wins()
    {
        using var database = TestDatabase.WithSamples();
        var (relations, reader) = Open(database);
        var (city, special, fuzhou) = (reader.Resolve("厦门市国民经济").Id, reader.Resolve("数字厦门").Id, reader.Resolve("福州").Id);
        relations.Decide(special, city, confirm: true);
        relations.Decide(special, fuzhou, confirm: false, reason: "不同城市");
        var all = relations.All(special).Where(r => r.Relation == "parent").ToList();
        Assert.Equal("confirmed", all.Single(r => r.Parent == city).Status);
        Assert.Equal(("rejected", "不同城市"), (all.Single(r => r.Parent == fuzhou).Status, all.Single(r => r.Parent == fuzhou).Reason));
        Assert.Throws<ArgumentException>(() => relations.Decide(city, city, true));
    }

    [Fact]
    public void Decisions_are_listed_in_the_order_they_were_made_even_after_the_table_is_vacuumed()
    {
        using var database = TestDatabase.WithSamples();
        var (relations, reader) = Open(database);
        var special = reader.Resolve("数字厦门").Id;
        var (city, fuzhou, licheng) = (reader.Resolve("厦门市国民经济").Id, reader.Resolve("福州").Id, reader.Resolve("鲤城").Id);
        relations.Decide(special, fuzhou, confirm: false, reason: "初判");
        relations.Decide(special, city, confirm: true);
        relations.Decide(special, fuzhou, confirm: false, reason: "不同城市"); // a new decision replaces the first
        // PostgreSQL reuses the freed row slot after VACUUM: a scan without ORDER BY would return the next row first.
        using (var c = database.Db.Connect()) c.Execute("VACUUM");
        relations.Decide(special, licheng, confirm: false, reason: "不同区域");
        var decided = relations.All(special).Where(r => r.Child == special && r.Status != "suggested").Select(r => r.Parent).ToList();
        Assert.Equal([city, fuzhou, licheng], decided);
    }
}
