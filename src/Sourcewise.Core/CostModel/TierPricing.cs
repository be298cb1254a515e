namespace Sourcewise.CostModel;

/// <summary>How volume tiers price a month's units.</summary>
public enum TierPricing
{
    /// <summary>All units are priced at the price of the highest tier reached (the common "500+ units: 38 each").</summary>
    Volume,

    /// <summary>Each tier's price applies only to the units inside that tier (marginal, like tax brackets).</summary>
    Graduated,
}
