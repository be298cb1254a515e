using System.Collections.Immutable;

namespace Sourcewise.CostModel;

/// <summary>The numeric parameters each option accepts, with ranges, defaults and meanings. Readers use it to check
/// keys and values; the simulator uses it to pick the parameters it swings for the drivers.</summary>
/// <threadsafety>All members are thread-safe.</threadsafety>
public static class CostParameters
{
    private const double Money = 1e10;

    /// <summary>Staff augmentation parameters.</summary>
    public static ImmutableArray<CostParameter> StaffAugmentation { get; } =
    [
        new("heads", 1, 10_000, true, true, null, "Engineers on the engagement; a leaver's position is refilled."),
        new("monthlyRatePerHead", 0, 10_000_000, false, true, null, "Vendor rate per engineer per month."),
        new("rampUpMonths", 0, 60, false, false, 0, "Months each new engineer (first or replacement) works at reduced productivity."),
        new("rampUpProductivity", 0, 1, false, false, 0.5, "Share of full output during ramp-up; the missing share is charged at the delay cost."),
        new("managementHoursPerHeadPerMonth", 0, 744, false, false, 0, "Hours the client's leads spend per engineer per month."),
        new("managerHourlyCost", 0, 100_000, false, false, 0, "Loaded hourly cost of those leads."),
        new("attritionPerHeadPerYear", 0, 12, false, false, 0, "Departures per position per year: binomial per month with p = 1 - exp(-rate/12)."),
        new("replacementWeeks", 0, 104, false, false, 2, "Weeks a position stays empty after a departure (not billed; the missing capacity is charged)."),
        new("delayCostPerHeadPerMonth", 0, 10_000_000, false, false, null, "Value of one engineer's missing capacity per month; default: the monthly rate."),
    ];

    /// <summary>Project outsourcing parameters.</summary>
    public static ImmutableArray<CostParameter> ProjectOutsourcing { get; } =
    [
        new("fixedBid", 0, Money, false, true, null, "Fixed price, paid in equal monthly instalments over the delivery months."),
        new("changeRequestsPerMonth", 0, 100, false, false, 0, "Change requests per month at medium volatility: Poisson, rate x0.5 low, x1 medium, x2 high."),
        new("changeRequestCost", 0, 100_000_000, false, false, 0, "Mean base cost of one change request."),
        new("changeRequestPremium", 0, 10, false, false, 0, "Vendor premium on change requests (0.25 = +25%)."),
        new("knowledgeTransferCost", 0, Money, false, false, 0, "Knowledge transfer back to the client, paid in the last delivery month."),
        new("changeRequestCostSpread", 0, 5, false, false, 0.5, "Coefficient of variation of each change request's cost (lognormal, mean kept)."),
        new("deliveryMonths", 1, 120, true, false, null, "Months of delivery; default: the horizon."),
    ];

    /// <summary>Managed services parameters (besides <c>tiers</c> and <c>tierPricing</c>).</summary>
    public static ImmutableArray<CostParameter> ManagedServices { get; } =
    [
        new("setupFee", 0, Money, false, false, 0, "One-off fee in month 1."),
        new("unitPricePerMonth", 0, 1_000_000, false, true, null, "Price per unit per month below the first tier."),
        new("units", 0, 100_000_000, false, true, null, "Units in month 1."),
        new("unitGrowthPerMonth", -0.5, 1, false, false, 0, "Mean monthly growth of units, compounding."),
        new("unitGrowthSpread", 0, 5, false, false, 0.5, "Coefficient of variation of the growth rate: normal, drawn once per trial."),
    ];

    /// <summary>In-house parameters.</summary>
    public static ImmutableArray<CostParameter> InHouse { get; } =
    [
        new("heads", 1, 10_000, true, true, null, "Engineers to hire."),
        new("annualSalary", 0, 100_000_000, false, true, null, "Gross annual salary per engineer."),
        new("loadedCostMultiplier", 1, 5, false, false, 1.3, "Salary multiplier for benefits, taxes, equipment and overhead."),
        new("recruitingCostPerHire", 0, 10_000_000, false, false, 0, "Recruiting cost per hire, paid in the month the hire starts."),
        new("timeToHireMonths", 0, 60, false, false, 0, "Mean months until a hire starts: lognormal per hire."),
        new("timeToHireSpread", 0, 3, false, false, 0.4, "Coefficient of variation of the time to hire."),
        new("rampUpMonths", 0, 60, false, false, 0, "Months a new hire works at reduced productivity."),
        new("rampUpProductivity", 0, 1, false, false, 0.5, "Share of full output during ramp-up."),
        new("delayCostPerMonth", 0, Money, false, false, 0, "Cost per month of the whole team's missing capacity (per head: divided by heads)."),
    ];

    /// <summary>Returns the numeric parameters of an option kind.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The kind is not defined.</exception>
    public static ImmutableArray<CostParameter> For(CostOptionKind kind) => kind switch
    {
        CostOptionKind.StaffAugmentation => StaffAugmentation,
        CostOptionKind.ProjectOutsourcing => ProjectOutsourcing,
        CostOptionKind.ManagedServices => ManagedServices,
        CostOptionKind.InHouse => InHouse,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown cost option."),
    };

