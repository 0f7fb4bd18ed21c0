using Lantu.Storage;
using Npgsql;

namespace Lantu.Tests.Storage;

/// <summary>--db / LANTU_DB: the connection string chooses the store.</summary>
public class ConnectionStringTests
{
    [Theory]
    [InlineData("lantu.db")]
    [InlineData("/var/lib/lantu/plans.db")]
    [InlineData("Data Source=lantu.db")]
    [InlineData("C:\\data\\lantu.db")]
    public void Paths_and_data_source_strings_are_sqlite(string location)
    {
        var (dialect, cs) = ConnectionStrings.Resolve(location);
        Assert.Equal(Dialect.Sqlite, dialect);
        Assert.Contains("Foreign Keys=True", cs);
    }

    [Fact]
    public void A_postgres_url_becomes_an_npgsql_connection_string()
    {
        var (dialect, cs) = ConnectionStrings.Resolve("postgres://planner:p%40ss%3Aword@db.example:6543/lantu?sslmode=require&search_path=fj");
        Assert.Equal(Dialect.Postgres, dialect);
        var b = new NpgsqlConnectionStringBuilder(cs);
        Assert.Equal(("db.example", 6543, "lantu", "planner", "p@ss:word"), (b.Host, b.Port, b.Database, b.Username, b.Password));
        Assert.Equal(SslMode.Require, b.SslMode);
        Assert.Equal("fj", b.SearchPath);
        Assert.Equal(Dialect.Postgres, ConnectionStrings.Resolve("postgresql://localhost/lantu").Dialect);
        Assert.Equal(5432, new NpgsqlConnectionStringBuilder(ConnectionStrings.Resolve("postgresql://localhost/lantu").ConnectionString).Port);
    }

    [Fact]
    public void Keyword_strings_with_host_are_postgres_and_descriptions_hide_the_password()
    {
        var location = "Host=127.0.0.1;Port=54329;Username=lantu;Password=secret;Database=plans";
        Assert.Equal(Dialect.Postgres, ConnectionStrings.Resolve(location).Dialect);
        var described = ConnectionStrings.Describe(location);
        Assert.Equal("postgres://lantu@127.0.0.1:54329/plans", described);
        Assert.DoesNotContain("secret", ConnectionStrings.Describe("postgres://u:secret@h/db"));
    }

    [Fact]
    public void An_unknown_url_parameter_is_refused_with_a_message()
    {
        var e = Assert.Throws<ArgumentException>(() => ConnectionStrings.Resolve("postgres://h/db?frobnicate=1"));
        Assert.Contains("frobnicate", e.Message);
    }
}
