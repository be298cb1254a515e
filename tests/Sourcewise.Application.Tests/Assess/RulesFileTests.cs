using Sourcewise.Application.Assess;
using Sourcewise.Documents.Profiles;

namespace Sourcewise.Application.Tests.Assess;

/// <summary>Organisation rules read through the structured-input reader: YAML as well as JSON, every problem with its
/// line, column and field path.</summary>
public sealed class RulesFileTests : IDisposable
{
    private const string JsonRules = """
        { "name": "Always outsource", "closeCall": { "threshold": 0.5 },
          "factors": [ { "when": { "workType": ["product", "project", "operations"] }, "points": { "project-outsourcing": 1 }, "reason": "House rule." } ],
          "stageGuidance": { "pre-seed": "a", "seed": "b", "series-a": "c", "series-b": "d", "series-c": "e", "scale-up": "f", "enterprise": "g", "unknown": "h" } }
        """;

    private const string YamlRules = """
        name: Always outsource
        closeCall:
          threshold: 0.5
        factors:
          - when:
              workType: [product, project, operations]
            points:
              project-outsourcing: 1
            reason: House rule.
        stageGuidance:
          pre-seed: a
          seed: b
          series-a: c
          series-b: d
          series-c: e
          scale-up: f
          enterprise: g
          unknown: h
        """;

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Yaml_rules_give_the_same_engine_as_the_same_rules_in_json()
    {
        var profile = (await WorkProfileReader.ReadFileAsync(TestFiles.Example("seed-marketplace.yaml"), CancellationToken.None)).Value!;

        var fromJson = await AssessWorkstream.WithRulesAsync(_dir.File("rules.json", JsonRules), CancellationToken.None);
        var fromYaml = await AssessWorkstream.WithRulesAsync(_dir.File("rules.yaml", YamlRules), CancellationToken.None);

        fromJson.Status.ShouldBe(OutcomeStatus.Ok, string.Join("; ", fromJson.Diagnostics));
        fromYaml.Status.ShouldBe(OutcomeStatus.Ok, string.Join("; ", fromYaml.Diagnostics));
        var a = fromJson.Value!.Assess(profile, CancellationToken.None);
        var b = fromYaml.Value!.Assess(profile, CancellationToken.None);
        b.Recommendation.ShouldBe("project-outsourcing");
        (b.Recommendation, b.StageGuidance, b.Margin, b.CloseCallThreshold).ShouldBe((a.Recommendation, a.StageGuidance, a.Margin, a.CloseCallThreshold));
    }

    [Fact]
    public void A_bad_value_in_yaml_names_the_line_the_column_and_the_field()
    {
        var yaml = YamlRules.Replace("workType: [product, project, operations]", "workType: [product, prodcut]", StringComparison.Ordinal);

        var rules = RulesFile.Read(yaml, "rules.yaml");

        rules.Status.ShouldBe(OutcomeStatus.Invalid);
        var error = rules.Diagnostics.ShouldHaveSingleItem();
        error.ToString().ShouldStartWith("rules.yaml:6:");
        error.Location!.Field.ShouldBe("factors[0].when.workType");
        error.Message.ShouldContain("did you mean 'product'?");
    }

    [Fact]
    public void A_semantic_error_in_json_gets_its_line_and_column_too()
    {
        var json = JsonRules.Replace("\"project-outsourcing\": 1", "\"project-outsorcing\": 1", StringComparison.Ordinal);

        var rules = RulesFile.Read(json, "rules.json");

        rules.Status.ShouldBe(OutcomeStatus.Invalid);
        var error = rules.Diagnostics.ShouldHaveSingleItem();
        error.Location!.Field.ShouldBe("factors[0].points.project-outsorcing");
        (error.Location.Line, error.Location.Column).ShouldBe((2, 114)); // the value 1 of the misspelt key
    }

    [Fact]
    public void A_missing_key_points_at_the_mapping_that_lacks_it()
    {
        var yaml = YamlRules.Replace("  enterprise: g\n", "", StringComparison.Ordinal);

        var rules = RulesFile.Read(yaml, "rules.yaml");

        var error = rules.Diagnostics.ShouldHaveSingleItem();
        error.Location!.Field.ShouldBe("stageGuidance.enterprise");
        error.Location.Line.ShouldBe(11); // where the stageGuidance mapping starts
    }

    [Fact]
    public void Json_that_is_not_json_is_one_error_at_the_line_where_it_breaks()
    {
        var rules = RulesFile.Read("{ \"factors\": [\n  { oops }\n] }", "rules.json");

        rules.Diagnostics.ShouldHaveSingleItem().ToString().ShouldStartWith("rules.json:2:");
    }

    [Fact]
    public void Broken_yaml_is_one_error_with_its_position()
    {
        var rules = RulesFile.Read("factors: [\n  - oops", "rules.yaml");

        rules.Status.ShouldBe(OutcomeStatus.Invalid);
        rules.Diagnostics.ShouldHaveSingleItem().Location!.Line.ShouldNotBeNull();
    }

    [Fact]
    public async Task A_missing_file_is_named()
    {
        var rules = await RulesFile.ReadAsync(Path.Combine(_dir.Path, "nope.yaml"), CancellationToken.None);

        rules.Diagnostics.ShouldHaveSingleItem().ToString().ShouldEndWith("nope.yaml: file not found");
    }
}
