using BenchmarkDotNet.Running;

// Warm ingest of the five samples, stage by stage: dotnet run -c Release --project bench/Lantu.Bench -- ingest [--runs N]
// BenchmarkDotNet suites:                          dotnet run -c Release --project bench/Lantu.Bench -- --filter '*'
if (args is ["ingest", ..]) return Lantu.Bench.WarmIngest.Run(args);
BenchmarkSwitcher.FromAssembly(typeof(Lantu.Bench.IngestBenchmarks).Assembly).Run(args);
return 0;
