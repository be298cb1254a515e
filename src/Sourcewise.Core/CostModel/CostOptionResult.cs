namespace Sourcewise.CostModel;

/// <summary>The simulated cost distribution of one option over the horizon. Immutable.</summary>
public sealed class CostOptionResult
{
    /// <summary>Creates a result (the simulator does this).</summary>
    public CostOptionResult(CostOptionKind kind, double p10, double p50, double p90, double mean, double arithmeticTotal,
        IReadOnlyList<CostMonthBand> monthly, IReadOnlyList<double> arithmeticMonthly, double probabilityCheapest,
        IReadOnlyDictionary<CostOptionKind, int?> breakEven, IReadOnlyList<CostDriver> drivers, double driverBaselineP50)
    {
        Kind = kind;
        P10 = p10;
        P50 = p50;
        P90 = p90;
        Mean = mean;
        ArithmeticTotal = arithmeticTotal;
        Monthly = monthly;
        ArithmeticMonthly = arithmeticMonthly;
        ProbabilityCheapest = probabilityCheapest;
        BreakEven = breakEven;
        Drivers = drivers;
        DriverBaselineP50 = driverBaselineP50;
    }

    /// <summary>Which option.</summary>
    public CostOptionKind Kind { get; }

    /// <summary>The public id, e.g. <c>staffAugmentation</c>.</summary>
    public string Id => Kind.ToId();

    /// <summary>10th percentile of total cost over the horizon (exact, from every trial).</summary>
    public double P10 { get; }

    /// <summary>Median total cost (exact).</summary>
    public double P50 { get; }

    /// <summary>90th percentile of total cost (exact).</summary>
    public double P90 { get; }

    /// <summary>Mean total cost.</summary>
    public double Mean { get; }

    /// <summary>The plain spreadsheet total: every uncertain quantity at its mean (expected event counts, mean growth,
    /// mean time to hire). With every uncertainty switched off, P10 = P50 = P90 = this.</summary>
    public double ArithmeticTotal { get; }

    /// <summary>Per month: percentiles of cumulative cost (streaming histogram estimate; the last month is exact).</summary>
    public IReadOnlyList<CostMonthBand> Monthly { get; }

    /// <summary>Per month: the cumulative arithmetic (spreadsheet) cost.</summary>
    public IReadOnlyList<double> ArithmeticMonthly { get; }

    /// <summary>Share of trials in which this option had the lowest total (ties shared equally).</summary>
    public double ProbabilityCheapest { get; }

    /// <summary>Per other option: the first month from which this option's cumulative median cost is at most the
    /// other's and stays so to the end of the horizon; <c>null</c> when it is dearer at the end.</summary>
    public IReadOnlyDictionary<CostOptionKind, int?> BreakEven { get; }

    /// <summary>The tornado: one-at-a-time swings, largest first (empty when drivers were not computed).</summary>
    public IReadOnlyList<CostDriver> Drivers { get; }

    /// <summary>The median total the drivers swing around (computed with the driver trial count).</summary>
    public double DriverBaselineP50 { get; }
}
