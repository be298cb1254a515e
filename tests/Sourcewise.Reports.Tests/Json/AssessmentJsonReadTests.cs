using System.Text.Json.Nodes;
using Sourcewise.Assessments;
using Sourcewise.Profiles;
using Sourcewise.Reports.Json;

namespace Sourcewise.Reports.Tests.Json;

/// <summary><see cref="AssessmentJson.Read"/>: what a saved decision's assessment comes back as.</summary>
public sealed class AssessmentJsonReadTests
{
    /// <summary>Random but fixed profiles, each answer unknown about one time in five (as the benchmarks make them).</summary>
    private static IEnumerable<WorkProfile> Profiles(int count, int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var profile = WorkProfile.Empty($"Workstream {i} «ünïcode» \"quoted\"");
            foreach (var field in ProfileFields.Answerable)
            {
                if (random.Next(5) == 0)
                {
                    continue;
                }

                var code = field.Kind == ProfileFieldKind.Integer ? random.Next(0, 37) : random.Next(field.Values.Length);
                profile = profile.With(field, code);
            }

            yield return profile;
        }
    }

    [Fact]
    public void What_was_written_reads_back_to_the_same_json_for_many_profiles()
    {
        foreach (var profile in Profiles(300, 7))
        {
            var assessment = AssessmentEngine.Default.Assess(profile);
            var json = AssessmentJson.ToJson(assessment, indented: false);

            var read = AssessmentJson.Read(json, profile);

            read.Success.ShouldBeTrue(string.Join("; ", read.Diagnostics));
            AssessmentJson.ToJson(read.Value!, indented: false).ShouldBe(json, profile.ToString());
        }
    }

    [Fact]
    public void Every_field_a_renderer_reads_comes_back()
    {
        var profile = Profiles(40, 3).First(p => AssessmentEngine.Default.Assess(p) is { Mistakes.IsEmpty: false, Unknowns.IsEmpty: false });
        var assessment = AssessmentEngine.Default.Assess(profile);

        var read = AssessmentJson.Read(AssessmentJson.ToJson(assessment), profile).Value!;

        read.Profile.ShouldBeSameAs(profile);
        read.Mistakes.Select(m => (m.Id, m.Severity, m.Message, m.Why)).ShouldBe(assessment.Mistakes.Select(m => (m.Id, m.Severity, m.Message, m.Why)));
        read.Unknowns.ShouldBe(assessment.Unknowns);
        read.Contributions.ShouldBe(assessment.Contributions);
        read.TippingPoints.ShouldBe(assessment.TippingPoints);
        (read.Confidence, read.ConfidenceLevel, read.CloseCallAdvice, read.CloseCallThreshold)
            .ShouldBe((assessment.Confidence, assessment.ConfidenceLevel, assessment.CloseCallAdvice, assessment.CloseCallThreshold));
    }

    [Theory]
    [InlineData("recommendation", "recommendation")]
    [InlineData("scores", "scores")]
    [InlineData("confidenceLevel", "confidenceLevel")]
    public void A_missing_key_is_named(string key, string field)
    {
        var profile = Profiles(1, 1).Single();
        var json = JsonNode.Parse(AssessmentJson.ToJson(AssessmentEngine.Default.Assess(profile)))!.AsObject();
        json.Remove(key);

        var read = AssessmentJson.Read(json.ToJsonString(), profile, "saved.json");

        read.Success.ShouldBeFalse();
        read.Diagnostics.ShouldContain(d => d.Location!.Field == field && d.ToString() == $"saved.json: {field}: is required");
    }

    [Fact]
    public void Wrong_types_and_unknown_ids_are_named_and_nothing_throws()
    {
        var profile = Profiles(1, 2).Single();
        var json = JsonNode.Parse(AssessmentJson.ToJson(AssessmentEngine.Default.Assess(profile)))!.AsObject();
        json["margin"] = "wide";
        json["bestFit"] = "body-shopping";
        json["mistakes"] = new JsonArray(new JsonObject { ["id"] = "x", ["severity"] = "fatal", ["message"] = "m" });

        var read = AssessmentJson.Read(json.ToJsonString(), profile);

        read.Success.ShouldBeFalse();
        read.Diagnostics.Select(d => d.Location!.Field).ShouldBe(["bestFit", "margin", "mistakes[0].severity"], ignoreOrder: true);
    }

    [Theory]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("{ \"name\": ")]
    [InlineData("null")]
    public void Something_that_is_not_an_assessment_fails_with_a_diagnostic(string json)
    {
        var read = AssessmentJson.Read(json, Profiles(1, 4).Single());

        read.Success.ShouldBeFalse();
        read.Diagnostics.ShouldNotBeEmpty();
    }

    [Fact]
    public void The_extras_may_be_missing()
    {
        var profile = Profiles(1, 5).Single();
        var assessment = AssessmentEngine.Default.Assess(profile);
        var json = JsonNode.Parse(AssessmentJson.ToJson(assessment))!.AsObject();
        json.Remove("closeCallThreshold");
        json.Remove("closeCallAdvice");
        json.Remove("unknowns");

        var read = AssessmentJson.Read(json.ToJsonString(), profile);

        read.Success.ShouldBeTrue(string.Join("; ", read.Diagnostics));
        read.Value!.Unknowns.ShouldBeEmpty();
        read.Value.CloseCallThreshold.ShouldBe(RuleSet.Default.CloseCallThreshold);
    }
}
