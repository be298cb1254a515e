using System.Globalization;
using System.Text;
using BenchmarkDotNet.Running;
using Sourcewise.Benchmarks;
using Sourcewise.Benchmarks.Portfolio;

// Run with: dotnet run -c Release --project benchmarks/Sourcewise.Benchmarks -- --filter '*'
// Whole-run helpers (before BenchmarkSwitcher):
//   generate-portfolio N FILE      a synthetic portfolio CSV of N workstreams
//   profile-portfolio FILE         one core's CPU time split between reading, assessing and writing JSON
//   profile-check FILE             a check run's time split between read, split, detect, judge and write
//   profile-detect FILE            the detector's time, and on one thread split between parties, reading and frames
//   profile-text FILE              reading and splitting a plain-text contract, stage by stage
//   read-split FILE [--serial|--serial-split] one cold read and split of a contract (wall and CPU time), as in a whole run
//   dump-text FILE...              every line and sentence of some contracts, for comparing two builds
//   cost-timing [trials] [threads] whole-run timing of the cost engine
//   cost-band-error [trials]       streaming monthly-band error against exact percentiles
//   cost-per-option                cost engine time per option
//   generate-decisions N FILE      N decisions with a year of actuals each, into a database made by `sourcewise decisions list --db FILE`
switch (args)
{
    case ["generate-decisions", var decisionCount, var decisionDb]:
        DecisionGenerator.Write(decisionDb, int.Parse(decisionCount, CultureInfo.InvariantCulture));
        break;
    case ["generate-portfolio", var count, var path]:
        using (var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16))
        {
            PortfolioGenerator.Write(writer, int.Parse(count, CultureInfo.InvariantCulture));
        }

        Console.WriteLine($"wrote {count} workstreams to {path}");
        break;
    case ["profile-portfolio", var file]:
        StageProfiler.Run(file, Console.Out);
        break;
    case ["profile-check", var file]:
        CheckStageProfiler.Run(file, Console.Out);
        break;
    case ["profile-detect", var file]:
        DetectProbe.Run(file, Console.Out);
        break;
    case ["profile-text", var file]:
        TextStageProfiler.Run(file, Console.Out);
        break;
    case ["read-split", var file]:
        TextStageProfiler.Cold(file, Console.Out);
        break;
    case ["read-split", var file, "--serial"]:
        TextStageProfiler.Cold(file, Console.Out, serial: true);
        break;
    case ["read-split", var file, "--serial-split"]:
        TextStageProfiler.Cold(file, Console.Out, serialSplit: true);
        break;
    case ["dump-text", .. var files]:
        TextDump.Run(files, Console.Out);
        break;
    case ["cost-timing", ..]:
        CostTiming.Run(args);
        break;
    case ["cost-per-option"]:
        CostTimingPerOption.Run();
        break;
    case ["cost-band-error", ..]:
        CostTiming.BandError(args);
        break;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(PortfolioGenerator).Assembly).Run(args);
        break;
}
