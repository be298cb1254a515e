using Sourcewise.Assessments;
using Sourcewise.Profiles;

namespace Sourcewise.Core.Tests.Assessment;

public sealed class RuleSetTests
{
    private const string Guidance = """
        "stageGuidance": { "pre-seed": "a", "seed": "b", "series-a": "c", "series-b": "d", "series-c": "e", "scale-up": "f", "enterprise": "g", "unknown": "h" }
        """;

    private static string Rules(string factors, string extra = "") =>
        "{ \"factors\": [" + factors + "], " + Guidance + extra + " }";

    [Fact]
    public void The_built_in_rules_load_and_encode_the_four_assessment_mistakes()
    {
        RuleSet.Default.FactorRuleCount.ShouldBeGreaterThan(30);
        RuleSet.Default.MistakeIds.ShouldBe(
            ["outsourcing-core-under-uncertainty", "short-term-convenience", "augmentation-without-leadership", "managed-services-for-product"]);
        RuleSet.Default.CloseCallThreshold.ShouldBe(1.5);
    }

    [Theory]
    [InlineData("{ \"when\": { \"leadershipBandwith\": \"high\" }, \"points\": { \"staff-augmentation\": 1 }, \"reason\": \"r\" }",
        "factors[0].when.leadershipBandwith", "did you mean 'leadershipBandwidth'?")]
    [InlineData("{ \"when\": { \"ongoing\": \"yes\" }, \"points\": { \"staff-augmentation\": 1 }, \"reason\": \"r\" }",
        "factors[0].when.ongoing", "true or false")]
    [InlineData("{ \"when\": { \"durationMonths\": { \"min\": 12, \"max\": 3 } }, \"points\": { \"staff-augmentation\": 1 }, \"reason\": \"r\" }",
        "factors[0].when.durationMonths", "greater than max")]
    [InlineData("{ \"when\": { \"stage\": \"seed\" }, \"points\": { \"staff-augmentaton\": 1 }, \"reason\": \"r\" }",
        "factors[0].points.staff-augmentaton", "did you mean 'staff-augmentation'?")]
    [InlineData("{ \"when\": { \"stage\": \"seed\" }, \"points\": { \"staff-augmentation\": \"lots\" }, \"reason\": \"r\" }",
        "factors[0].points.staff-augmentation", "expects a number")]
    [InlineData("{ \"when\": { \"stage\": \"seed\" }, \"points\": { \"staff-augmentation\": 1 } }",
        "factors[0].reason", "is required")]
    [InlineData("{ \"when\": { \"stage\": \"seed\", \"ongoing\": true }, \"points\": { \"staff-augmentation\": 1 }, \"reason\": \"r\" }",
        "factors[0].factor", "more than one field")]
    [InlineData("{ \"when\": { \"stage\": \"seed\" }, \"points\": { \"staff-augmentation\": 1 }, \"reason\": \"r\", \"weight\": 2 }",
        "factors[0].weight", "unknown key")]
    public void A_bad_factor_rule_is_named_by_its_field_path(string factor, string path, string message)
    {
        var result = RuleSet.Parse(Rules(factor), "rules.json");

        result.Success.ShouldBeFalse();
        var error = result.Diagnostics.First();
        error.Location!.Field.ShouldBe(path);
        error.Message.ShouldContain(message);
        error.ToString().ShouldStartWith("rules.json: " + path);
    }

    [Fact]
    public void A_bad_mistake_rule_is_named_by_its_field_path()
    {
        var result = RuleSet.Parse(Rules("", """, "mistakes": [ { "id": "m", "severity": "fatal", "trigger": "considered", "message": "x", "why": "y" } ]"""), "rules.json");

        result.Success.ShouldBeFalse();
        result.Diagnostics.Select(d => d.Location!.Field).ShouldBe(["mistakes[0].severity", "mistakes[0].model"]);
    }

    [Theory]
    [InlineData("", "not valid JSON")]
    [InlineData("[1, 2]", "must be a JSON object")]
    [InlineData("{ \"factors\": 3 }", "expects a list")]
    [InlineData("{ \"factors\": [] }", "stageGuidance.pre-seed")]
    public void Malformed_rules_never_throw(string json, string expected)
    {
        var result = RuleSet.Parse(json, "rules.json");

        result.Success.ShouldBeFalse();
        result.Diagnostics.ShouldContain(d => d.ToString().Contains(expected));
    }

    [Fact]
    public void Custom_rules_change_the_recommendation_and_the_threshold()
    {
        var rules = RuleSet.Parse(Rules("""
            { "when": { "ongoing": true }, "points": { "managed-services": 2 }, "reason": "Runs forever." },
            { "when": { "ongoing": false }, "points": { "project-outsourcing": 1 }, "reason": "Ends." }
            """, """, "closeCall": { "threshold": 1.5 }"""), "rules.json").GetValueOrThrow();
        var engine = AssessmentEngine.FromRules(rules);

        var ongoing = engine.Assess(Profiles.Make("w", ("ongoing", "true")));
        ongoing.Recommendation.ShouldBe("managed-services");
        ongoing.Contributions.ShouldBe([new Contribution("ongoing", EngagementModel.ManagedServices, 2, "Runs forever.")]);

        var ending = engine.Assess(Profiles.Make("w", ("ongoing", "false")));
        ending.Recommendation.ShouldBe("close-call");
        ending.TippingPoints.ShouldBe([new TippingPoint("ongoing", false, true, "managed-services")]);
        ending.StageGuidance.ShouldBe("h");

        new AssessmentEngineBuilder().UseRules(rules).WithCloseCallThreshold(0.5).Build()
            .Assess(Profiles.Make("w", ("ongoing", "false"))).Recommendation.ShouldBe("project-outsourcing");
    }

    [Fact]
    public void A_numeric_range_rule_tips_at_its_boundary()
    {
        var rules = RuleSet.Parse(Rules("""
            { "when": { "durationMonths": { "min": 13 } }, "points": { "staff-augmentation": 3 }, "reason": "Long." }
            """, """, "closeCall": { "threshold": 1 }"""), "rules.json").GetValueOrThrow();
        var engine = AssessmentEngine.FromRules(rules);

        var result = engine.Assess(WorkProfile.Empty("w").With(ProfileFields.DurationMonths, 9));

        result.Recommendation.ShouldBe("close-call");
        result.TippingPoints.ShouldBe([new TippingPoint("durationMonths", 9, 13, "staff-augmentation")]);
    }
}
