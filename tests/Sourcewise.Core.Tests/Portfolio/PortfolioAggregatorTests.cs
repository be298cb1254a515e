using Sourcewise.Portfolio;
using Sourcewise.Profiles;

namespace Sourcewise.Core.Tests.Portfolio;

public sealed class PortfolioAggregatorTests
{
    private const string Sa = "staff-augmentation";
    private const string Po = "project-outsourcing";
    private const string Ms = "managed-services";

    private static WorkProfile Profile(string name, params (string Key, string Value)[] answers)
    {
        var builder = new WorkProfileBuilder();
        builder.Set("name", name);
        foreach (var (key, value) in answers)
        {
            builder.Set(key, value);
        }

        return builder.Build().GetValueOrThrow();
    }

    [Fact]
    public void The_summary_counts_each_model_close_calls_failed_rows_and_mistakes()
    {
        var aggregator = new PortfolioAggregator();
        aggregator.Add(1, Profile("A"), Sa, Sa, ["augmentation-without-leadership"]);
        aggregator.Add(2, Profile("B"), Po, Po, []);
        aggregator.Add(3, Profile("C"), "close-call", Sa, ["augmentation-without-leadership", "short-term-convenience"]);
        aggregator.Add(4, Profile("D"), Ms, Ms, []);
        aggregator.AddFailed();

        var summary = aggregator.Summary();

        summary.Counts().ShouldBe([new(Sa, 1), new(Po, 1), new(Ms, 1), new("close-call", 1)]);
        summary.Assessed.ShouldBe(4);
        summary.Failed.ShouldBe(1);
        summary.Mistakes.ShouldBe([new("augmentation-without-leadership", 2), new("short-term-convenience", 1)]);
    }

    [Fact]
    public void One_model_recommended_for_every_workstream_fires_single_model_for_everything_naming_the_rows()
    {
        var aggregator = new PortfolioAggregator();
        aggregator.Add(1, Profile("Core app"), Sa, Sa, []);
        aggregator.Add(2, Profile("Payroll"), Sa, Sa, []);
        aggregator.Add(3, Profile("Patching"), Sa, Sa, []);

        var finding = aggregator.Findings().Single(f => f.Id == "single-model-for-everything");

        finding.Count.ShouldBe(3);
        finding.Message.ShouldContain("Every workstream (3 workstreams) is recommended staff-augmentation");
        finding.Message.ShouldContain("row 1 'Core app', row 2 'Payroll' and row 3 'Patching'");
        finding.Rows.Select(r => r.Row).ShouldBe([1, 2, 3]);
    }

    [Fact]
    public void Different_recommendations_do_not_fire_single_model_for_everything()
    {
        var aggregator = new PortfolioAggregator();
        aggregator.Add(1, Profile("A"), Sa, Sa, []);
        aggregator.Add(2, Profile("B"), Po, Po, []);

        aggregator.Findings().ShouldNotContain(f => f.Id == "single-model-for-everything");
    }

    [Fact]
    public void A_single_workstream_is_not_one_model_for_everything()
    {
        var aggregator = new PortfolioAggregator();
        aggregator.Add(1, Profile("A"), Sa, Sa, []);

        aggregator.Findings().ShouldBeEmpty();
    }

    [Fact]
    public void Planning_every_workstream_on_one_model_fires_when_some_would_be_better_served_otherwise()
    {
        var aggregator = new PortfolioAggregator();
        aggregator.Add(1, Profile("A", ("considering", Po)), Po, Po, []);
        aggregator.Add(2, Profile("B", ("considering", Po)), Ms, Ms, []);

        var finding = aggregator.Findings().Single(f => f.Id == "single-model-for-everything");

        finding.Message.ShouldContain("planned as project-outsourcing");
        finding.Rows.Single().ShouldBe(new PortfolioRowRef(2, "B", "recommended managed-services"));
    }

