namespace Sourcewise.CostModel;

/// <summary>How often requirements change over the horizon; it scales the change-request rate of project outsourcing.</summary>
public enum CostVolatility
{
    /// <summary>Stable requirements: change requests arrive at half the stated rate.</summary>
    Low,

    /// <summary>The stated change-request rate applies as given.</summary>
    Medium,

    /// <summary>Volatile requirements: change requests arrive at twice the stated rate.</summary>
    High,
}
