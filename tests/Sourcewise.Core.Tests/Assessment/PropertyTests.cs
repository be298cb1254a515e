using FsCheck.Xunit;
using Sourcewise.Assessments;
using Sourcewise.Profiles;

namespace Sourcewise.Core.Tests.Assessment;

/// <summary>Properties that hold for every profile.</summary>
public sealed class PropertyTests
{
    private static readonly AssessmentEngine Engine = AssessmentEngine.Default;

    private static int CodeOf(ProfileField field, object value)
    {
        WorkProfileBuilder.TryParse(field, AssessmentText.FormatValue(value), out var code, out var error).ShouldBeTrue(error);
        return code;
    }

    [Property(Arbitrary = [typeof(ProfileArbitrary)], MaxTest = 500)]
    public void Every_tipping_point_is_true(WorkProfile profile)
    {
        var result = Engine.Assess(profile);

        foreach (var tip in result.TippingPoints)
        {
            var field = ProfileFields.Find(tip.Factor)!;
            tip.From.ShouldBe(profile.GetJsonValue(field));
            tip.NewRecommendation.ShouldNotBe(result.Recommendation);
            var changed = profile.With(field, CodeOf(field, tip.To));
            Engine.Assess(changed).Recommendation.ShouldBe(tip.NewRecommendation, $"{tip.Factor} -> {tip.To} on {profile}");
        }
    }

    [Property(Arbitrary = [typeof(ProfileArbitrary)], MaxTest = 100)]
    public void Every_single_answer_that_changes_the_recommendation_is_listed(WorkProfile profile)
    {
        var result = Engine.Assess(profile);

        foreach (var field in ProfileFields.Answerable)
        {
            var count = field.Kind == ProfileFieldKind.Integer ? field.Maximum + 1 : field.Values.Length;
            for (var code = 0; code < count; code++)
            {
                if (profile[field] == code)
                {
                    continue;
                }

                var other = Engine.Assess(profile.With(field, code)).Recommendation;
                if (other != result.Recommendation)
                {
                    result.TippingPoints.ShouldContain(t => t.Factor == field.Key && t.NewRecommendation == other,
                        $"{field.Key} = {field.Format(code)} gives {other} on {profile}");
                }
            }
        }
    }

    [Property(Arbitrary = [typeof(ProfileArbitrary)], MaxTest = 300)]
    public void Assessing_is_deterministic_and_scores_are_the_sum_of_contributions(WorkProfile profile)
    {
        var first = Engine.Assess(profile);
        var second = Engine.Assess(profile);

        second.Scores.ShouldBe(first.Scores);
        second.Recommendation.ShouldBe(first.Recommendation);
        second.TippingPoints.ShouldBe(first.TippingPoints);
        second.Contributions.ShouldBe(first.Contributions);
        foreach (var model in EngagementModels.All)
        {
            var sum = first.Contributions.Where(c => c.Model == model).Sum(c => c.Points);
            Math.Round(sum, 2).ShouldBe(first.Scores[model]);
        }
    }

    [Property(Arbitrary = [typeof(ProfileArbitrary)], MaxTest = 300)]
    public void Unknown_answers_never_crash_and_are_all_listed(WorkProfile profile)
    {
        var result = Engine.Assess(profile);

        result.Confidence.ShouldBeInRange(0, 1);
        var expected = profile.UnknownFields.Where(f => f != ProfileFields.Considering).Select(f => f.Key);
        result.Unknowns.Select(u => u.Factor).ShouldBe(expected);
        result.BestFit.ShouldNotBe(result.RunnerUp);
        result.Margin.ShouldBeGreaterThanOrEqualTo(0);
        (result.Recommendation == Sourcewise.Assessments.Assessment.CloseCall).ShouldBe(result.Margin < result.CloseCallThreshold);
        result.StageGuidance.ShouldNotBeNullOrWhiteSpace();
    }
}
