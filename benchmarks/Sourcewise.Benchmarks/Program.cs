using System.Globalization;
using System.Text;
using BenchmarkDotNet.Running;
using Sourcewise.Benchmarks;
using Sourcewise.Benchmarks.Portfolio;

// Run with: dotnet run -c Release --project benchmarks/Sourcewise.Benchmarks -- --filter '*'
// Whole-run timing of the cost engine: ... -- cost-timing [trials] [threads]; band error: ... -- cost-band-error [trials]
// Make a synthetic portfolio: dotnet run -c Release --project benchmarks/Sourcewise.Benchmarks -- generate-portfolio 100000 /tmp/p100k.csv
// Split one core's CPU time between reading, assessing and writing JSON:
// dotnet run -c Release --project benchmarks/Sourcewise.Benchmarks -- profile-portfolio /tmp/p100k.csv
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
    case "generate-portfolio" when args.Length == 3:
        using (var writer = new StreamWriter(args[2], false, new UTF8Encoding(false), 1 << 16))
        {
            PortfolioGenerator.Write(writer, int.Parse(args[1], CultureInfo.InvariantCulture));
        }

        Console.WriteLine($"wrote {args[1]} workstreams to {args[2]}");
        break;
    case "profile-portfolio" when args.Length == 2:
        StageProfiler.Run(args[1], Console.Out);
        break;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        break;
}
