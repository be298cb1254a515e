namespace Sourcewise.CostModel.Simulation;

/// <summary>One-at-a-time swings for the tornado: each non-zero parameter of each option set to 80% and 120% of its
/// value (whole numbers at least ±1, kept inside the accepted range), and for outsourcing volatility one level down and
/// up; each run uses the same seed and trials (common random numbers), so only the parameter differs.</summary>
internal static class Drivers
{
    public static (double Baseline, IReadOnlyList<CostDriver> Drivers)[] Compute(CostScenario scenario, long seed,
        int trials, ParallelOptions parallel)
    {
        var kinds = scenario.Kinds;
        var jobs = new List<Job>();
        for (var o = 0; o < kinds.Count; o++)
        {
            var kind = kinds[o];
            var option = scenario.GetOption(kind)!;
            foreach (var parameter in CostParameters.For(kind))
            {
                if (CostParameters.Get(option, parameter.Key) is not { } value || value == 0)
                {
                    continue;
                }

                var low = parameter.IsInteger ? Math.Min(value - 1, Math.Round(value * 0.8)) : value * 0.8;
                var high = parameter.IsInteger ? Math.Max(value + 1, Math.Round(value * 1.2)) : value * 1.2;
                low = Math.Clamp(low, parameter.Minimum, parameter.Maximum);
                high = Math.Clamp(high, parameter.Minimum, parameter.Maximum);
                if (low == high)
                {
                    continue;
                }

                jobs.Add(new Job(o, parameter.Key, low, high,
                    CostSimulator.Label(low, parameter.IsInteger), CostSimulator.Label(high, parameter.IsInteger),
                    scenario.WithOptionUnchecked(kind, CostParameters.With(option, parameter.Key, low)),
                    scenario.WithOptionUnchecked(kind, CostParameters.With(option, parameter.Key, high))));
            }

            if (kind == CostOptionKind.ProjectOutsourcing && scenario.ProjectOutsourcing!.ChangeRequestsPerMonth > 0)
            {
                var down = (CostVolatility)Math.Max(0, (int)scenario.Volatility - 1);
                var up = (CostVolatility)Math.Min(2, (int)scenario.Volatility + 1);
                jobs.Add(new Job(o, "volatility", down.ChangeRequestFactor(), up.ChangeRequestFactor(), down.ToId(),
                    up.ToId(), scenario.WithVolatility(down), scenario.WithVolatility(up)));
            }
        }

        var baselines = new double[kinds.Count];
        var lows = new double[jobs.Count];
        var highs = new double[jobs.Count];
        // Work items: baselines, then each job's low and high run; each writes its own slot, so order is irrelevant.
        Parallel.For(0, kinds.Count + 2 * jobs.Count, parallel, i =>
        {
            if (i < kinds.Count)
            {
                baselines[i] = CostSimulator.MedianTotal(OptionModel.Create(scenario, kinds[i], seed), trials);
                return;
            }

            var j = (i - kinds.Count) / 2;
            var isHigh = (i - kinds.Count) % 2 == 1;
            var job = jobs[j];
            var model = OptionModel.Create(isHigh ? job.HighScenario : job.LowScenario, kinds[job.Option], seed);
            (isHigh ? highs : lows)[j] = CostSimulator.MedianTotal(model, trials);
        });

        return [.. Enumerable.Range(0, kinds.Count).Select(o => (baselines[o], (IReadOnlyList<CostDriver>)
        [
            .. jobs.Select((job, j) => (job, j)).Where(x => x.job.Option == o)
                .Select(x => new CostDriver(x.job.Parameter, x.job.Low, x.job.High, x.job.LowLabel, x.job.HighLabel,
                    lows[x.j], highs[x.j]))
                .OrderByDescending(d => d.Swing).ThenBy(d => d.Parameter, StringComparer.Ordinal),
        ]))];
    }

    private sealed record Job(int Option, string Parameter, double Low, double High, string LowLabel, string HighLabel,
        CostScenario LowScenario, CostScenario HighScenario);
}
