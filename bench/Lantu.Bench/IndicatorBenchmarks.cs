using BenchmarkDotNet.Attributes;
using Lantu.Application.Samples;
using Lantu.Core.Indicators;
using Lantu.Core.Normalization;
using Lantu.Core.Reading;
using Lantu.Storage;

namespace Lantu.Bench;

/// <summary>Indicator extraction alone (tables and prose targets) on the normalized sample corpus.</summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 2, iterationCount: 8)]
public class IndicatorBenchmarks
{
    private List<NormalizedDocument> _docs = new();

    [GlobalSetup]
    public void Setup() =>
        _docs = SampleCorpus.Entries().Select(e => Normalizer.Normalize(DocumentReader.ReadFile(e.File))).ToList();

    [Benchmark(Description = "extract indicators (5 plans)")]
    public int Extract() => _docs.Sum(d => IndicatorExtractor.Extract(d).Count);
}
