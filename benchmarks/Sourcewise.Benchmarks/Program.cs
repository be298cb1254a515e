using BenchmarkDotNet.Running;

// Run with: dotnet run -c Release --project benchmarks/Sourcewise.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
