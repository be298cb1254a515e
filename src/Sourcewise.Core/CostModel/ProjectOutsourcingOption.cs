namespace Sourcewise.CostModel;

/// <summary>Fixed-bid project outsourcing with re-priced change requests. Immutable; validated when a
/// <see cref="CostScenario"/> is created.</summary>
public sealed record ProjectOutsourcingOption
{
    /// <summary>The fixed price, paid in equal monthly instalments over <see cref="DeliveryMonths"/>.</summary>
    public required double FixedBid { get; init; }

    /// <summary>Expected change requests per month at medium volatility (Poisson rate; low volatility halves it, high
    /// doubles it); 0 switches change requests off.</summary>
    public double ChangeRequestsPerMonth { get; init; }

    /// <summary>The mean base cost of one change request.</summary>
    public double ChangeRequestCost { get; init; }

    /// <summary>The vendor's premium on change requests (0.25 = +25%).</summary>
    public double ChangeRequestPremium { get; init; }

    /// <summary>Knowledge transfer back to the client, paid in the last delivery month.</summary>
    public double KnowledgeTransferCost { get; init; }

    /// <summary>Coefficient of variation of one change request's cost (lognormal, mean preserved; default 0.5);
    /// 0 makes every change request cost exactly its mean.</summary>
    public double ChangeRequestCostSpread { get; init; } = 0.5;

    /// <summary>Months of delivery (instalments and change requests run over them); <c>null</c> means the whole
    /// horizon.</summary>
    public int? DeliveryMonths { get; init; }
}
