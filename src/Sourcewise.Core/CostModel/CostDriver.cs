namespace Sourcewise.CostModel;

/// <summary>One bar of a tornado: how an option's median total moves when one parameter alone is set low and high
/// (same seed, same trials, everything else unchanged). Immutable.</summary>
/// <param name="Parameter">The parameter key (e.g. <c>changeRequestsPerMonth</c>) or <c>volatility</c>.</param>
/// <param name="Low">The low value tried (for volatility: the change-request factor, 0.5, 1 or 2).</param>
/// <param name="High">The high value tried.</param>
/// <param name="LowLabel">The low value as text, e.g. <c>3</c> or <c>low</c>.</param>
/// <param name="HighLabel">The high value as text.</param>
/// <param name="P50AtLow">Median total with the low value.</param>
/// <param name="P50AtHigh">Median total with the high value.</param>
public sealed record CostDriver(string Parameter, double Low, double High, string LowLabel, string HighLabel,
    double P50AtLow, double P50AtHigh)
{
    /// <summary>The width of the bar: |P50 at high − P50 at low|.</summary>
    public double Swing => Math.Abs(P50AtHigh - P50AtLow);
}
