using Sourcewise.CostModel;

namespace Sourcewise.Core.Tests.CostModel;

public sealed class CostSimulatorTests
{
    private readonly CostSimulator _simulator = new();

    [Fact]
    public void A_certain_scenario_gives_its_arithmetic_total_at_every_percentile()
    {
        var result = _simulator.Simulate(Scenarios.Certain(), Scenarios.Options());

        result.Options.Count.ShouldBe(4);
        foreach (var option in result.Options)
        {
            option.P10.ShouldBe(option.ArithmeticTotal, option.Id);
            option.P50.ShouldBe(option.ArithmeticTotal, option.Id);
            option.P90.ShouldBe(option.ArithmeticTotal, option.Id);
            option.Mean.ShouldBe(option.ArithmeticTotal, option.ArithmeticTotal * 1e-12, option.Id);
            for (var m = 0; m < result.HorizonMonths; m++)
            {
                var band = option.Monthly[m];
                band.P10.ShouldBe(option.ArithmeticMonthly[m], 1e-6, $"{option.Id} month {m + 1}");
                band.P50.ShouldBe(option.ArithmeticMonthly[m], 1e-6, $"{option.Id} month {m + 1}");
                band.P90.ShouldBe(option.ArithmeticMonthly[m], 1e-6, $"{option.Id} month {m + 1}");
            }
        }
    }

    [Fact]
    public void Staff_augmentation_total_matches_the_hand_computed_figure()
    {
        // 2 heads × (10,000 rate + 10 h × 100 management) × 12 months = 264,000; the first month at half productivity
        // charges the missing half of the delay cost (default: the rate) for 2 heads: 2 × 0.5 × 10,000 = 10,000.
        var option = new StaffAugmentationOption
        {
            Heads = 2,
            MonthlyRatePerHead = 10000,
            RampUpMonths = 1,
            ManagementHoursPerHeadPerMonth = 10,
            ManagerHourlyCost = 100,
        };

        var result = Simulate(12, staffAugmentation: option);

        result.ArithmeticTotal.ShouldBe(274_000, 1e-6);
        result.P50.ShouldBe(274_000, 1e-6);
    }

    [Fact]
    public void Staff_augmentation_attrition_adds_the_expected_gap_and_ramp_up_cost()
    {
        // Departures per month: 4 × (1 − e^(−0.6/12)). Each costs a 4.333-week gap charged at 12,000 instead of the
        // 10,000 rate (+2,000 × 1 month) and a one-month ramp-up at half productivity (+0.5 × 12,000 = 6,000), clipped
        // to the horizon.
        var option = new StaffAugmentationOption
        {
            Heads = 4,
            MonthlyRatePerHead = 10000,
            RampUpMonths = 1,
            AttritionPerHeadPerYear = 0.6,
            ReplacementWeeks = 52.0 / 12.0,
            DelayCostPerHeadPerMonth = 12000,
        };
        var perMonth = 4 * (1 - Math.Exp(-0.6 / 12));
        var expected = 4 * 10000 * 12 + 4 * 0.5 * 12000 + perMonth * (11 * 8000 + 2000);

        var result = Simulate(12, trials: 100_000, staffAugmentation: option);

        result.ArithmeticTotal.ShouldBe(expected, 1e-6);
        result.Mean.ShouldBe(expected, expected * 0.002);
        result.P90.ShouldBeGreaterThan(result.P10);
    }

    [Fact]
    public void Project_outsourcing_total_matches_the_hand_computed_figure()
    {
        // Instalments 120,000 / 6 in months 1–6, knowledge transfer 20,000 in month 6, nothing after delivery.
        var option = new ProjectOutsourcingOption { FixedBid = 120000, KnowledgeTransferCost = 20000, DeliveryMonths = 6 };

        var result = Simulate(12, projectOutsourcing: option);

        result.P50.ShouldBe(140_000, 1e-6);
        result.Monthly[4].P50.ShouldBe(100_000, 1e-6);
        result.Monthly[5].P50.ShouldBe(140_000, 1e-6);
        result.Monthly[11].P50.ShouldBe(140_000, 1e-6);
    }

