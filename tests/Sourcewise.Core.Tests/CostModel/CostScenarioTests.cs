using Sourcewise.CostModel;

namespace Sourcewise.Core.Tests.CostModel;

public sealed class CostScenarioTests
{
    [Fact]
    public void A_valid_scenario_lists_its_options_in_canonical_order()
    {
        var scenario = CostScenario.Create(12, inHouse: Scenarios.InHouse, staffAugmentation: Scenarios.StaffAugmentation)
            .GetValueOrThrow();

        scenario.Kinds.ShouldBe([CostOptionKind.StaffAugmentation, CostOptionKind.InHouse]);
        scenario.Currency.ShouldBe("USD");
        scenario.Volatility.ShouldBe(CostVolatility.Medium);
    }

    [Fact]
    public void Every_problem_is_reported_with_its_field_path()
    {
        var result = CostScenario.Create(121, CostVolatility.Low, "usd",
            Scenarios.StaffAugmentation with { MonthlyRatePerHead = -1, Heads = 0 },
            managedServices: Scenarios.ManagedServices with
            {
                Tiers = [new VolumeTier(500, 38), new VolumeTier(400, 30)],
            },
            inHouse: Scenarios.InHouse with { TimeToHireMonths = 1e6 });

        result.Success.ShouldBeFalse();
        result.Diagnostics.Select(d => (d.Location!.Field, d.Code)).ShouldBe(
        [
            ("horizonMonths", "horizon-out-of-range"),
            ("currency", "invalid-currency"),
            ("options.staffAugmentation.heads", "out-of-range"),
            ("options.staffAugmentation.monthlyRatePerHead", "negative"),
            ("options.inHouse.timeToHireMonths", "absurd"),
            ("options.managedServices.tiers[1].fromUnits", "tiers-out-of-order"),
        ]);
    }

    [Fact]
    public void A_scenario_needs_at_least_one_option()
    {
        var result = CostScenario.Create(12);

        result.Diagnostics.Single().Location!.Field.ShouldBe("options");
        result.Diagnostics.Single().Code.ShouldBe("no-options");
    }

    [Theory]
    [InlineData("staffAugmentation", CostOptionKind.StaffAugmentation)]
    [InlineData("inHouse", CostOptionKind.InHouse)]
    public void Option_ids_round_trip(string id, CostOptionKind kind)
    {
        CostOptionKinds.TryParse(id, out var parsed).ShouldBeTrue();
        parsed.ShouldBe(kind);
        kind.ToId().ShouldBe(id);
        CostOptionKinds.TryParse("in-house", out _).ShouldBeFalse();
    }
}
