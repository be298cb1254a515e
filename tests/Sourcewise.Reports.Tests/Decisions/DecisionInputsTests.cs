using Sourcewise.CostModel;
using Sourcewise.Reports.Decisions;

namespace Sourcewise.Reports.Tests.Decisions;

public sealed class DecisionInputsTests
{
    private static CostResult Simulate()
    {
        var scenario = CostScenario.Create(24,
            staffAugmentation: new StaffAugmentationOption { Heads = 4, MonthlyRatePerHead = 14000 },
            projectOutsourcing: new ProjectOutsourcingOption { FixedBid = 480000, ChangeRequestsPerMonth = 1.5, ChangeRequestCost = 18000, ChangeRequestPremium = 0.25 }).Value!;
        return new CostSimulator().Simulate(scenario, new CostSimulationOptions { Trials = 2000, Seed = 7, DriverTrials = 500 });
    }

    [Fact]
    public void A_cost_result_maps_to_the_options_the_record_shows_in_scenario_order()
    {
        var result = Simulate();

        var cost = DecisionInputs.FromCost(result, "<svg/>", null, 800, 450, "scenario.yaml");

        cost.Options.Select(o => o.Id).ShouldBe(["staffAugmentation", "projectOutsourcing"]);
        cost.Options[0].P50.ShouldBe(result.Options[0].P50);
        cost.Options.Sum(o => o.ProbabilityCheapest).ShouldBe(1, 1e-9);
        cost.Trials.ShouldBe(2000);
        cost.Seed.ShouldBe(7);
        cost.HorizonMonths.ShouldBe(24);
        cost.ChartSvg.ShouldBe("<svg/>");
    }

    [Fact]
    public void Notes_name_the_biggest_cost_drivers_of_the_cheapest_option()
    {
        var result = Simulate();

        var notes = DecisionInputs.FromCost(result, null, null, 0, 0).Notes;

        var cheapest = result.CheapestAtMedian;
        var top = cheapest.Drivers.MaxBy(d => d.Swing)!;
        notes.ShouldContain(n => n.StartsWith($"Cost driver for {cheapest.Kind.ToDisplayName()}: {top.Parameter} from ", StringComparison.Ordinal));
        notes.Count(n => n.StartsWith("Cost driver", StringComparison.Ordinal)).ShouldBeLessThanOrEqualTo(3);
    }
}
