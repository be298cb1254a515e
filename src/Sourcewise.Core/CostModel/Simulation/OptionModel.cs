namespace Sourcewise.CostModel.Simulation;

/// <summary>One option compiled for sampling: everything that does not change between trials is precomputed.
/// Instances are immutable and shared by all threads.</summary>
internal abstract class OptionModel
{
    protected OptionModel(int horizonMonths) => HorizonMonths = horizonMonths;

    public int HorizonMonths { get; }

    /// <summary>Writes the cost of each month (not cumulative) of trial <paramref name="trial"/>.</summary>
    public abstract void Sample(long trial, Span<double> monthly);

    /// <summary>Writes the arithmetic (spreadsheet) cost of each month: every uncertain quantity at its mean.</summary>
    public abstract void Expected(Span<double> monthly);

    public static OptionModel Create(CostScenario scenario, CostOptionKind kind, long seed) => kind switch
    {
        CostOptionKind.StaffAugmentation => new StaffAugmentationModel(scenario.StaffAugmentation!, scenario.HorizonMonths,
            seed),
        CostOptionKind.ProjectOutsourcing => new ProjectOutsourcingModel(scenario.ProjectOutsourcing!,
            scenario.HorizonMonths, scenario.Volatility, seed),
        CostOptionKind.ManagedServices => new ManagedServicesModel(scenario.ManagedServices!, scenario.HorizonMonths,
            seed),
        CostOptionKind.InHouse => new InHouseModel(scenario.InHouse!, scenario.HorizonMonths, seed),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
