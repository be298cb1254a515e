using Sourcewise.CostModel;
using Sourcewise.Documents.Scenarios;

namespace Sourcewise.Documents.Tests.Scenarios;

public sealed class CostScenarioReaderTests
{
    private const string Valid = """
        horizonMonths: 24
        volatility: high
        currency: EUR
        options:
          staffAugmentation: { heads: 4, monthlyRatePerHead: 14000, rampUpMonths: 1 }
          projectOutsourcing: { fixedBid: 480000, changeRequestsPerMonth: 1.5, changeRequestCost: 18000, deliveryMonths: 18 }
          managedServices:
            units: 300
            unitPricePerMonth: 45
            tierPricing: graduated
            tiers:
              - { fromUnits: 500, unitPricePerMonth: 38 }
              - { fromUnits: 1000, unitPricePerMonth: 30 }
          inHouse: { heads: 4, annualSalary: 160000, timeToHireMonths: 3 }
        """;

    [Fact]
    public void The_example_scenario_reads_with_every_key()
    {
        var scenario = CostScenarioReader.ReadText(File.ReadAllText(ExamplePath()), "scenario.yaml").GetValueOrThrow();

        scenario.HorizonMonths.ShouldBe(24);
        scenario.Volatility.ShouldBe(CostVolatility.Medium);
        scenario.Currency.ShouldBe("USD");
        scenario.Kinds.Count.ShouldBe(4);
        scenario.StaffAugmentation!.ReplacementWeeks.ShouldBe(2);
        scenario.ProjectOutsourcing!.ChangeRequestPremium.ShouldBe(0.25);
        scenario.ManagedServices!.Tiers.ShouldBe([new VolumeTier(500, 38)]);
        scenario.InHouse!.DelayCostPerMonth.ShouldBe(30000);
    }

    [Fact]
    public void Defaults_fill_absent_keys_and_extra_keys_are_read()
    {
        var scenario = CostScenarioReader.ReadText(Valid, "s.yaml").GetValueOrThrow();

        scenario.Volatility.ShouldBe(CostVolatility.High);
        scenario.Currency.ShouldBe("EUR");
        scenario.StaffAugmentation!.RampUpProductivity.ShouldBe(0.5);
        scenario.StaffAugmentation.EffectiveDelayCostPerHeadPerMonth.ShouldBe(14000);
        scenario.ProjectOutsourcing!.DeliveryMonths.ShouldBe(18);
        scenario.ManagedServices!.TierPricing.ShouldBe(TierPricing.Graduated);
        scenario.ManagedServices.Tiers.Count.ShouldBe(2);
        scenario.InHouse!.LoadedCostMultiplier.ShouldBe(1.3);
    }

    [Fact]
    public void Json_reads_the_same_as_yaml()
    {
        const string json = """
            {"horizonMonths": 12, "options": {"inHouse": {"heads": 2, "annualSalary": 100000, "timeToHireMonths": 2}}}
            """;
        var yaml = "horizonMonths: 12\noptions:\n  inHouse: { heads: 2, annualSalary: 100000, timeToHireMonths: 2 }\n";

        CostScenarioReader.ReadText(json, "s.json").GetValueOrThrow().InHouse
            .ShouldBe(CostScenarioReader.ReadText(yaml, "s.yaml").GetValueOrThrow().InHouse);
    }