    [Fact]
    public void Change_requests_cost_their_expected_count_times_the_premium_price_on_average()
    {
        // Medium volatility: 2 per month × 12 months × 1,000 × 1.25 = 30,000 expected on top of the bid.
        var option = new ProjectOutsourcingOption
        {
            FixedBid = 120000,
            ChangeRequestsPerMonth = 2,
            ChangeRequestCost = 1000,
            ChangeRequestPremium = 0.25,
        };

        var result = Simulate(12, trials: 100_000, projectOutsourcing: option);

        result.ArithmeticTotal.ShouldBe(150_000, 1e-6);
        result.Mean.ShouldBe(150_000, 150_000 * 0.002);
        result.P10.ShouldBeLessThan(150_000);
        result.P90.ShouldBeGreaterThan(150_000);
    }

    [Theory]
    [InlineData(TierPricing.Volume, 7893.508)]
    [InlineData(TierPricing.Graduated, 8193.508)]
    public void Managed_services_total_matches_the_hand_computed_figure(TierPricing pricing, double expected)
    {
        // Units 100, 110, 121, 133.1, 146.41, 161.051 (+10% a month, certain); 10 each, 8 from 150 units; setup 500.
        // Volume: month 6 is 161.051 × 8. Graduated: month 6 is 150 × 10 + 11.051 × 8.
        var option = new ManagedServicesOption
        {
            SetupFee = 500,
            UnitPricePerMonth = 10,
            Units = 100,
            UnitGrowthPerMonth = 0.1,
            UnitGrowthSpread = 0,
            Tiers = [new VolumeTier(150, 8)],
            TierPricing = pricing,
        };

        var result = Simulate(6, managedServices: option);

        result.P10.ShouldBe(expected, 1e-6);
        result.P90.ShouldBe(expected, 1e-6);
    }

    [Theory]
    [InlineData(2.0, 190_000)]
    [InlineData(1.5, 195_000)]
    public void In_house_total_matches_the_hand_computed_figure(double timeToHire, double expected)
    {
        // Per head: delay 10,000 a month until the start, then 15,000 loaded salary (120,000 × 1.5 / 12), recruiting
        // 10,000 in the start month, and half the delay cost (5,000 a month) during one month of ramp-up.
        // Start at 2: 2 × 10,000 + 10,000 + 4 × 15,000 + 5,000 = 95,000 per head.
        // Start at 1.5: 15,000 delay + 10,000 + 4.5 × 15,000 + 5,000 = 97,500 per head.
        var option = new InHouseOption
        {
            Heads = 2,
            AnnualSalary = 120000,
            LoadedCostMultiplier = 1.5,
            RecruitingCostPerHire = 10000,
            TimeToHireMonths = timeToHire,
            TimeToHireSpread = 0,
            RampUpMonths = 1,
            RampUpProductivity = 0.5,
            DelayCostPerMonth = 20000,
        };

        var result = Simulate(6, inHouse: option);

        result.P10.ShouldBe(expected, 1e-6);
        result.P90.ShouldBe(expected, 1e-6);
    }

    [Fact]
    public void The_same_seed_gives_the_same_result_and_another_seed_does_not()
    {
        var options = Scenarios.Options(driverTrials: 1000);
        var first = _simulator.Simulate(Scenarios.Example(), options);
        var second = _simulator.Simulate(Scenarios.Example(), options);
        var other = _simulator.Simulate(Scenarios.Example(), options with { Seed = 43 });

        Fingerprint(second).ShouldBe(Fingerprint(first));
        Fingerprint(other).ShouldNotBe(Fingerprint(first));
        first.Seed.ShouldBe(42);
    }

