using Sourcewise.Assessments;

namespace Sourcewise.Core.Tests.Assessment;

/// <summary>Each named model-selection mistake, firing and not firing.</summary>
public sealed class MistakeTests
{
    private static readonly AssessmentEngine Engine = AssessmentEngine.Default;

    private static string[] Ids(params (string, string)[] answers) =>
        [.. Engine.Assess(Profiles.Make("w", answers)).Mistakes.Select(m => m.Id)];

    [Fact]
    public void Outsourcing_core_product_under_uncertainty_fires_when_outsourcing_is_on_the_table()
    {
        Ids(("workType", "product"), ("differentiating", "true"), ("requirementVolatility", "high"), ("considering", "project-outsourcing"))
            .ShouldContain("outsourcing-core-under-uncertainty");
    }

    [Fact]
    public void Outsourcing_non_core_work_with_stable_requirements_is_not_flagged()
    {
        Ids(("workType", "project"), ("differentiating", "false"), ("requirementVolatility", "low"), ("considering", "project-outsourcing"))
            .ShouldNotContain("outsourcing-core-under-uncertainty");
    }

    [Fact]
    public void Core_work_under_uncertainty_is_not_flagged_when_augmentation_is_on_the_table()
    {
        Ids(("workType", "product"), ("differentiating", "true"), ("requirementVolatility", "high"), ("considering", "staff-augmentation"),
            ("leadershipBandwidth", "high"), ("nextSprintPlanned", "true"))
            .ShouldBeEmpty();
    }

    [Fact]
    public void Short_term_convenience_fires_when_lowest_cost_now_drives_lasting_core_work()
    {
        var mistake = Engine.Assess(Profiles.Make("w", ("costPriority", "lowest-now"), ("differentiating", "true")))
            .Mistakes.Single(m => m.Id == "short-term-convenience");
        mistake.Severity.ShouldBe(MistakeSeverity.Warning);
        mistake.Why.ShouldContain("two years");
    }

    [Fact]
    public void Short_term_convenience_does_not_fire_for_a_short_non_core_job_or_a_balanced_buyer()
    {
        Ids(("costPriority", "lowest-now"), ("differentiating", "false"), ("knowledgeRetention", "low"), ("durationMonths", "2"), ("ongoing", "false"))
            .ShouldNotContain("short-term-convenience");
        Ids(("costPriority", "balanced"), ("differentiating", "true")).ShouldNotContain("short-term-convenience");
    }

    [Fact]
    public void Augmentation_without_leadership_fires_when_augmentation_is_on_the_table_and_nobody_can_direct()
    {
        Ids(("leadershipBandwidth", "none"), ("considering", "staff-augmentation")).ShouldContain("augmentation-without-leadership");
        Ids(("leadershipBandwidth", "high"), ("nextSprintPlanned", "false"), ("considering", "staff-augmentation"))
            .ShouldContain("augmentation-without-leadership");
    }

    [Fact]
    public void Augmentation_without_leadership_fires_when_augmentation_is_recommended_without_a_plan()
    {
        var result = Engine.Assess(Profiles.Make("w", ("stage", "seed"), ("workType", "product"), ("differentiating", "true"),
            ("requirementVolatility", "high"), ("leadershipBandwidth", "medium"), ("nextSprintPlanned", "false")));

        result.Recommendation.ShouldBe("staff-augmentation");
        result.Mistakes.Select(m => m.Id).ShouldContain("augmentation-without-leadership");
    }

    [Fact]
    public void Augmentation_with_leadership_and_a_plan_is_not_flagged()
    {
        Ids(("leadershipBandwidth", "high"), ("nextSprintPlanned", "true"), ("considering", "staff-augmentation"))
            .ShouldNotContain("augmentation-without-leadership");
        Ids(("leadershipBandwidth", "none"), ("considering", "managed-services"), ("workType", "operations"), ("ongoing", "true"),
            ("measurableServiceLevel", "true"), ("differentiating", "false"))
            .ShouldNotContain("augmentation-without-leadership");
    }

    [Fact]
    public void Managed_services_for_product_decisions_fires_for_product_work_on_a_managed_service()
    {
        var mistake = Engine.Assess(Profiles.Make("w", ("workType", "product"), ("considering", "managed-services")))
            .Mistakes.Single(m => m.Id == "managed-services-for-product");
        mistake.Severity.ShouldBe(MistakeSeverity.Error);
        mistake.Why.ShouldContain("SLA");
    }

    [Fact]
    public void Managed_services_for_operations_is_not_flagged()
    {
        Ids(("workType", "operations"), ("differentiating", "false"), ("considering", "managed-services"))
            .ShouldNotContain("managed-services-for-product");
    }
}
