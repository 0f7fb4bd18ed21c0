namespace Lantu.Tests.Fixtures;

/// <summary>Paths of the fixture documents under tests/Lantu.Tests/Fixtures, for tests in any folder (the PostgreSQL
/// twin project compiles only some folders).</summary>
public static class FixtureFiles
{
    /// <summary>Sample 000's opening and 专栏2 as a GBK page of a government site, with its chrome.</summary>
    public static string XiamenGbkPage => Path.Combine(Samples.RepoRoot, "tests", "Lantu.Tests", "Fixtures", "html", "xiamen-14th-gbk.html");
}
