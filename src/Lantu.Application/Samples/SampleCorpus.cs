using System.Text.Json;
using Lantu.Core.Model;
using Lantu.Storage;

namespace Lantu.Application.Samples;

/// <summary>
/// The bundled sample plans (samples/plans, copied next to the binaries) and their manifest, which supplies
/// what a document does not print about itself (001 has no title line).
/// </summary>
public static class SampleCorpus
{
    public sealed record Entry(string File, string? Title, string? Region, string? Level, string? Kind)
    {
        public PlanOverrides Overrides => new(Title, Region, Level, Kind);
    }

    /// <summary>samples/plans next to the running binaries, else found walking up from the working directory.</summary>
    public static string Directory
    {
        get
        {
            foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
                for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                {
                    var candidate = Path.Combine(dir.FullName, "samples", "plans");
                    if (File.Exists(Path.Combine(candidate, "manifest.json"))) return candidate;
                }
            throw new DirectoryNotFoundException("找不到内置样例规划目录 samples/plans (bundled sample plans not found)");
        }
    }

    public static IReadOnlyList<Entry> Entries()
    {
        var dir = Directory;
        var entries = JsonSerializer.Deserialize<List<Entry>>(File.ReadAllText(Path.Combine(dir, "manifest.json")), LantuJson.Options)!;
        return entries.Select(e => e with { File = Path.Combine(dir, e.File) }).ToList();
    }
}