    /// <summary>Reads a parameter's effective value from an option record; <c>null</c> for an absent derived value.</summary>
    internal static double? Get(object option, string key) => option switch
    {
        StaffAugmentationOption o => key switch
        {
            "heads" => o.Heads,
            "monthlyRatePerHead" => o.MonthlyRatePerHead,
            "rampUpMonths" => o.RampUpMonths,
            "rampUpProductivity" => o.RampUpProductivity,
            "managementHoursPerHeadPerMonth" => o.ManagementHoursPerHeadPerMonth,
            "managerHourlyCost" => o.ManagerHourlyCost,
            "attritionPerHeadPerYear" => o.AttritionPerHeadPerYear,
            "replacementWeeks" => o.ReplacementWeeks,
            "delayCostPerHeadPerMonth" => o.DelayCostPerHeadPerMonth,
            _ => throw UnknownKey(key),
        },
        ProjectOutsourcingOption o => key switch
        {
            "fixedBid" => o.FixedBid,
            "changeRequestsPerMonth" => o.ChangeRequestsPerMonth,
            "changeRequestCost" => o.ChangeRequestCost,
            "changeRequestPremium" => o.ChangeRequestPremium,
            "knowledgeTransferCost" => o.KnowledgeTransferCost,
            "changeRequestCostSpread" => o.ChangeRequestCostSpread,
            "deliveryMonths" => o.DeliveryMonths,
            _ => throw UnknownKey(key),
        },
        ManagedServicesOption o => key switch
        {
            "setupFee" => o.SetupFee,
            "unitPricePerMonth" => o.UnitPricePerMonth,
            "units" => o.Units,
            "unitGrowthPerMonth" => o.UnitGrowthPerMonth,
            "unitGrowthSpread" => o.UnitGrowthSpread,
            _ => throw UnknownKey(key),
        },
        InHouseOption o => key switch
        {
            "heads" => o.Heads,
            "annualSalary" => o.AnnualSalary,
            "loadedCostMultiplier" => o.LoadedCostMultiplier,
            "recruitingCostPerHire" => o.RecruitingCostPerHire,
            "timeToHireMonths" => o.TimeToHireMonths,
            "timeToHireSpread" => o.TimeToHireSpread,
            "rampUpMonths" => o.RampUpMonths,
            "rampUpProductivity" => o.RampUpProductivity,
            "delayCostPerMonth" => o.DelayCostPerMonth,
            _ => throw UnknownKey(key),
        },
        _ => throw new ArgumentException("Not a cost option.", nameof(option)),
    };

    /// <summary>Returns a copy of an option record with one parameter changed (integers are rounded).</summary>
    internal static object With(object option, string key, double value) => option switch
    {
        StaffAugmentationOption o => key switch
        {
            "heads" => o with { Heads = (int)Math.Round(value) },
            "monthlyRatePerHead" => o with { MonthlyRatePerHead = value },
            "rampUpMonths" => o with { RampUpMonths = value },
            "rampUpProductivity" => o with { RampUpProductivity = value },
            "managementHoursPerHeadPerMonth" => o with { ManagementHoursPerHeadPerMonth = value },
            "managerHourlyCost" => o with { ManagerHourlyCost = value },
            "attritionPerHeadPerYear" => o with { AttritionPerHeadPerYear = value },
            "replacementWeeks" => o with { ReplacementWeeks = value },
            "delayCostPerHeadPerMonth" => o with { DelayCostPerHeadPerMonth = value },
            _ => throw UnknownKey(key),
        },
        ProjectOutsourcingOption o => key switch
        {
            "fixedBid" => o with { FixedBid = value },
            "changeRequestsPerMonth" => o with { ChangeRequestsPerMonth = value },
            "changeRequestCost" => o with { ChangeRequestCost = value },
            "changeRequestPremium" => o with { ChangeRequestPremium = value },
            "knowledgeTransferCost" => o with { KnowledgeTransferCost = value },
            "changeRequestCostSpread" => o with { ChangeRequestCostSpread = value },
            "deliveryMonths" => o with { DeliveryMonths = (int)Math.Round(value) },
            _ => throw UnknownKey(key),
        },
        ManagedServicesOption o => key switch
        {
            "setupFee" => o with { SetupFee = value },
            "unitPricePerMonth" => o with { UnitPricePerMonth = value },
            "units" => o with { Units = value },
            "unitGrowthPerMonth" => o with { UnitGrowthPerMonth = value },
            "unitGrowthSpread" => o with { UnitGrowthSpread = value },
            _ => throw UnknownKey(key),
        },
        InHouseOption o => key switch
        {
            "heads" => o with { Heads = (int)Math.Round(value) },
            "annualSalary" => o with { AnnualSalary = value },
            "loadedCostMultiplier" => o with { LoadedCostMultiplier = value },
            "recruitingCostPerHire" => o with { RecruitingCostPerHire = value },
            "timeToHireMonths" => o with { TimeToHireMonths = value },
            "timeToHireSpread" => o with { TimeToHireSpread = value },
            "rampUpMonths" => o with { RampUpMonths = value },
            "rampUpProductivity" => o with { RampUpProductivity = value },
            "delayCostPerMonth" => o with { DelayCostPerMonth = value },
            _ => throw UnknownKey(key),
        },
        _ => throw new ArgumentException("Not a cost option.", nameof(option)),
    };

    private static ArgumentException UnknownKey(string key) => new($"Unknown cost parameter '{key}'.", nameof(key));
}
