namespace Sourcewise.CostModel;

/// <summary>The outcome of a cost simulation: per option, percentiles of the total, monthly bands, the chance of
/// being cheapest, break-even months and drivers. Immutable.</summary>
public sealed class CostResult
{
    /// <summary>Creates a result (the simulator does this).</summary>
    public CostResult(int trials, long seed, int horizonMonths, string currency, CostVolatility volatility, string? name,
        IReadOnlyList<CostOptionResult> options, int driverTrials, int bandBins)
    {
        Trials = trials;
        Seed = seed;
        HorizonMonths = horizonMonths;
        Currency = currency;
        Volatility = volatility;
        Name = name;
        Options = options;
        DriverTrials = driverTrials;
        BandBins = bandBins;
    }

    /// <summary>Trials simulated.</summary>
    public int Trials { get; }

    /// <summary>The seed used (given or drawn); the same seed gives the same result.</summary>
    public long Seed { get; }

    /// <summary>Months compared.</summary>
    public int HorizonMonths { get; }

    /// <summary>Currency code of every amount.</summary>
    public string Currency { get; }

    /// <summary>The scenario's requirement volatility.</summary>
    public CostVolatility Volatility { get; }

    /// <summary>The scenario's title, if any.</summary>
    public string? Name { get; }

    /// <summary>One result per option, in canonical order.</summary>
    public IReadOnlyList<CostOptionResult> Options { get; }

    /// <summary>Trials per driver run (0 when drivers were not computed).</summary>
    public int DriverTrials { get; }

    /// <summary>Histogram bins per month used for the monthly bands.</summary>
    public int BandBins { get; }

    /// <summary>Returns one option's result.</summary>
    /// <exception cref="KeyNotFoundException">The option is not in the scenario.</exception>
    public CostOptionResult this[CostOptionKind kind] =>
        Options.FirstOrDefault(o => o.Kind == kind) ?? throw new KeyNotFoundException($"No result for {kind.ToId()}.");

    /// <summary>The option with the lowest median total.</summary>
    public CostOptionResult CheapestAtMedian => Options.MinBy(o => o.P50)!;
}
