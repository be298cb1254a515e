using Sourcewise.Reports.Decisions;
using Sourcewise.Reports.Rendering;

namespace Sourcewise.Reports.Tests.Decisions;

/// <summary>The explanation reads right (issue 15): one line per factor in "Because", no "Ask: Ask the vendor".</summary>
public sealed class DecisionExplanationTests
{
    [Fact]
    public void Two_rules_on_the_same_answer_are_one_reason_with_their_points_added()
    {
        var assessment = DecisionSamples.Assessment() with
        {
            Contributions =
            [
                new("skillGap", EngagementModel.StaffAugmentation, 2, "The missing skill would join a plan you own"),
                new("skillGap", EngagementModel.StaffAugmentation, 0.5, "A specialised skill is missing in-house"),
                new("differentiating", EngagementModel.StaffAugmentation, 2, "Core work keeps its reasoning in-house"),
            ],
        };
        var request = DecisionSamples.Request() with { Assessment = assessment };

        var markdown = MarkdownReportRenderer.Render(DecisionRecordBuilder.Build(request));

        var because = markdown[markdown.IndexOf("### Because", StringComparison.Ordinal)..];
        because = because[..because.IndexOf("\n### ", 5, StringComparison.Ordinal)];
        because.Split("**Skill gap**").Length.ShouldBe(2, because);
        because.ShouldContain("- **Skill gap** (+2.5): The missing skill would join a plan you own. A specialised skill is missing in-house.");
    }

    [Theory]
    [InlineData("Ask the vendor to name the SLA targets", "Ask the vendor to name the SLA targets. ")]
    [InlineData("Which SLA targets apply?", "Ask: Which SLA targets apply? ")]
    [InlineData(null, "")]
    public void A_question_that_already_says_ask_is_not_prefixed_with_ask(string? ask, string expected) =>
        DecisionRecordBuilder.AskText(ask).ShouldBe(expected);
}
