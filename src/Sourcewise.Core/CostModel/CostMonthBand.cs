namespace Sourcewise.CostModel;

/// <summary>Percentiles of the cumulative cost at the end of one month. Immutable.</summary>
/// <param name="Month">1-based month.</param>
/// <param name="P10">10th percentile of cumulative cost up to and including this month.</param>
/// <param name="P50">Median of cumulative cost.</param>
/// <param name="P90">90th percentile of cumulative cost.</param>
public sealed record CostMonthBand(int Month, double P10, double P50, double P90);
