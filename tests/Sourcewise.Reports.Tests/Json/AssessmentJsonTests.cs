using System.Text.Json;
using Sourcewise.Assessments;
using Sourcewise.Profiles;
using Sourcewise.Reports.Json;

namespace Sourcewise.Reports.Tests.Json;

public sealed class AssessmentJsonTests
{
    private static Assessment Assess(params (string Key, string Value)[] answers)
    {
        var builder = new WorkProfileBuilder();
        builder.Set("name", "Partner \"API\"");
        foreach (var (key, value) in answers)
        {
            builder.Set(key, value);
        }

        return AssessmentEngine.Default.Assess(builder.Build().GetValueOrThrow());
    }

    [Fact]
    public void Tipping_point_values_keep_their_profile_types()
    {
        var assessment = Assess(("workType", "project"), ("requirementVolatility", "high"), ("scopeClarity", "high"),
            ("differentiating", "false"), ("durationMonths", "9"));

        using var document = JsonDocument.Parse(AssessmentJson.ToJson(assessment));
        var tips = document.RootElement.GetProperty("tippingPoints").EnumerateArray().ToArray();
        tips.ShouldContain(t => t.GetProperty("factor").GetString() == "nextSprintPlanned"
            && t.GetProperty("from").ValueKind == JsonValueKind.Null && t.GetProperty("to").ValueKind == JsonValueKind.False);
        tips.ShouldContain(t => t.GetProperty("factor").GetString() == "leadershipBandwidth"
            && t.GetProperty("from").ValueKind == JsonValueKind.Null && t.GetProperty("to").ValueKind == JsonValueKind.String);
        tips.Where(t => t.GetProperty("factor").GetString() == "durationMonths")
            .ShouldAllBe(t => t.GetProperty("from").GetInt32() == 9 && t.GetProperty("to").ValueKind == JsonValueKind.Number);
    }

    [Fact]
    public void The_object_has_the_interface_keys_in_order_and_escapes_text()
    {
        var assessment = Assess(("workType", "operations"), ("considering", "managed-services"));

        var json = AssessmentJson.ToJson(assessment, indented: false);

        using var document = JsonDocument.Parse(json);
        var keys = document.RootElement.EnumerateObject().Select(p => p.Name).ToArray();
        keys.Take(3).ShouldBe(["name", "recommendation", "bestFit"]);
        keys.ShouldContain("tippingPoints");
        keys.ShouldContain("stageGuidance");
        document.RootElement.GetProperty("name").GetString().ShouldBe("Partner \"API\"");
        document.RootElement.GetProperty("considering").GetString().ShouldBe("managed-services");
    }

    [Fact]
    public void Writing_twice_gives_the_same_bytes()
    {
        var assessment = Assess(("stage", "seed"), ("workType", "product"));

        AssessmentJson.ToJson(assessment).ShouldBe(AssessmentJson.ToJson(assessment));
    }

    [Fact]
    public void Compact_output_from_the_cache_says_the_same_as_indented_output()
    {
        var assessment = Assess(("workType", "project"), ("requirementVolatility", "high"), ("scopeClarity", "high"),
            ("considering", "staff-augmentation"), ("leadershipBandwidth", "none"));

        var first = AssessmentJson.ToJson(assessment, indented: false);
        var second = AssessmentJson.ToJson(assessment, indented: false);
        var indented = AssessmentJson.ToJson(assessment, indented: true);

        second.ShouldBe(first);
        System.Text.Json.Nodes.JsonNode.DeepEquals(System.Text.Json.Nodes.JsonNode.Parse(first),
            System.Text.Json.Nodes.JsonNode.Parse(indented)).ShouldBeTrue();
        assessment.Mistakes.ShouldNotBeEmpty();
    }
}
