using Sourcewise.Assessments;

namespace Sourcewise.Core.Tests.Assessment;

/// <summary>The framework's own cases from PRODUCT.md.</summary>
public sealed class FrameworkTests
{
    private static readonly AssessmentEngine Engine = AssessmentEngine.Default;

    [Fact]
    public void A_pre_seed_MVP_is_augmentation()
    {
        var profile = Profiles.Make("MVP", ("stage", "pre-seed"), ("workType", "product"), ("differentiating", "true"),
            ("requirementVolatility", "high"), ("scopeClarity", "low"), ("leadershipBandwidth", "medium"),
            ("knowledgeRetention", "high"), ("nextSprintPlanned", "true"));

        var result = Engine.Assess(profile);

        result.Recommendation.ShouldBe("staff-augmentation");
        result.StageGuidance.ShouldStartWith("Pre-seed");
    }

    [Fact]
    public void A_clearly_scoped_non_core_integration_is_outsourced()
    {
        var profile = Profiles.Make("CRM integration", ("stage", "series-b"), ("workType", "project"), ("differentiating", "false"),
            ("requirementVolatility", "low"), ("scopeClarity", "high"), ("leadershipBandwidth", "low"), ("durationMonths", "3"),
            ("ongoing", "false"), ("ipSensitivity", "low"), ("knowledgeRetention", "low"));

        Engine.Assess(profile).Recommendation.ShouldBe("project-outsourcing");
    }

    [Fact]
    public void Steady_state_infrastructure_operations_growing_tenfold_are_a_managed_service()
    {
        var profile = Profiles.Make("Infrastructure operations", ("stage", "enterprise"), ("workType", "operations"),
            ("differentiating", "false"), ("requirementVolatility", "low"), ("scopeClarity", "high"), ("ongoing", "true"),
            ("measurableServiceLevel", "true"), ("scalingUrgency", "high"), ("costPriority", "predictable"));

        var result = Engine.Assess(profile);

        result.Recommendation.ShouldBe("managed-services");
        result.Mistakes.ShouldBeEmpty();
    }

    [Fact]
    public void A_specialised_skill_for_a_bounded_migration_with_leadership_and_a_plan_is_augmentation()
    {
        var profile = Profiles.Make("Database migration", ("stage", "series-b"), ("workType", "project"), ("skillGap", "true"),
            ("durationMonths", "3"), ("differentiating", "false"), ("leadershipBandwidth", "high"), ("nextSprintPlanned", "true"),
            ("requirementVolatility", "medium"), ("scopeClarity", "medium"));

        var result = Engine.Assess(profile);

        result.Recommendation.ShouldBe("staff-augmentation");
        result.Contributions.ShouldContain(c => c.Factor == "skillGap" && c.Model == EngagementModel.StaffAugmentation && c.Points >= 2);
    }

    [Fact]
    public void The_same_migration_with_a_stable_spec_and_no_leadership_to_spare_is_outsourced()
    {
        var profile = Profiles.Make("Database migration", ("stage", "series-b"), ("workType", "project"), ("skillGap", "true"),
            ("durationMonths", "3"), ("differentiating", "false"), ("leadershipBandwidth", "none"), ("nextSprintPlanned", "false"),
            ("requirementVolatility", "low"), ("scopeClarity", "high"));

        var result = Engine.Assess(profile);

        result.Recommendation.ShouldBe("project-outsourcing");
        result.Contributions.ShouldContain(c => c.Factor == "skillGap" && c.Model == EngagementModel.ProjectOutsourcing && c.Points >= 2);
    }

    [Fact]
    public void A_capacity_gap_on_a_roadmap_the_client_owns_is_augmentation()
    {
        var profile = Profiles.Make("Checkout roadmap", ("stage", "series-c"), ("workType", "product"), ("differentiating", "true"),
            ("requirementVolatility", "medium"), ("leadershipBandwidth", "medium"), ("nextSprintPlanned", "true"),
            ("scalingUrgency", "high"), ("skillGap", "false"));

        var result = Engine.Assess(profile);

        result.Recommendation.ShouldBe("staff-augmentation");
        result.Mistakes.ShouldBeEmpty();
    }

