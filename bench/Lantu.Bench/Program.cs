using BenchmarkDotNet.Running;

// Warm ingest of the five samples, stage by stage: dotnet run -c Release --project bench/Lantu.Bench -- ingest [--runs N]
// BenchmarkDotNet suites:                          dotnet run -c Release --project bench/Lantu.Bench -- --filter '*'
// Parse and indicator CPU time against document size:  dotnet run -c Release --project bench/Lantu.Bench -- scaling
if (args is ["ingest", ..]) return Lantu.Bench.WarmIngest.Run(args);
if (args is ["scaling", ..]) return Lantu.Bench.ParseScaling.Run(args);
BenchmarkSwitcher.FromAssembly(typeof(Lantu.Bench.IngestBenchmarks).Assembly).Run(args);
return 0;
