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
    double? Default, string Description);