    [Fact]
    public void Requirement_volatility_and_leadership_bandwidth_weigh_most()
    {
        var profile = Profiles.Make("x");
        var weights = new Dictionary<string, double>();
        foreach (var field in Sourcewise.Profiles.ProfileFields.Answerable)
        {
            // The widest swing in any model's score that a field's answers can cause.
            var spread = 0.0;
            var codes = field.Kind == Sourcewise.Profiles.ProfileFieldKind.Integer ? [0, 3, 9, 24] : Enumerable.Range(0, field.Values.Length).ToArray();
            foreach (var model in EngagementModels.All)
            {
                var scores = codes.Select(c => Engine.Assess(profile.With(field, c)).Scores[model]).ToArray();
                spread = Math.Max(spread, scores.Max() - scores.Min());
            }

            weights[field.Key] = spread;
        }

        var top = weights.OrderByDescending(w => w.Value).Take(2).Select(w => w.Key).ToArray();
        top.ShouldBe(["leadershipBandwidth", "requirementVolatility"], ignoreOrder: true);
    }

    [Fact]
    public void A_near_tie_is_a_close_call_with_advice_on_what_would_settle_it()
    {
        // Volatile but non-core work with a clear spec: the two deciding variables pull in different directions.
        var profile = Profiles.Make("Partner API", ("workType", "project"), ("requirementVolatility", "high"),
            ("scopeClarity", "high"), ("leadershipBandwidth", "medium"), ("differentiating", "false"), ("nextSprintPlanned", "false"));

        var result = Engine.Assess(profile);

        result.Margin.ShouldBeLessThan(result.CloseCallThreshold);
        result.Recommendation.ShouldBe("close-call");
        result.CloseCallAdvice.ShouldNotBeNullOrWhiteSpace();
        result.CloseCallAdvice.ShouldContain("would settle it");
        result.ConfidenceLevel.ShouldNotBe(ConfidenceLevel.High);
    }

    [Fact]
    public void An_empty_profile_is_assessed_with_low_confidence_and_every_question_to_find_out()
    {
        var result = Engine.Assess(Profiles.Make("Nothing known yet"));

        result.ConfidenceLevel.ShouldBe(ConfidenceLevel.Low);
        result.Unknowns.Select(u => u.Factor).ShouldContain("requirementVolatility");
        result.Unknowns.Select(u => u.Factor).ShouldContain("leadershipBandwidth");
        result.Unknowns.ShouldNotContain(u => u.Factor == "considering");
        result.Unknowns.Length.ShouldBe(15);
        result.StageGuidance.ShouldStartWith("Stage unknown");
    }

    [Fact]
    public void Answering_questions_raises_confidence()
    {
        var sparse = Engine.Assess(Profiles.Make("x", ("workType", "operations")));
        var full = Engine.Assess(Profiles.Example("database-operations.yaml"));

        full.Confidence.ShouldBeGreaterThan(sparse.Confidence);
        full.ConfidenceLevel.ShouldBe(ConfidenceLevel.High);
    }

    [Fact]
    public void An_unknown_that_could_flip_the_call_is_flagged()
    {
        var result = Engine.Assess(Profiles.Make("Partner API", ("workType", "project"), ("requirementVolatility", "high"),
            ("scopeClarity", "high"), ("differentiating", "false")));

        var leadership = result.Unknowns.Single(u => u.Factor == "leadershipBandwidth");
        leadership.CouldChangeRecommendation.ShouldBeTrue();
        result.TippingPoints.ShouldContain(t => t.Factor == "leadershipBandwidth" && t.From == null);
    }
}
