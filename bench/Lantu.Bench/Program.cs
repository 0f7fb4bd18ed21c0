using BenchmarkDotNet.Running;

// Run: dotnet run -c Release --project bench/Lantu.Bench -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Lantu.Bench.IngestBenchmarks).Assembly).Run(args);
