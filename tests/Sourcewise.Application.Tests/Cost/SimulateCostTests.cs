using Sourcewise.Application.Cost;
using Sourcewise.Application.Output;

namespace Sourcewise.Application.Tests.Cost;

/// <summary>One set of cost defaults and limits, whichever host asks.</summary>
public sealed class SimulateCostTests
{
    private static Sourcewise.CostModel.CostScenario Scenario() =>
        SimulateCost.ReadFileAsync(TestFiles.Example("scenario.yaml"), CancellationToken.None).GetAwaiter().GetResult().Value!;

    [Fact]
    public void The_defaults_are_the_cost_commands()
    {
        CostDefaults.Trials.ShouldBe(100_000);
        CostDefaults.MinTrials.ShouldBe(1);
        CostDefaults.MaxTrials.ShouldBe(10_000_000);
        CostDefaults.RecordSeed.ShouldBe(1);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(10_000_001)]
    public void Trials_out_of_the_limits_are_invalid_naming_trials(int trials)
    {
        var result = SimulateCost.Simulate(Scenario(), trials, 1);

        result.Status.ShouldBe(OutcomeStatus.Invalid);
        result.Diagnostics.ShouldHaveSingleItem().Location!.Field.ShouldBe("trials");
    }

    [Fact]
    public void A_negative_seed_is_invalid_naming_seed() =>
        SimulateCost.Simulate(Scenario(), 100, -1).Diagnostics.ShouldHaveSingleItem().Location!.Field.ShouldBe("seed");

    [Fact]
    public void The_same_seed_gives_the_same_bytes_and_no_seed_draws_one()
    {
        var scenario = Scenario();

        var first = SimulateCost.Simulate(scenario, 2_000, 42).Value!;
        var second = SimulateCost.Simulate(scenario, 2_000, 42).Value!;
        var drawn = SimulateCost.Simulate(scenario, 2_000).Value!;

        SimulateCost.Render(second, OutputFormat.Json).ShouldBe(SimulateCost.Render(first, OutputFormat.Json));
        first.Trials.ShouldBe(2_000);
        drawn.Seed.ShouldBeGreaterThanOrEqualTo(0);
    }

    [Theory]
    [InlineData("chart.svg", ChartFormat.Svg)]
    [InlineData("CHART.PNG", ChartFormat.Png)]
    [InlineData("chart.jpg", null)]
    [InlineData(null, null)]
    public void The_chart_format_comes_from_the_extension(string? name, ChartFormat? expected) =>
        SimulateCost.ChartFormatOf(name).ShouldBe(expected);
}
