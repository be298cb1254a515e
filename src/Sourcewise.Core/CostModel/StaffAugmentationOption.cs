namespace Sourcewise.CostModel;

/// <summary>Staff augmentation: engineers billed per head per month, directed by the client's own leads. Immutable;
/// validated when a <see cref="CostScenario"/> is created. Amounts are per month unless the name says otherwise.</summary>
public sealed record StaffAugmentationOption
{
    /// <summary>Engineers on the engagement (positions kept filled: a leaver is replaced).</summary>
    public required int Heads { get; init; }

    /// <summary>What the vendor bills per engineer per month.</summary>
    public required double MonthlyRatePerHead { get; init; }

    /// <summary>Months a new engineer (first or replacement) works at reduced productivity.</summary>
    public double RampUpMonths { get; init; }

    /// <summary>Share of full output during ramp-up (0–1, default 0.5); the missing share is charged at
    /// <see cref="EffectiveDelayCostPerHeadPerMonth"/>.</summary>
    public double RampUpProductivity { get; init; } = 0.5;

    /// <summary>Hours per engineer per month that the client's leads spend directing and reviewing.</summary>
    public double ManagementHoursPerHeadPerMonth { get; init; }

    /// <summary>The loaded hourly cost of those leads.</summary>
    public double ManagerHourlyCost { get; init; }

    /// <summary>Expected departures per position per year (Poisson rate); 0 switches attrition off.</summary>
    public double AttritionPerHeadPerYear { get; init; }

    /// <summary>Weeks a position stays empty after a departure (not billed; the missing capacity is charged).</summary>
    public double ReplacementWeeks { get; init; } = 2;

    /// <summary>The value of one engineer's missing capacity per month (gaps and ramp-up); <c>null</c> means
    /// <see cref="MonthlyRatePerHead"/>, i.e. what it costs to buy that capacity.</summary>
    public double? DelayCostPerHeadPerMonth { get; init; }

    /// <summary><see cref="DelayCostPerHeadPerMonth"/> or, when absent, <see cref="MonthlyRatePerHead"/>.</summary>
    public double EffectiveDelayCostPerHeadPerMonth => DelayCostPerHeadPerMonth ?? MonthlyRatePerHead;
}
