namespace Sourcewise.CostModel;

/// <summary>Describes one parameter of a cost option: its key, accepted range, default and meaning. Immutable.</summary>
/// <param name="Key">The key as written in a scenario, e.g. <c>monthlyRatePerHead</c>.</param>
/// <param name="Minimum">The smallest accepted value.</param>
/// <param name="Maximum">The largest accepted value (anything larger is refused as absurd, usually a typo).</param>
/// <param name="IsInteger">Whether only whole numbers are accepted.</param>
/// <param name="IsRequired">Whether a scenario must give this key.</param>
/// <param name="Default">The value used when the key is absent; <c>null</c> when required or derived (see
/// <paramref name="Description"/>).</param>
/// <param name="Description">One sentence for documentation and help, naming the distribution where there is one.</param>
public sealed record CostParameter(string Key, double Minimum, double Maximum, bool IsInteger, bool IsRequired,
    double? Default, string Description)
{
    /// <summary>Checks a value against this parameter's range. Never throws.</summary>
    /// <returns><c>null</c> when the value is accepted, otherwise a stable code (<c>negative</c>, <c>out-of-range</c>,
    /// <c>absurd</c>, <c>not-whole</c>, <c>invalid-number</c>) and a message such as "must not be negative, got -5".</returns>
    public (string Code, string Message)? Check(double value)
    {
        if (!double.IsFinite(value))
        {
            return ("invalid-number", "must be a finite number");
        }

        if (value < Minimum)
        {
            return Minimum == 0
                ? ("negative", $"must not be negative, got {CostScenario.Format(value)}")
                : ("out-of-range", $"must be at least {CostScenario.Format(Minimum)}, got {CostScenario.Format(value)}");
        }

        if (value > Maximum)
        {
            return ("absurd",
                $"{CostScenario.Format(value)} is implausibly large (at most {CostScenario.Format(Maximum)}); check the units");
        }

        if (IsInteger && value != Math.Floor(value))
        {
            return ("not-whole", $"must be a whole number, got {CostScenario.Format(value)}");
        }

        return null;
    }
}