    [Fact]
    public void Results_do_not_depend_on_the_number_of_threads()
    {
        var options = Scenarios.Options(trials: 3 * CostSimulator.BlockSize + 17, driverTrials: 500);

        var one = _simulator.Simulate(Scenarios.Example(), options with { MaxDegreeOfParallelism = 1 });
        var two = _simulator.Simulate(Scenarios.Example(), options with { MaxDegreeOfParallelism = 2 });
        var eight = _simulator.Simulate(Scenarios.Example(), options with { MaxDegreeOfParallelism = 8 });

        Fingerprint(two).ShouldBe(Fingerprint(one));
        Fingerprint(eight).ShouldBe(Fingerprint(one));
    }

    [Fact]
    public void Without_a_seed_one_is_drawn_and_reported_and_reproduces_the_run()
    {
        var drawn = _simulator.Simulate(Scenarios.Example(), new CostSimulationOptions { Trials = 2000, DriverTrials = 0 });
        var again = _simulator.Simulate(Scenarios.Example(), Scenarios.Options(2000, drawn.Seed));

        drawn.Seed.ShouldBeGreaterThanOrEqualTo(0);
        Fingerprint(again).ShouldBe(Fingerprint(drawn));
    }

    [Fact]
    public void Probabilities_of_being_cheapest_add_up_to_one_and_ties_are_shared()
    {
        var example = _simulator.Simulate(Scenarios.Example(), Scenarios.Options());
        var sa = new StaffAugmentationOption { Heads = 1, MonthlyRatePerHead = 1000 };
        var tie = _simulator.Simulate(
            CostScenario.Create(12, staffAugmentation: sa,
                inHouse: new InHouseOption { Heads = 1, AnnualSalary = 12000, LoadedCostMultiplier = 1 }).GetValueOrThrow(),
            Scenarios.Options());

        example.Options.Sum(o => o.ProbabilityCheapest).ShouldBe(1.0, 1e-12);
        tie[CostOptionKind.StaffAugmentation].ProbabilityCheapest.ShouldBe(0.5);
        tie[CostOptionKind.InHouse].ProbabilityCheapest.ShouldBe(0.5);
    }

    [Fact]
    public void Break_even_is_the_month_from_which_an_option_stays_no_dearer()
    {
        // Managed services: 50,000 setup + 5,000 a month; staff augmentation 10,000 a month. 50,000 + 5,000 m ≤ 10,000 m
        // from month 10 on; staff augmentation is cheaper only until then.
        var scenario = CostScenario.Create(24,
            staffAugmentation: new StaffAugmentationOption { Heads = 1, MonthlyRatePerHead = 10000 },
            managedServices: new ManagedServicesOption { SetupFee = 50000, UnitPricePerMonth = 50, Units = 100 })
            .GetValueOrThrow();

        var result = _simulator.Simulate(scenario, Scenarios.Options());

        result[CostOptionKind.ManagedServices].BreakEven[CostOptionKind.StaffAugmentation].ShouldBe(10);
        result[CostOptionKind.StaffAugmentation].BreakEven[CostOptionKind.ManagedServices].ShouldBeNull();
    }

    [Fact]
    public void Drivers_rank_one_at_a_time_swings_by_how_much_they_move_the_median()
    {
        var result = _simulator.Simulate(Scenarios.Example(), Scenarios.Options(driverTrials: 2000));

        var outsourcing = result[CostOptionKind.ProjectOutsourcing];
        outsourcing.Drivers.Select(d => d.Parameter).ShouldContain("volatility");
        outsourcing.Drivers.Select(d => d.Swing).ShouldBeInOrder(SortDirection.Descending);
        var volatility = outsourcing.Drivers.Single(d => d.Parameter == "volatility");
        volatility.LowLabel.ShouldBe("low");
        volatility.HighLabel.ShouldBe("high");
        volatility.P50AtHigh.ShouldBeGreaterThan(volatility.P50AtLow);
        // ±20% of the rate moves 4 heads × 24 months of billing plus the first ramp-up (charged at the rate); the
        // replacements' ramp-ups add a few half-months of 5,600 on top.
        var rate = result[CostOptionKind.StaffAugmentation].Drivers.Single(d => d.Parameter == "monthlyRatePerHead");
        (rate.Low, rate.High).ShouldBe((11200, 16800));
        rate.Swing.ShouldBe(4 * 5600 * 24 + 4 * 0.5 * 5600, 4 * 0.5 * 5600);
        result[CostOptionKind.InHouse].Drivers.ShouldNotContain(d => d.Parameter == "timeToHireSpread" && d.Swing < 0);
    }

