using Sourcewise.CostModel;

namespace Sourcewise.Core.Tests.CostModel;

/// <summary>Scenarios shared by the cost tests.</summary>
internal static class Scenarios
{
    public static StaffAugmentationOption StaffAugmentation => new()
    {
        Heads = 4,
        MonthlyRatePerHead = 14000,
        RampUpMonths = 1,
        ManagementHoursPerHeadPerMonth = 12,
        ManagerHourlyCost = 120,
        AttritionPerHeadPerYear = 0.15,
        ReplacementWeeks = 2,
    };

    public static ProjectOutsourcingOption ProjectOutsourcing => new()
    {
        FixedBid = 480000,
        ChangeRequestsPerMonth = 1.5,
        ChangeRequestCost = 18000,
        ChangeRequestPremium = 0.25,
        KnowledgeTransferCost = 40000,
    };

    public static ManagedServicesOption ManagedServices => new()
    {
        SetupFee = 20000,
        UnitPricePerMonth = 45,
        Units = 300,
        UnitGrowthPerMonth = 0.04,
        Tiers = [new VolumeTier(500, 38)],
    };

    public static InHouseOption InHouse => new()
    {
        Heads = 4,
        AnnualSalary = 160000,
        LoadedCostMultiplier = 1.3,
        RecruitingCostPerHire = 25000,
        TimeToHireMonths = 3,
        RampUpMonths = 3,
        DelayCostPerMonth = 30000,
    };

    /// <summary>The example scenario (examples/scenario.yaml) built in code.</summary>
    public static CostScenario Example(int horizonMonths = 24, CostVolatility volatility = CostVolatility.Medium) =>
        CostScenario.Create(horizonMonths, volatility, "USD", StaffAugmentation, ProjectOutsourcing, ManagedServices,
            InHouse).GetValueOrThrow();

    /// <summary>The example with every uncertainty switched off (event parameters set to 0).</summary>
    public static CostScenario Certain(int horizonMonths = 24) => CostScenario.Create(horizonMonths,
        CostVolatility.High, "EUR",
        StaffAugmentation with { AttritionPerHeadPerYear = 0 },
        ProjectOutsourcing with { ChangeRequestsPerMonth = 0 },
        ManagedServices with { UnitGrowthPerMonth = 0 },
        InHouse with { TimeToHireMonths = 0 }).GetValueOrThrow();

    public static CostSimulationOptions Options(int trials = 4000, long seed = 42, int driverTrials = 0) =>
        new() { Trials = trials, Seed = seed, DriverTrials = driverTrials };
}
