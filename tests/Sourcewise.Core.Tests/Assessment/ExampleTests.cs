using Sourcewise.Assessments;

namespace Sourcewise.Core.Tests.Assessment;

/// <summary>The shared worked examples in <c>examples/</c> and their expected answers (see its README).</summary>
public sealed class ExampleTests
{
    private static readonly AssessmentEngine Engine = AssessmentEngine.Default;

    [Fact]
    public void The_seed_marketplace_is_augmentation_and_outsourcing_it_is_flagged()
    {
        var result = Engine.Assess(Profiles.Example("seed-marketplace.yaml"));

        result.Recommendation.ShouldBe("staff-augmentation");
        result.Mistakes.Select(m => m.Id).ShouldContain("outsourcing-core-under-uncertainty");
        result.Mistakes.Single(m => m.Id == "outsourcing-core-under-uncertainty").Severity.ShouldBe(MistakeSeverity.Error);
    }

    [Fact]
    public void The_payroll_integration_is_outsourced_with_no_mistakes()
    {
        var result = Engine.Assess(Profiles.Example("payroll-integration.yaml"));

        result.Recommendation.ShouldBe("project-outsourcing");
        result.Mistakes.ShouldBeEmpty();
    }

    [Fact]
    public void Database_operations_are_a_managed_service_with_no_mistakes()
    {
        var result = Engine.Assess(Profiles.Example("database-operations.yaml"));

        result.Recommendation.ShouldBe("managed-services");
        result.Mistakes.ShouldBeEmpty();
    }

    [Fact]
    public void Search_relevance_is_augmentation_and_leadership_is_not_flagged()
    {
        var result = Engine.Assess(Profiles.Example("search-relevance.yaml"));

        result.Recommendation.ShouldBe("staff-augmentation");
        result.Mistakes.Select(m => m.Id).ShouldNotContain("augmentation-without-leadership");
    }
}