    [Fact]
    public void Differentiating_product_work_recommended_or_considered_for_outsourcing_fires_core_product_outsourced()
    {
        var aggregator = new PortfolioAggregator();
        aggregator.Add(1, Profile("Core", ("workType", "product"), ("differentiating", "true")), Po, Po, []);
        aggregator.Add(2, Profile("Also core", ("workType", "product"), ("differentiating", "true"), ("considering", Po)), Sa, Sa, []);
        aggregator.Add(3, Profile("Side", ("workType", "project"), ("differentiating", "false")), Po, Po, []);
        aggregator.Add(4, Profile("Core kept", ("workType", "product"), ("differentiating", "true")), Sa, Sa, []);

        var finding = aggregator.Findings().Single(f => f.Id == "core-product-outsourced");

        finding.Count.ShouldBe(2);
        finding.Rows.ShouldBe([new PortfolioRowRef(1, "Core", "recommended"), new PortfolioRowRef(2, "Also core", "considered")]);
        finding.Message.ShouldContain("2 workstreams of differentiating (core) work are recommended or considered for project outsourcing");
    }

    [Fact]
    public void Non_differentiating_outsourcing_does_not_fire_core_product_outsourced()
    {
        var aggregator = new PortfolioAggregator();
        aggregator.Add(1, Profile("Side", ("workType", "project"), ("differentiating", "false")), Po, Po, []);
        aggregator.Add(2, Profile("Core", ("workType", "product"), ("differentiating", "true")), Sa, Sa, []);

        aggregator.Findings().ShouldNotContain(f => f.Id == "core-product-outsourced");
    }

    [Fact]
    public void Operations_on_augmentation_fires_for_operations_recommended_or_considered_for_augmentation()
    {
        var aggregator = new PortfolioAggregator();
        aggregator.Add(1, Profile("Ops", ("workType", "operations")), "close-call", Sa, []);
        aggregator.Add(2, Profile("Ops planned", ("workType", "operations"), ("considering", Sa)), Ms, Ms, []);
        aggregator.Add(3, Profile("Ops fine", ("workType", "operations")), Ms, Ms, []);
        aggregator.Add(4, Profile("Product", ("workType", "product")), Sa, Sa, []);

        var finding = aggregator.Findings().Single(f => f.Id == "operations-on-augmentation");

        finding.Rows.ShouldBe([new PortfolioRowRef(1, "Ops", "a close call leaning to it"), new PortfolioRowRef(2, "Ops planned", "considered")]);
    }

    [Fact]
    public void Operations_on_managed_services_does_not_fire_operations_on_augmentation()
    {
        var aggregator = new PortfolioAggregator();
        aggregator.Add(1, Profile("Ops", ("workType", "operations")), Ms, Ms, []);
        aggregator.Add(2, Profile("Product", ("workType", "product")), Sa, Sa, []);

        aggregator.Findings().ShouldBeEmpty();
    }

    [Fact]
    public void Mistakes_are_counted_across_rows_with_their_rows_named()
    {
        var aggregator = new PortfolioAggregator();
        aggregator.Add(1, Profile("A"), Sa, Sa, ["augmentation-without-leadership"]);
        aggregator.Add(2, Profile("B"), Po, Po, []);
        aggregator.Add(3, Profile("C"), Sa, Sa, ["augmentation-without-leadership"]);

        var finding = aggregator.Findings().Single(f => f.Id == "augmentation-without-leadership");

        finding.Count.ShouldBe(2);
        finding.Message.ShouldBe("2 workstreams risk the mistake to add engineers without the leadership or the next-sprint plan to direct them, which slows a team down instead of speeding it up: row 1 'A' and row 3 'C'.");
    }

    [Fact]
    public void A_finding_over_many_rows_keeps_only_the_first_rows_and_the_full_count()
    {
        var aggregator = new PortfolioAggregator();
        for (var i = 1; i <= 10_000; i++)
        {
            aggregator.Add(i, Profile("W" + i), Sa, Sa, []);
        }

        var finding = aggregator.Findings().Single();

        finding.Count.ShouldBe(10_000);
        finding.Rows.Count.ShouldBe(PortfolioAggregator.MaxRowsPerFinding);
        finding.MoreRows.ShouldBe(10_000 - PortfolioAggregator.MaxRowsPerFinding);
        finding.Message.ShouldContain("and 9,995 more");
    }
}
