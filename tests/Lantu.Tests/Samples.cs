using Lantu.Core;
using Lantu.Core.Model;

namespace Lantu.Tests;

/// <summary>The bundled sample plans, found from the test binaries, parsed once per test run.</summary>
public static class Samples
{
    public static string RepoRoot { get; } = FindRoot();

    /// <summary>Where tests leave files for people to look at (screenshots, figures): test-output/, and
    /// test-output/postgres/ for the PostgreSQL run, which runs at the same time.</summary>
    public static string Output { get; } = Directory.CreateDirectory(TestDatabase.OnPostgres
        ? Path.Combine(RepoRoot, "test-output", "postgres") : Path.Combine(RepoRoot, "test-output")).FullName;

    public static string PlansDir => Path.Combine(RepoRoot, "samples", "plans");

    public static string Path000 => File("000");
    public static string Path001 => File("001");
    public static string Path002 => File("002");
    public static string Path003 => File("003");
    public static string Path004 => File("004");

    public static string File(string prefix) => Directory.GetFiles(PlansDir, prefix + "_*.txt").Single();

    private static readonly Dictionary<string, StructuredPlan> Cache = new();

    public static StructuredPlan Parsed(string prefix)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(prefix, out var plan)) Cache[prefix] = plan = PlanParser.ParseFile(File(prefix));
            return plan;
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "Lantu.slnx"))) return dir.FullName;
        throw new DirectoryNotFoundException("repository root (Lantu.slnx) not found");
    }

    /// <summary>A scratch directory removed when disposed.</summary>
    public sealed class TempDir : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("lantu-test-").FullName;
        public string File(string name) => System.IO.Path.Combine(Path, name);
        public void Dispose() { try { Directory.Delete(Path, true); } catch (IOException) { } }
    }
}
