using System.Globalization;
using Sourcewise.CostModel.Simulation;

namespace Sourcewise.CostModel;

/// <summary>The Monte Carlo cost engine: simulates every option of a scenario over its horizon and summarises the
/// totals (exact percentiles), the cumulative monthly bands (streaming histograms), the chance of being cheapest,
/// break-even months and one-at-a-time drivers.</summary>
/// <remarks>
/// <para>Reproducible: every trial of every option draws from its own generator seeded from (seed, option, stream,
/// trial index), so the result depends only on the scenario, the seed and the trial count, never on the number of
/// threads or how trials were scheduled. Trials run in fixed blocks of <see cref="BlockSize"/> in parallel; block
/// sums are added in block order and histograms merge by integer counts.</para>
/// <para>Memory: one <c>double</c> per trial per option (for exact total percentiles) plus fixed-size histograms;
/// monthly values are never stored per trial.</para>
/// </remarks>
/// <threadsafety>Stateless: one instance may run any number of simulations concurrently.</threadsafety>
public sealed class CostSimulator
{
    /// <summary>Trials per block (the unit of parallel work and of cancellation checks).</summary>
    public const int BlockSize = 4096;

    private const int PilotTrials = 2048;

    /// <summary>Runs the simulation.</summary>
    /// <param name="scenario">A validated scenario.</param>
    /// <param name="options">Trials, seed, progress and parallelism.</param>
    /// <param name="cancellationToken">Checked once per block.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Trials is outside 1–<see cref="CostSimulationOptions.MaxTrials"/>,
    /// or the driver trial count or the degree of parallelism is not positive.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public CostResult Simulate(CostScenario scenario, CostSimulationOptions options,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Trials, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Trials, CostSimulationOptions.MaxTrials, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(options.DriverTrials, nameof(options));
        if (options.MaxDegreeOfParallelism is { } dop)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(dop, 1, nameof(options));
        }

        var seed = options.Seed ?? Random.Shared.NextInt64(0, int.MaxValue);
        var parallel = new ParallelOptions
        {
            CancellationToken = cancellationToken,
            MaxDegreeOfParallelism = options.MaxDegreeOfParallelism ?? Environment.ProcessorCount,
        };
        var kinds = scenario.Kinds;
        var models = kinds.Select(k => OptionModel.Create(scenario, k, seed)).ToArray();
        var main = Run(models, scenario.HorizonMonths, options.Trials, parallel, options.Progress);

        var driverTrials = Math.Min(options.DriverTrials, options.Trials);
        var drivers = driverTrials > 0
            ? Drivers.Compute(scenario, seed, driverTrials, parallel)
            : kinds.Select(_ => (Baseline: double.NaN, Drivers: (IReadOnlyList<CostDriver>)[])).ToArray();

        var results = new CostOptionResult[kinds.Count];
        for (var o = 0; o < kinds.Count; o++)
        {
            var arithmetic = new double[scenario.HorizonMonths];
            models[o].Expected(arithmetic);
            Cumulate(arithmetic);
            var breakEven = new Dictionary<CostOptionKind, int?>();
            for (var other = 0; other < kinds.Count; other++)
            {
                if (other != o)
                {
                    breakEven[kinds[other]] = BreakEven(main.Bands[o], main.Bands[other]);
                }
            }

            results[o] = new CostOptionResult(kinds[o], main.P10[o], main.P50[o], main.P90[o], main.Mean[o],
                arithmetic[^1], main.Bands[o], arithmetic, main.Cheapest[o], breakEven, drivers[o].Drivers,
                drivers[o].Baseline);
        }

        options.Progress?.Report(1.0);
        return new CostResult(options.Trials, seed, scenario.HorizonMonths, scenario.Currency, scenario.Volatility,
            scenario.Name, results, driverTrials, BandHistograms.Bins);
    }

    /// <summary>The median total of one option over the first <paramref name="trials"/> trials (driver runs).</summary>
    internal static double MedianTotal(OptionModel model, int trials)
    {
        var monthly = new double[model.HorizonMonths];
        var totals = new double[trials];
        for (var t = 0; t < trials; t++)
        {
            model.Sample(t, monthly);
            totals[t] = Sum(monthly);
        }

        Array.Sort(totals);
        return Percentile(totals, 0.5);
    }

    /// <summary>Exact percentiles (p10, p50, p90) of cumulative cost per option and month, by storing every value;
    /// for measuring the streaming bands' error only (memory grows with trials × months).</summary>
    internal static double[][][] ExactMonthlyPercentiles(CostScenario scenario, int trials, long seed)
    {
        var h = scenario.HorizonMonths;
        return scenario.Kinds.Select(kind =>
        {
            var model = OptionModel.Create(scenario, kind, seed);
            var values = new double[h][];
            for (var m = 0; m < h; m++)
            {
                values[m] = new double[trials];
            }

            var monthly = new double[h];
            for (var t = 0; t < trials; t++)
            {
                model.Sample(t, monthly);
                double cumulative = 0;
                for (var m = 0; m < h; m++)
                {
                    cumulative += monthly[m];
                    values[m][t] = cumulative;
                }
            }

            return values.Select(v =>
            {
                Array.Sort(v);
                return new[] { Percentile(v, 0.1), Percentile(v, 0.5), Percentile(v, 0.9) };
            }).ToArray();
        }).ToArray();
    }

    /// <summary>Type-7 percentile (linear between order statistics) of sorted values.</summary>
    internal static double Percentile(double[] sorted, double q)
    {
        var rank = q * (sorted.Length - 1);
        var lo = (int)Math.Floor(rank);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        var value = sorted[lo] + (rank - lo) * (sorted[hi] - sorted[lo]);
        // Interpolating between two equal values must give that value exactly.
        return sorted[lo] == sorted[hi] ? sorted[lo] : value;
    }

    internal static string Label(double value, bool integer) => integer
        ? value.ToString("0", CultureInfo.InvariantCulture)
        : value.ToString("#,0.####", CultureInfo.InvariantCulture);

    private static double Sum(ReadOnlySpan<double> monthly)
    {
        double cumulative = 0;
        foreach (var v in monthly)
        {
            cumulative += v;
        }

        return cumulative;
    }

    private static void Cumulate(Span<double> values)
    {
        for (var m = 1; m < values.Length; m++)
        {
            values[m] += values[m - 1];
        }
    }

    private static int? BreakEven(IReadOnlyList<CostMonthBand> mine, IReadOnlyList<CostMonthBand> theirs)
    {
        int? month = null;
        for (var m = mine.Count - 1; m >= 0 && mine[m].P50 <= theirs[m].P50; m--)
        {
            month = m + 1;
        }

        return month;
    }

    private static MainRun Run(OptionModel[] models, int horizon, int trials, ParallelOptions parallel,
        IProgress<double>? progress)
    {
        var k = models.Length;
        var cells = k * horizon;

        // Pilot: the first trials fix the histogram ranges (the same trials are counted again in the main run).
        var pilotMin = new double[cells];
        var pilotMax = new double[cells];
        Array.Fill(pilotMin, double.PositiveInfinity);
        Array.Fill(pilotMax, double.NegativeInfinity);
        var monthly = new double[horizon];
        for (var t = 0; t < Math.Min(trials, PilotTrials); t++)
        {
            for (var o = 0; o < k; o++)
            {
                models[o].Sample(t, monthly);
                double cumulative = 0;
                for (var m = 0; m < horizon; m++)
                {
                    cumulative += monthly[m];
                    var cell = o * horizon + m;
                    pilotMin[cell] = Math.Min(pilotMin[cell], cumulative);
                    pilotMax[cell] = Math.Max(pilotMax[cell], cumulative);
                }
            }
        }

        var histograms = new BandHistograms(pilotMin, pilotMax);
        var merged = histograms.CreateAccumulator();
        var totals = new double[k][];
        for (var o = 0; o < k; o++)
        {
            totals[o] = new double[trials];
        }

        var blocks = (trials + BlockSize - 1) / BlockSize;
        var blockSums = new double[k, blocks];
        var cheapestTwelfths = new long[k];
        var done = 0;
        var gate = new object();
        Parallel.For(0, blocks, parallel,
            () => new Worker(histograms.CreateAccumulator(), horizon, k),
            (block, _, worker) =>
            {
                parallel.CancellationToken.ThrowIfCancellationRequested();
                worker.RunBlock(models, block, trials, totals, blockSums);
                if (progress is not null)
                {
                    progress.Report((double)Interlocked.Increment(ref done) / blocks);
                }

                return worker;
            },
            worker =>
            {
                lock (gate)
                {
                    merged.MergeFrom(worker.Accumulator);
                    for (var o = 0; o < k; o++)
                    {
                        cheapestTwelfths[o] += worker.CheapestTwelfths[o];
                    }
                }
            });

        var result = new MainRun(k);
        Parallel.For(0, k, parallel, o =>
        {
            double sum = 0;
            for (var b = 0; b < blocks; b++)
            {
                sum += blockSums[o, b];
            }

            result.Mean[o] = sum / trials;
            (result.P10[o], result.P50[o], result.P90[o]) = Selection.Deciles(totals[o]);
            result.Cheapest[o] = cheapestTwelfths[o] / (12.0 * trials);
            result.Bands[o] = Bands(merged, o, horizon, result.P10[o], result.P50[o], result.P90[o]);
        });
        return result;
    }

    private static CostMonthBand[] Bands(BandHistograms.Accumulator histogram, int option, int horizon, double p10,
        double p50, double p90)
    {
        var bands = new CostMonthBand[horizon];
        bands[horizon - 1] = new CostMonthBand(horizon, p10, p50, p90);
        for (var m = horizon - 2; m >= 0; m--)
        {
            // Cumulative cost never falls from one month to the next in any trial, so true quantiles cannot either;
            // the backward minimum removes estimation noise that would suggest otherwise.
            var cell = option * horizon + m;
            var next = bands[m + 1];
            bands[m] = new CostMonthBand(m + 1,
                Math.Min(histogram.Quantile(cell, 0.1), next.P10),
                Math.Min(histogram.Quantile(cell, 0.5), next.P50),
                Math.Min(histogram.Quantile(cell, 0.9), next.P90));
        }

        return bands;
    }

    private sealed class MainRun(int k)
    {
        public double[] P10 { get; } = new double[k];
        public double[] P50 { get; } = new double[k];
        public double[] P90 { get; } = new double[k];
        public double[] Mean { get; } = new double[k];
        public double[] Cheapest { get; } = new double[k];
        public CostMonthBand[][] Bands { get; } = new CostMonthBand[k][];
    }

    private sealed class Worker(BandHistograms.Accumulator accumulator, int horizon, int options)
    {
        private readonly double[] _monthly = new double[horizon];
        private readonly double[] _trialTotals = new double[options];
        private readonly double[] _sums = new double[options];

        public BandHistograms.Accumulator Accumulator { get; } = accumulator;

        public long[] CheapestTwelfths { get; } = new long[options];

        public void RunBlock(OptionModel[] models, int block, int trials, double[][] totals, double[,] blockSums)
        {
            var start = block * BlockSize;
            var end = Math.Min(trials, start + BlockSize);
            Array.Clear(_sums);
            for (var t = start; t < end; t++)
            {
                for (var o = 0; o < models.Length; o++)
                {
                    models[o].Sample(t, _monthly);
                    var cumulative = Accumulator.AddCumulative(o * horizon, _monthly);

                    totals[o][t] = cumulative;
                    _trialTotals[o] = cumulative;
                    _sums[o] += cumulative;
                }

                CountCheapest();
            }

            for (var o = 0; o < models.Length; o++)
            {
                blockSums[o, block] = _sums[o];
            }
        }

        private void CountCheapest()
        {
            var min = _trialTotals.Min();
            var ties = 0;
            foreach (var total in _trialTotals)
            {
                ties += total == min ? 1 : 0;
            }

            // Ties share the trial; twelfths keep the shares of up to four options whole, so sums are exact.
            for (var o = 0; o < _trialTotals.Length; o++)
            {
                if (_trialTotals[o] == min)
                {
                    CheapestTwelfths[o] += 12 / ties;
                }
            }
        }
    }
}
