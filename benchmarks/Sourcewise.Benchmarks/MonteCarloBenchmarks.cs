using BenchmarkDotNet.Attributes;
using Sourcewise.CostModel;

namespace Sourcewise.Benchmarks;

/// <summary>The cost engine on a 36-month, four-option scenario (the example scenario's numbers over three years).</summary>
[ShortRunJob]
[MemoryDiagnoser]
public class MonteCarloBenchmarks
{
    private readonly CostSimulator _simulator = new();

    [Params(100_000, 1_000_000)]
    public int Trials { get; set; }

    public static CostScenario Scenario(int horizonMonths = 36) => CostScenario.Create(horizonMonths,
        CostVolatility.Medium,
        staffAugmentation: new StaffAugmentationOption
        {
            Heads = 4,
            MonthlyRatePerHead = 14000,
            RampUpMonths = 1,
            ManagementHoursPerHeadPerMonth = 12,
            ManagerHourlyCost = 120,
            AttritionPerHeadPerYear = 0.15,
            ReplacementWeeks = 2,
        },
        projectOutsourcing: new ProjectOutsourcingOption
        {
            FixedBid = 480000,
            ChangeRequestsPerMonth = 1.5,
            ChangeRequestCost = 18000,
            ChangeRequestPremium = 0.25,
            KnowledgeTransferCost = 40000,
        },
        managedServices: new ManagedServicesOption
        {
            SetupFee = 20000,
            UnitPricePerMonth = 45,
            Units = 300,
            UnitGrowthPerMonth = 0.04,
            Tiers = [new VolumeTier(500, 38)],
        },
        inHouse: new InHouseOption
        {
            Heads = 4,
            AnnualSalary = 160000,
            LoadedCostMultiplier = 1.3,
            RecruitingCostPerHire = 25000,
            TimeToHireMonths = 3,
            RampUpMonths = 3,
            DelayCostPerMonth = 30000,
        }).GetValueOrThrow();

    private readonly CostScenario _scenario = Scenario();

    [Benchmark(Description = "simulate, no drivers")]
    public CostResult Simulate() =>
        _simulator.Simulate(_scenario, new CostSimulationOptions { Trials = Trials, Seed = 42, DriverTrials = 0 });

    [Benchmark(Description = "simulate with drivers (10,000 trials each)")]
    public CostResult SimulateWithDrivers() =>
        _simulator.Simulate(_scenario, new CostSimulationOptions { Trials = Trials, Seed = 42 });
}