    [Fact]
    public void Drivers_are_skipped_when_asked()
    {
        var result = _simulator.Simulate(Scenarios.Example(), Scenarios.Options(driverTrials: 0));

        result.DriverTrials.ShouldBe(0);
        result.Options.ShouldAllBe(o => o.Drivers.Count == 0);
    }

    [Fact]
    public void Progress_reaches_one_and_cancellation_stops_the_run()
    {
        var reports = new List<double>();
        var progress = new SynchronousProgress(reports);
        _simulator.Simulate(Scenarios.Example(), Scenarios.Options(20_000) with { Progress = progress });
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        reports.ShouldNotBeEmpty();
        reports[^1].ShouldBe(1.0);
        Should.Throw<OperationCanceledException>(() =>
            _simulator.Simulate(Scenarios.Example(), Scenarios.Options(20_000), cancelled.Token));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(CostSimulationOptions.MaxTrials + 1)]
    public void A_trial_count_out_of_range_is_a_caller_error(int trials) =>
        Should.Throw<ArgumentOutOfRangeException>(() =>
            _simulator.Simulate(Scenarios.Example(), Scenarios.Options(trials)));

    [Fact]
    public void Streaming_monthly_bands_stay_within_the_documented_error_of_exact_percentiles()
    {
        // Documented tolerance: 0.1% of that month's exact median (measured worst case about 0.04%).
        const int trials = 50_000;
        var scenario = Scenarios.Example(36);
        var result = _simulator.Simulate(scenario, Scenarios.Options(trials, seed: 7));
        var exact = CostSimulator.ExactMonthlyPercentiles(scenario, trials, 7);

        for (var o = 0; o < result.Options.Count; o++)
        {
            foreach (var band in result.Options[o].Monthly)
            {
                var e = exact[o][band.Month - 1];
                var tolerance = 0.001 * e[1];
                band.P10.ShouldBe(e[0], tolerance, $"{result.Options[o].Id} month {band.Month} p10");
                band.P50.ShouldBe(e[1], tolerance, $"{result.Options[o].Id} month {band.Month} p50");
                band.P90.ShouldBe(e[2], tolerance, $"{result.Options[o].Id} month {band.Month} p90");
            }
        }
    }

    private CostOptionResult Simulate(int horizon, int trials = 2000, StaffAugmentationOption? staffAugmentation = null,
        ProjectOutsourcingOption? projectOutsourcing = null, ManagedServicesOption? managedServices = null,
        InHouseOption? inHouse = null)
    {
        var scenario = CostScenario.Create(horizon, CostVolatility.Medium, "USD", staffAugmentation, projectOutsourcing,
            managedServices, inHouse).GetValueOrThrow();
        return _simulator.Simulate(scenario, Scenarios.Options(trials)).Options.Single();
    }

    internal static string Fingerprint(CostResult result) => string.Join("\n", result.Options.Select(o =>
        $"{o.Id} {o.P10:R} {o.P50:R} {o.P90:R} {o.Mean:R} {o.ProbabilityCheapest:R} " +
        string.Join(",", o.Monthly.Select(b => $"{b.P10:R}/{b.P50:R}/{b.P90:R}")) + " " +
        string.Join(",", o.Drivers.Select(d => $"{d.Parameter}:{d.P50AtLow:R}:{d.P50AtHigh:R}"))));

    private sealed class SynchronousProgress(List<double> reports) : IProgress<double>
    {
        public void Report(double value)
        {
            lock (reports)
            {
                reports.Add(value);
            }
        }
    }
}
