using BenchmarkDotNet.Attributes;
using Lantu.Application.Samples;
using Lantu.Core;
using Lantu.Core.Reading;
using Lantu.Storage;

namespace Lantu.Bench;

/// <summary>
/// Ingest throughput on the bundled sample corpus (about 0.9 MB of text in five plans):
/// decoding and structuring alone, and the whole ingest into a fresh SQLite database.
/// MB/s = corpus bytes / mean time.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 2, iterationCount: 8)]
public class IngestBenchmarks
{
    private List<(byte[] Bytes, string Name, PlanOverrides Overrides)> _corpus = new();
    private string _dir = "";

    [GlobalSetup]
    public void Setup()
    {
        _corpus = SampleCorpus.Entries().Select(e => (File.ReadAllBytes(e.File), Path.GetFileName(e.File), e.Overrides)).ToList();
        _dir = Directory.CreateTempSubdirectory("lantu-bench-").FullName;
        Console.WriteLine($"// corpus: {_corpus.Count} documents, {_corpus.Sum(c => c.Bytes.Length)} bytes");
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_dir, true);

    [Benchmark(Description = "read + structure (5 plans)")]
    public int Parse()
    {
        int nodes = 0;
        foreach (var (bytes, name, _) in _corpus)
            nodes += PlanParser.Parse(DocumentReader.Read(bytes, name)).AllNodes().Count();
        return nodes;
    }

    [Benchmark(Description = "ingest into fresh SQLite (5 plans)")]
    public long Ingest()
    {
        var db = LantuDatabase.Open(Path.Combine(_dir, Guid.NewGuid() + ".db"));
        var ingestor = new PlanIngestor(db);
        long last = 0;
        foreach (var (bytes, name, overrides) in _corpus) last = ingestor.IngestBytes(bytes, name, overrides).VersionId;
        return last;
    }
}
