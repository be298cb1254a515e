using Sourcewise.CostModel;

namespace Sourcewise.Reports.Tests;

internal static class CostResults
{
    public static CostResult Example(int trials = 3000) => new CostSimulator().Simulate(
        CostScenario.Create(24, CostVolatility.Medium, "USD",
            new StaffAugmentationOption { Heads = 4, MonthlyRatePerHead = 14000, AttritionPerHeadPerYear = 0.15 },
            new ProjectOutsourcingOption { FixedBid = 480000, ChangeRequestsPerMonth = 1.5, ChangeRequestCost = 18000 },
            new ManagedServicesOption { UnitPricePerMonth = 45, Units = 300, UnitGrowthPerMonth = 0.04 },
            new InHouseOption { Heads = 4, AnnualSalary = 160000, TimeToHireMonths = 3, DelayCostPerMonth = 30000 },
            name: "Example").GetValueOrThrow(),
        new CostSimulationOptions { Trials = trials, Seed = 5, DriverTrials = 500 });
}
