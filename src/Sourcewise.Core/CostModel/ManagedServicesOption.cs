namespace Sourcewise.CostModel;

/// <summary>Managed services: a setup fee and a recurring fee per unit (device, ticket, seat) with volume tiers.
/// Immutable; validated when a <see cref="CostScenario"/> is created.</summary>
public sealed record ManagedServicesOption
{
    /// <summary>One-off fee paid in month 1.</summary>
    public double SetupFee { get; init; }

    /// <summary>The base price per unit per month (below the first tier).</summary>
    public required double UnitPricePerMonth { get; init; }

    /// <summary>Units in month 1.</summary>
    public required double Units { get; init; }

    /// <summary>Expected growth of the unit count per month (0.04 = +4% a month, compounding); 0 switches growth and
    /// its uncertainty off.</summary>
    public double UnitGrowthPerMonth { get; init; }

    /// <summary>Coefficient of variation of the growth rate (normal around <see cref="UnitGrowthPerMonth"/>, drawn once
    /// per trial; default 0.5); 0 makes growth certain.</summary>
    public double UnitGrowthSpread { get; init; } = 0.5;

    /// <summary>Volume tiers, with <see cref="VolumeTier.FromUnits"/> strictly ascending.</summary>
    public IReadOnlyList<VolumeTier> Tiers { get; init; } = [];

    /// <summary>How tiers apply (default <see cref="TierPricing.Volume"/>).</summary>
    public TierPricing TierPricing { get; init; } = TierPricing.Volume;
}