    [Theory]
    [InlineData("horizonMonths: 0\noptions: { inHouse: { heads: 1, annualSalary: 1 } }", "horizon-out-of-range", "horizonMonths", 1, 16)]
    [InlineData("horizonMonths: 121\noptions: { inHouse: { heads: 1, annualSalary: 1 } }", "horizon-out-of-range", "horizonMonths", 1, 16)]
    [InlineData("horizonMonths: 12.5\noptions: { inHouse: { heads: 1, annualSalary: 1 } }", "not-whole", "horizonMonths", 1, 16)]
    [InlineData("options: { inHouse: { heads: 1, annualSalary: 1 } }", "missing-key", "horizonMonths", 1, 1)]
    [InlineData("horizonMonths: 12\n", "missing-key", "options", 1, 1)]
    [InlineData("horizonMonths: 12\noptions: {}\n", "no-options", "options", 2, 10)]
    [InlineData("horizonMonths: 12\nhorizon: 3\noptions: { inHouse: { heads: 1, annualSalary: 1 } }", "unknown-key", "horizon", 2, 1)]
    [InlineData("horizonMonths: 12\nvolatility: extreme\noptions: { inHouse: { heads: 1, annualSalary: 1 } }", "invalid-value", "volatility", 2, 13)]
    [InlineData("horizonMonths: 12\ncurrency: dollars\noptions: { inHouse: { heads: 1, annualSalary: 1 } }", "invalid-currency", "currency", 2, 11)]
    [InlineData("horizonMonths: 12\noptions:\n  inhouse: { heads: 1, annualSalary: 1 }\n", "unknown-option", "options.inhouse", 3, 3)]
    [InlineData("horizonMonths: 12\noptions:\n  inHouse: { heads: 1, annualSalary: 1, salary: 3 }\n", "unknown-key", "options.inHouse.salary", 3, 41)]
    [InlineData("horizonMonths: 12\noptions:\n  inHouse: { heads: -2, annualSalary: 1 }\n", "out-of-range", "options.inHouse.heads", 3, 21)]
    [InlineData("horizonMonths: 12\noptions:\n  inHouse: { heads: 2.5, annualSalary: 1 }\n", "not-whole", "options.inHouse.heads", 3, 21)]
    [InlineData("horizonMonths: 12\noptions:\n  inHouse: { heads: 1e9, annualSalary: 1 }\n", "absurd", "options.inHouse.heads", 3, 21)]
    [InlineData("horizonMonths: 12\noptions:\n  inHouse: { heads: 1 }\n", "missing-key", "options.inHouse.annualSalary", 3, 12)]
    [InlineData("horizonMonths: 12\noptions:\n  staffAugmentation: { heads: 1, monthlyRatePerHead: -14000 }\n", "negative", "options.staffAugmentation.monthlyRatePerHead", 3, 54)]
    [InlineData("horizonMonths: 12\noptions:\n  staffAugmentation: { heads: 1, monthlyRatePerHead: '14000' }\n", "not-a-number", "options.staffAugmentation.monthlyRatePerHead", 3, 54)]
    [InlineData("horizonMonths: 12\noptions:\n  staffAugmentation: { heads: 1, monthlyRatePerHead: .inf }\n", "not-a-number", "options.staffAugmentation.monthlyRatePerHead", 3, 54)]
    [InlineData("horizonMonths: 12\noptions:\n  staffAugmentation: { heads: 1, monthlyRatePerHead: 1, attritionPerHeadPerYear: 40 }\n", "absurd", "options.staffAugmentation.attritionPerHeadPerYear", 3, 82)]
    [InlineData("horizonMonths: 12\noptions:\n  projectOutsourcing: { fixedBid: 1, changeRequestPremium: -0.1 }\n", "negative", "options.projectOutsourcing.changeRequestPremium", 3, 60)]
    [InlineData("horizonMonths: 12\noptions:\n  projectOutsourcing: [1, 2]\n", "invalid-value", "options.projectOutsourcing", 3, 23)]
    [InlineData("horizonMonths: 12\noptions:\n  managedServices:\n    units: 1\n    unitPricePerMonth: 2\n    tiers:\n      - { fromUnits: 500, unitPricePerMonth: 38 }\n      - { fromUnits: 400, unitPricePerMonth: 30 }\n", "tiers-out-of-order", "options.managedServices.tiers[1].fromUnits", 8, 22)]
    [InlineData("horizonMonths: 12\noptions:\n  managedServices:\n    units: 1\n    unitPricePerMonth: 2\n    tiers:\n      - { fromUnit: 500, unitPricePerMonth: 38 }\n", "unknown-key", "options.managedServices.tiers[0].fromUnit", 7, 11)]
    [InlineData("horizonMonths: 12\noptions:\n  managedServices:\n    units: 1\n    unitPricePerMonth: 2\n    tiers: { fromUnits: 1 }\n", "invalid-value", "options.managedServices.tiers", 6, 12)]
    [InlineData("horizonMonths: 12\noptions:\n  managedServices: { units: 1, unitPricePerMonth: 2, tierPricing: tiered }\n", "invalid-value", "options.managedServices.tierPricing", 3, 67)]
    [InlineData("horizonMonths: 12\noptions:\n  managedServices: { units: 1, unitPricePerMonth: 2, unitGrowthPerMonth: -0.9 }\n", "out-of-range", "options.managedServices.unitGrowthPerMonth", 3, 74)]
    public void Bad_input_names_the_field_and_its_position(string text, string code, string field, int line, int column)
    {
        var result = CostScenarioReader.ReadText(text, "s.yaml");

        result.Success.ShouldBeFalse();
        var error = result.Diagnostics.First(d => d.IsError);
        (error.Code, error.Location!.Field, error.Location.Line, error.Location.Column)
            .ShouldBe((code, field, (int?)line, (int?)column), error.ToString());
        error.ToString().ShouldStartWith($"s.yaml:{line}:{column}: {field}: ");
    }

