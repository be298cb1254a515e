using Sourcewise.Assessments;

namespace Sourcewise.Core.Tests.Assessment;

/// <summary>A mistake's message says why it applies to this profile, not a reason the profile contradicts (issue 15:
/// "without the leadership" was said with leadershipBandwidth: medium, when it fired on nextSprintPlanned: false).</summary>
public sealed class MistakeReasonTests
{
    private static Mistake LeadershipMistake(params (string, string)[] answers) =>
        AssessmentEngine.Default.Assess(Profiles.Make("w", [("considering", "staff-augmentation"), .. answers]))
            .Mistakes.Single(m => m.Id == "augmentation-without-leadership");

    [Fact]
    public void Fired_by_no_plan_for_next_sprint_it_says_so_and_not_that_leadership_is_missing()
    {
        var mistake = LeadershipMistake(("leadershipBandwidth", "medium"), ("nextSprintPlanned", "false"));

        mistake.Message.ShouldBe("Adding engineers without the direction they need: nobody can say yet what they would do next sprint.");
        mistake.Message.ShouldNotContain("leadership");
    }

    [Fact]
    public void Fired_by_low_leadership_bandwidth_it_names_the_leadership()
    {
        var mistake = LeadershipMistake(("leadershipBandwidth", "low"), ("nextSprintPlanned", "true"));

        mistake.Message.ShouldBe("Adding engineers without the direction they need: there is little or no leadership bandwidth to direct and review them.");
    }

    [Fact]
    public void Fired_by_both_it_names_both()
    {
        var mistake = LeadershipMistake(("leadershipBandwidth", "none"), ("nextSprintPlanned", "false"));

        mistake.Message.ShouldContain("leadership bandwidth");
        mistake.Message.ShouldContain("; and nobody can say yet what they would do next sprint.");
    }

    [Fact]
    public void A_rules_file_needs_one_reason_per_alternative()
    {
        const string rules = """
            { "factors": [], "stageGuidance": { "pre-seed": "a", "seed": "b", "series-a": "c", "series-b": "d", "series-c": "e", "scale-up": "f", "enterprise": "g", "unknown": "h" },
              "mistakes": [ { "id": "m", "severity": "error", "model": "staff-augmentation", "anyOf": [ { "skillGap": true }, { "ongoing": true } ],
                              "because": [ "only one" ], "message": "x", "why": "y" } ] }
            """;

        var result = RuleSet.Parse(rules, "rules.json");

        result.Success.ShouldBeFalse();
        result.Diagnostics.ShouldContain(d => d.Message.Contains("one reason per 'anyOf' alternative", StringComparison.Ordinal));
    }
}
