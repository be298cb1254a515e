using System.Globalization;
using System.Text;
using BenchmarkDotNet.Running;
using Sourcewise.Benchmarks.Portfolio;

// Run with: dotnet run -c Release --project benchmarks/Sourcewise.Benchmarks -- --filter '*'
// Make a synthetic portfolio: dotnet run -c Release --project benchmarks/Sourcewise.Benchmarks -- generate-portfolio 100000 /tmp/p100k.csv
if (args is ["generate-portfolio", var count, var path])
{
    using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
    PortfolioGenerator.Write(writer, int.Parse(count, CultureInfo.InvariantCulture));
    Console.WriteLine($"wrote {count} workstreams to {path}");
    return;
}

// Split one core's CPU time between reading, assessing and writing JSON:
// dotnet run -c Release --project benchmarks/Sourcewise.Benchmarks -- profile-portfolio /tmp/p100k.csv
if (args is ["profile-portfolio", var file])
{
    StageProfiler.Run(file, Console.Out);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(PortfolioGenerator).Assembly).Run(args);