    [Theory]
    [InlineData("horizonMonths: 12\noptions:\n  inhouse: { heads: 1, annualSalary: 1 }\n", "did you mean 'inHouse'?")]
    [InlineData("horizonMonths: 12\noptions:\n  inHouse: { heads: 1, anualSalary: 1 }\n", "did you mean 'annualSalary'?")]
    [InlineData("horizonMonth: 12\noptions:\n  inHouse: { heads: 1, annualSalary: 1 }\n", "did you mean 'horizonMonths'?")]
    public void Unknown_names_get_a_suggestion(string text, string suggestion) =>
        CostScenarioReader.ReadText(text, "s.yaml").Diagnostics.ShouldContain(d => d.Message.Contains(suggestion));

    [Fact]
    public void All_problems_are_reported_at_once()
    {
        var result = CostScenarioReader.ReadText(
            "horizonMonths: 12\noptions:\n  inHouse: { heads: -1, annualSalary: -5 }\n  staffAugmentation: { heads: 1 }\n",
            "s.yaml");

        result.Diagnostics.Select(d => d.Location!.Field).ShouldBe(
        [
            "options.inHouse.heads", "options.inHouse.annualSalary", "options.staffAugmentation.monthlyRatePerHead",
        ]);
    }

    [Fact]
    public void Scenario_level_problems_are_reported_along_with_parameter_problems()
    {
        var result = CostScenarioReader.ReadText("""
            horizonMonths: 200
            options:
              inHouse: { heads: -4, annualSalary: 160000 }
              managedServices: { units: 3, unitPricePerMonth: 4, tiers: [ { fromUnits: 5, unitPricePerMonth: 3 }, { fromUnits: 4, unitPricePerMonth: 2 } ] }
            """, "s.yaml");

        result.Diagnostics.Select(d => d.Location!.Field).ShouldBe(
        [
            "options.inHouse.heads", "horizonMonths", "options.managedServices.tiers[1].fromUnits",
        ]);
    }

    [Fact]
    public void Options_that_all_have_errors_do_not_also_report_that_no_option_was_given()
    {
        var result = CostScenarioReader.ReadText("horizonMonths: 12\noptions:\n  inHouse: { heads: 0, annualSalary: 1 }\n",
            "s.yaml");

        result.Diagnostics.Select(d => d.Code).ShouldBe(["out-of-range"]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("- 1\n- 2\n")]
    [InlineData("horizonMonths: [1\n")]
    [InlineData("\u0000\u0001binary")]
    public void Malformed_documents_fail_without_throwing(string text) =>
        CostScenarioReader.ReadText(text, "s.yaml").Success.ShouldBeFalse();

    private static string ExamplePath()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Sourcewise.slnx")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir!.FullName, "examples", "scenario.yaml");
    }
}
