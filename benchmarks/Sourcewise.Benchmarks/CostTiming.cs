using System.Diagnostics;
using Sourcewise.CostModel;

namespace Sourcewise.Benchmarks;

/// <summary>Whole-run timing and band-error measurement without BenchmarkDotNet:
/// <c>dotnet run -c Release --project benchmarks/Sourcewise.Benchmarks -- cost-timing [trials] [threads]</c>.</summary>
internal static class CostTiming
{
    public static void Run(string[] args)
    {
        var trials = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000;
        int? threads = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : null;
        var scenario = MonteCarloBenchmarks.Scenario();
        var simulator = new CostSimulator();
        simulator.Simulate(scenario, new CostSimulationOptions { Trials = 20_000, Seed = 1 }); // warm-up (JIT)
        GC.Collect();
        var before = GC.GetTotalAllocatedBytes(true);
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        var result = simulator.Simulate(scenario,
            new CostSimulationOptions { Trials = trials, Seed = 42, MaxDegreeOfParallelism = threads });
        sw.Stop();
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        var allocated = GC.GetTotalAllocatedBytes(true) - before;
        Console.WriteLine($"{trials:N0} trials, 36 months, 4 options, drivers {result.DriverTrials:N0} trials each, " +
            $"threads {threads?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "all"} ({Environment.ProcessorCount} cores): " +
            $"{sw.Elapsed.TotalSeconds:F2} s wall, {cpu:F2} s CPU, load average {LoadAverage()}, allocated {allocated / 1048576.0:F1} MiB, peak working set {Environment.WorkingSet / 1048576.0:F0} MiB");
        foreach (var o in result.Options)
        {
            Console.WriteLine($"  {o.Id,-20} p10 {o.P10,12:N0} p50 {o.P50,12:N0} p90 {o.P90,12:N0} mean {o.Mean,12:N0} cheapest {o.ProbabilityCheapest:P1}");
        }

        cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        sw.Restart();
        simulator.Simulate(scenario, new CostSimulationOptions { Trials = trials, Seed = 42, MaxDegreeOfParallelism = threads, DriverTrials = 0 });
        cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        Console.WriteLine($"  without drivers: {sw.Elapsed.TotalSeconds:F2} s wall, {cpu:F2} s CPU");
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

    /// <summary>Largest error of the streaming monthly bands against exact percentiles, relative to the exact p50 of
    /// that month: <c>-- cost-band-error [trials]</c>.</summary>
    public static void BandError(string[] args)
    {
        var trials = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 200_000;
        var scenario = MonteCarloBenchmarks.Scenario();
        var result = new CostSimulator().Simulate(scenario, new CostSimulationOptions { Trials = trials, Seed = 7, DriverTrials = 0 });
        var exact = CostSimulator.ExactMonthlyPercentiles(scenario, trials, 7);
        for (var o = 0; o < result.Options.Count; o++)
        {
            double worst = 0, worstAbs = 0;
            foreach (var band in result.Options[o].Monthly)
            {
                var e = exact[o][band.Month - 1];
                var err = new[] { band.P10 - e[0], band.P50 - e[1], band.P90 - e[2] }.Max(Math.Abs);
                worstAbs = Math.Max(worstAbs, err);
                worst = Math.Max(worst, err / e[1]);
            }

            Console.WriteLine($"{result.Options[o].Id,-20} max |band - exact| = {worstAbs:N2} ({worst:P4} of that month's p50), {trials:N0} trials");
        }
    }
}

internal static class CostTimingPerOption
{
    public static void Run()
    {
        var s = MonteCarloBenchmarks.Scenario();
        var sim = new CostSimulator();
        foreach (var kind in s.Kinds)
        {
            var single = CostScenario.Create(36, staffAugmentation: kind == CostOptionKind.StaffAugmentation ? s.StaffAugmentation : null,
                projectOutsourcing: kind == CostOptionKind.ProjectOutsourcing ? s.ProjectOutsourcing : null,
                managedServices: kind == CostOptionKind.ManagedServices ? s.ManagedServices : null,
                inHouse: kind == CostOptionKind.InHouse ? s.InHouse : null).GetValueOrThrow();
            sim.Simulate(single, new CostSimulationOptions { Trials = 10000, Seed = 1, DriverTrials = 0 });
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            sim.Simulate(single, new CostSimulationOptions { Trials = 1_000_000, Seed = 1, DriverTrials = 0, MaxDegreeOfParallelism = 1 });
            Console.WriteLine($"{kind}: {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:F2} s CPU, one thread, 1,000,000 trials");
        }
    }
}
