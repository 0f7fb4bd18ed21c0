using Dapper;
using Lantu.Storage.Accounts;

namespace Lantu.Tests.Security;

public class DepartmentOrderTests
{
    [Fact]
    public void Departments_are_listed_in_the_same_order_whatever_the_servers_collation()
    {
        using var database = TestDatabase.Fresh();
        var accounts = new AccountStore(database.Db);
        if (TestDatabase.OnPostgres)
            using (var c = database.Db.Connect()) // a server set up for Chinese sorts text by pinyin, as this column now does
                c.Execute("""ALTER TABLE departments ALTER COLUMN name TYPE TEXT COLLATE "zh-Hans-x-icu" """);
        var admin = new Actor("admin", Roles.Admin, null, "127.0.0.1");
        foreach (var d in new[] { "市财政局", "市教育局", "市发展改革委", "Z办", "A办" }) accounts.AddDepartment(admin, d);
        // Code point order, as SQLite gives it: Latin first, then 发 (U+53D1) < 教 (U+6559) < 财 (U+8D22).
        Assert.Equal(["A办", "Z办", "市发展改革委", "市教育局", "市财政局"], accounts.Departments());
    }
}
