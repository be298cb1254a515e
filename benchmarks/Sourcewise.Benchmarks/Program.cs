using BenchmarkDotNet.Running;
using Sourcewise.Benchmarks;

// Run with: dotnet run -c Release --project benchmarks/Sourcewise.Benchmarks -- --filter '*'
// Whole-run timing of the cost engine: ... -- cost-timing [trials] [threads]; band error: ... -- cost-band-error [trials]
switch (args.FirstOrDefault())
{
    case "cost-timing":
        CostTiming.Run(args);
        break;
    case "cost-per-option":
        CostTimingPerOption.Run();
        break;
    case "cost-band-error":
        CostTiming.BandError(args);
        break;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        break;
}
