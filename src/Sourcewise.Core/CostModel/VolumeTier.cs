namespace Sourcewise.CostModel;

/// <summary>A volume tier of a managed service: from <paramref name="FromUnits"/> units the price per unit is
/// <paramref name="UnitPricePerMonth"/>. Immutable.</summary>
/// <param name="FromUnits">The unit count at which the tier starts (inclusive).</param>
/// <param name="UnitPricePerMonth">The price per unit per month in this tier.</param>
public sealed record VolumeTier(double FromUnits, double UnitPricePerMonth);
