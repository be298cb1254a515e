using FsCheck;
using FsCheck.Xunit;
using Sourcewise.CostModel;
using Sourcewise.CostModel.Simulation;

namespace Sourcewise.Core.Tests.CostModel;

/// <summary>Properties over generated scenarios. Each case maps generated integers onto parameter ranges so every
/// generated scenario is valid; failures print the generated values (and so the seed).</summary>
public sealed class CostSimulatorProperties
{
    private readonly CostSimulator _simulator = new();

    [Property(MaxTest = 40)]
    public bool Percentiles_are_ordered_and_monthly_bands_never_fall(int seed, byte horizon, byte heads, byte attrition,
        byte changeRequests, byte growth, byte timeToHire, byte volatility)
    {
        var scenario = Generated(horizon, heads, attrition, changeRequests, growth, timeToHire, volatility);
        var result = _simulator.Simulate(scenario, Scenarios.Options(1500, seed));

        return result.Options.All(o =>
            o.P10 <= o.P50 && o.P50 <= o.P90 &&
            o.Monthly.Count == scenario.HorizonMonths &&
            o.Monthly.All(b => b.P10 <= b.P50 && b.P50 <= b.P90) &&
            o.Monthly.Zip(o.Monthly.Skip(1)).All(p =>
                p.First.P10 <= p.Second.P10 && p.First.P50 <= p.Second.P50 && p.First.P90 <= p.Second.P90) &&
            o.Monthly[^1].P50 == o.P50);
    }

    [Property(MaxTest = 60)]
    public bool Higher_volatility_never_cheapens_outsourcing_in_any_trial(long seed, byte rate, byte cost, byte spread,
        byte horizon, byte delivery)
    {
        var option = new ProjectOutsourcingOption
        {
            FixedBid = 100000,
            ChangeRequestsPerMonth = rate / 25.0,
            ChangeRequestCost = 500 + cost * 100,
            ChangeRequestPremium = 0.2,
            ChangeRequestCostSpread = spread / 64.0,
            KnowledgeTransferCost = 5000,
            DeliveryMonths = 1 + delivery % 48,
        };
        var months = 1 + horizon % 48;
        double[] Totals(CostVolatility v)
        {
            var model = new ProjectOutsourcingModel(option, months, v, seed);
            var monthly = new double[months];
            return [.. Enumerable.Range(0, 200).Select(t =>
            {
                model.Sample(t, monthly);
                return monthly.Sum();
            })];
        }

        var low = Totals(CostVolatility.Low);
        var medium = Totals(CostVolatility.Medium);
        var high = Totals(CostVolatility.High);
        return Enumerable.Range(0, 200).All(t => low[t] <= medium[t] && medium[t] <= high[t]);
    }

    [Property(MaxTest = 20)]
    public bool Higher_volatility_never_lowers_outsourcing_percentiles(int seed, byte rate)
    {
        CostOptionResult Run(CostVolatility v) => _simulator.Simulate(
            CostScenario.Create(24, v, projectOutsourcing: Scenarios.ProjectOutsourcing with
            {
                ChangeRequestsPerMonth = rate / 20.0,
            }).GetValueOrThrow(), Scenarios.Options(2000, seed)).Options[0];

        var low = Run(CostVolatility.Low);
        var medium = Run(CostVolatility.Medium);
        var high = Run(CostVolatility.High);
        return low.P10 <= medium.P10 && medium.P10 <= high.P10 && low.P50 <= medium.P50 && medium.P50 <= high.P50 &&
            low.P90 <= medium.P90 && medium.P90 <= high.P90 && low.Mean <= medium.Mean && medium.Mean <= high.Mean;
    }

    [Property(MaxTest = 30)]
    public bool A_certain_scenario_gives_its_arithmetic_total(int seed, byte horizon, byte heads, byte units, byte bid)
    {
        var scenario = CostScenario.Create(1 + horizon % 120, CostVolatility.High, "USD",
            new StaffAugmentationOption
            {
                Heads = 1 + heads % 20,
                MonthlyRatePerHead = 9000 + heads * 10,
                RampUpMonths = heads % 4 * 0.7,
                ManagementHoursPerHeadPerMonth = 8,
                ManagerHourlyCost = 90,
                AttritionPerHeadPerYear = 0,
            },
            new ProjectOutsourcingOption
            {
                FixedBid = 1000 * (1 + bid),
                ChangeRequestsPerMonth = 0,
                KnowledgeTransferCost = 3000,
                DeliveryMonths = 1 + bid % 100,
            },
            new ManagedServicesOption
            {
                SetupFee = 1000,
                UnitPricePerMonth = 40,
                Units = 1 + units * 3,
                UnitGrowthPerMonth = units % 5 / 100.0,
                UnitGrowthSpread = 0,
                Tiers = [new VolumeTier(300, 35), new VolumeTier(900, 30)],
            },
            new InHouseOption
            {
                Heads = 1 + heads % 20,
                AnnualSalary = 150000,
                TimeToHireMonths = heads % 7 * 0.9,
                TimeToHireSpread = 0,
                RampUpMonths = 2,
                RecruitingCostPerHire = 20000,
                DelayCostPerMonth = 25000,
            }).GetValueOrThrow();

        var result = _simulator.Simulate(scenario, Scenarios.Options(700, seed));

        return result.Options.All(o => o.P10 == o.ArithmeticTotal && o.P50 == o.ArithmeticTotal &&
            o.P90 == o.ArithmeticTotal);
    }

    [Property(MaxTest = 10)]
    public bool The_thread_count_and_repetition_do_not_change_the_result(int seed, ushort trials)
    {
        var options = Scenarios.Options(1 + trials % 12000, seed, driverTrials: 300);
        var one = _simulator.Simulate(Scenarios.Example(), options with { MaxDegreeOfParallelism = 1 });
        var two = _simulator.Simulate(Scenarios.Example(), options with { MaxDegreeOfParallelism = 2 });
        var again = _simulator.Simulate(Scenarios.Example(), options);

        var fingerprint = CostSimulatorTests.Fingerprint(one);
        return CostSimulatorTests.Fingerprint(two) == fingerprint && CostSimulatorTests.Fingerprint(again) == fingerprint;
    }

    private static CostScenario Generated(byte horizon, byte heads, byte attrition, byte changeRequests, byte growth,
        byte timeToHire, byte volatility) => CostScenario.Create(1 + horizon % 60, (CostVolatility)(volatility % 3), "USD",
        Scenarios.StaffAugmentation with { Heads = 1 + heads % 12, AttritionPerHeadPerYear = attrition / 100.0 },
        Scenarios.ProjectOutsourcing with { ChangeRequestsPerMonth = changeRequests / 40.0 },
        Scenarios.ManagedServices with { UnitGrowthPerMonth = (growth - 64) / 400.0 },
        Scenarios.InHouse with { Heads = 1 + heads % 12, TimeToHireMonths = timeToHire / 30.0 }).GetValueOrThrow();
}
