namespace Sourcewise.CostModel;

/// <summary>Hiring in-house at the true loaded cost, with recruiting, time to hire, ramp-up and the cost of the capacity
/// missing meanwhile. Immutable; validated when a <see cref="CostScenario"/> is created.</summary>
public sealed record InHouseOption
{
    /// <summary>Engineers to hire.</summary>
    public required int Heads { get; init; }

    /// <summary>Gross annual salary per engineer.</summary>
    public required double AnnualSalary { get; init; }

    /// <summary>Salary multiplier for benefits, taxes, equipment and overhead (default 1.3).</summary>
    public double LoadedCostMultiplier { get; init; } = 1.3;

    /// <summary>Recruiting cost per hire (agency fee, interviews), paid in the month the hire starts.</summary>
    public double RecruitingCostPerHire { get; init; }

    /// <summary>Mean months from the start until a hire starts (lognormal per hire); 0 means all start at once.</summary>
    public double TimeToHireMonths { get; init; }

    /// <summary>Coefficient of variation of the time to hire (default 0.4); 0 makes it exactly the mean.</summary>
    public double TimeToHireSpread { get; init; } = 0.4;

    /// <summary>Months a new hire works at reduced productivity.</summary>
    public double RampUpMonths { get; init; }

    /// <summary>Share of full output during ramp-up (0–1, default 0.5).</summary>
    public double RampUpProductivity { get; init; } = 0.5;

    /// <summary>The cost per month of the whole team's capacity missing (shared equally per head) while positions
    /// are unfilled, and its missing share during ramp-up.</summary>
    public double DelayCostPerMonth { get; init; }
}
