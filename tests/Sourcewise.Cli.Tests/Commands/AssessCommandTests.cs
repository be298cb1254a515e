using System.Text.Json;
using Snapshooter.Xunit;

namespace Sourcewise.Cli.Tests.Commands;

public sealed class AssessCommandTests
{
    [Fact]
    public async Task Json_output_is_one_document_with_the_interface_keys()
    {
        var (exit, output, error) = await CliRun.RunAsync(["assess", CliRun.Example("seed-marketplace.yaml"), "--format", "json"]);

        exit.ShouldBe(0, error);
        using var document = JsonDocument.Parse(output);
        var root = document.RootElement;
        foreach (var key in new[] { "name", "recommendation", "bestFit", "runnerUp", "margin", "scores", "contributions", "tippingPoints", "mistakes", "stageGuidance" })
        {
            root.TryGetProperty(key, out _).ShouldBeTrue($"missing key {key}");
        }

        root.GetProperty("recommendation").GetString().ShouldBe("staff-augmentation");
        root.GetProperty("scores").EnumerateObject().Select(p => p.Name)
            .ShouldBe(["staff-augmentation", "project-outsourcing", "managed-services"]);
        var contribution = root.GetProperty("contributions")[0];
        contribution.EnumerateObject().Select(p => p.Name).ShouldBe(["factor", "model", "points", "reason"]);
        var mistake = root.GetProperty("mistakes")[0];
        mistake.GetProperty("id").GetString().ShouldBe("outsourcing-core-under-uncertainty");
        mistake.GetProperty("severity").GetString().ShouldBe("error");
        mistake.GetProperty("message").GetString().ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task Tipping_points_in_json_hold_profile_values_that_flip_the_call_when_applied()
    {
        const string profile = "name: Partner API\nworkType: project\nrequirementVolatility: high\nscopeClarity: high\ndifferentiating: false\n";
        var (exit, output, _) = await CliRun.RunAsync(["assess", "-", "--format", "json"], profile);

        exit.ShouldBe(0);
        using var document = JsonDocument.Parse(output);
        var tips = document.RootElement.GetProperty("tippingPoints").EnumerateArray().ToArray();
        tips.ShouldNotBeEmpty();
        foreach (var tip in tips)
        {
            var key = tip.GetProperty("factor").GetString()!;
            var to = tip.GetProperty("to");
            var value = to.ValueKind == JsonValueKind.String ? to.GetString() : to.GetRawText();
            var changed = string.Join('\n', profile.Split('\n').Where(l => !l.StartsWith(key + ":", StringComparison.Ordinal))) + $"\n{key}: {value}\n";
            var (_, again, _) = await CliRun.RunAsync(["assess", "-", "--format", "json"], changed);
            using var reassessed = JsonDocument.Parse(again);
            reassessed.RootElement.GetProperty("recommendation").GetString()
                .ShouldBe(tip.GetProperty("newRecommendation").GetString(), $"{key} -> {value}");
        }
    }

    [Fact]
    public async Task A_json_profile_is_read_from_stdin()
    {
        var (exit, output, _) = await CliRun.RunAsync(["assess", "-", "--format", "json"],
            """{ "name": "Ops", "workType": "operations", "ongoing": true, "measurableServiceLevel": true, "differentiating": false }""");

        exit.ShouldBe(0);
        JsonDocument.Parse(output).RootElement.GetProperty("recommendation").GetString().ShouldBe("managed-services");
    }

    [Fact]
    public async Task Markdown_output_of_an_example_matches_the_snapshot()
    {
        var (exit, output, _) = await CliRun.RunAsync(["assess", CliRun.Example("seed-marketplace.yaml"), "--format", "markdown"]);

        exit.ShouldBe(0);
        Snapshot.Match(output);
    }

    [Fact]
    public async Task The_terminal_view_of_an_example_matches_the_snapshot()
    {
        var (exit, output, _) = await CliRun.RunAsync(["assess", CliRun.Example("seed-marketplace.yaml")]);

        exit.ShouldBe(0);
        output.ShouldContain("Recommendation: Staff augmentation");
        Snapshot.Match(output);
    }

    [Fact]
    public async Task Help_teaches_every_profile_key()
    {
        var (exit, output, _) = await CliRun.RunAsync(["assess", "--help"]);

        exit.ShouldBe(0);
        output.ShouldContain("leadershipBandwidth (none|low|medium|high)");

        // The usage line names the host process (testhost under dotnet test, sourcewise when installed).
        Snapshot.Match(output.Replace("testhost assess", "sourcewise assess", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_a_file_and_without_a_terminal_it_is_a_usage_error()
    {
        var (exit, output, error) = await CliRun.RunAsync(["assess"]);

        exit.ShouldBe(2);
        output.ShouldBeEmpty();
        error.ShouldContain("pass a YAML or JSON file, or '-'");
    }

    public static TheoryData<string, string, string> BadProfiles => new()
    {
        { "typo.yaml", "name: x\nrequirementVolatilty: high\n", "did you mean 'requirementVolatility'?" },
        { "value.yaml", "name: x\nleadershipBandwidth: lots\n", "accepted: none, low, medium, high" },
        { "range.yaml", "name: x\ndurationMonths: 999\n", "out of range" },
        { "broken.yaml", "name: x\nstage: [seed\n", "broken.yaml:" },
        { "broken.json", "{ \"name\": \"x\", ", "broken.json:" },
        { "empty.yaml", "", "empty" },
        { "noname.yaml", "stage: seed\n", "'name' is required" },
    };

    [Theory]
    [MemberData(nameof(BadProfiles))]
    public async Task Bad_input_gives_exit_1_and_one_line_naming_the_problem(string fileName, string content, string expected)
    {
        var path = CliRun.TempFile(fileName, content);

        var (exit, output, error) = await CliRun.RunAsync(["assess", path]);

        exit.ShouldBe(1);
        output.ShouldBeEmpty();
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(1, error);
        lines[0].ShouldContain(fileName);
        lines[0].ShouldContain(expected);
        error.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task A_binary_file_is_refused_with_one_line()
    {
        var path = CliRun.TempFile("profile.yaml", [0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01, 0x02, 0x00, 0xFF]);

        var (exit, _, error) = await CliRun.RunAsync(["assess", path]);

        exit.ShouldBe(1);
        error.Trim().Split('\n').Length.ShouldBe(1);
        error.ShouldContain("profile.yaml");
        error.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task A_missing_file_is_named()
    {
        var (exit, _, error) = await CliRun.RunAsync(["assess", "no-such-profile.yaml"]);

        exit.ShouldBe(1);
        error.Trim().ShouldBe("error: no-such-profile.yaml: file not found");
    }

    [Fact]
    public async Task Organisation_rules_replace_the_built_in_ones()
    {
        const string rules = """
            { "name": "Always outsource", "closeCall": { "threshold": 0.5 },
              "factors": [ { "when": { "workType": ["product", "project", "operations"] }, "points": { "project-outsourcing": 1 }, "reason": "House rule." } ],
              "stageGuidance": { "pre-seed": "a", "seed": "b", "series-a": "c", "series-b": "d", "series-c": "e", "scale-up": "f", "enterprise": "g", "unknown": "h" } }
            """;
        var path = CliRun.TempFile("rules.json", rules);

        var (exit, output, error) = await CliRun.RunAsync(["assess", CliRun.Example("seed-marketplace.yaml"), "--rules", path, "--format", "json"]);

        exit.ShouldBe(0, error);
        using var document = JsonDocument.Parse(output);
        document.RootElement.GetProperty("recommendation").GetString().ShouldBe("project-outsourcing");
        document.RootElement.GetProperty("stageGuidance").GetString().ShouldBe("b");
    }

    [Fact]
    public async Task Organisation_rules_may_be_yaml_and_a_bad_value_names_line_column_and_field()
    {
        const string rules = """
            name: Always outsource
            factors:
              - when: { workType: [product, project, operations] }
                points: { project-outsourcing: 1 }
                reason: House rule.
            stageGuidance: { pre-seed: a, seed: b, series-a: c, series-b: d, series-c: e, scale-up: f, enterprise: g, unknown: h }
            """;
        var good = CliRun.TempFile("rules.yaml", rules);
        var bad = CliRun.TempFile("rules.yaml", rules.Replace("operations]", "operatons]", StringComparison.Ordinal));

        var (exit, output, error) = await CliRun.RunAsync(["assess", CliRun.Example("seed-marketplace.yaml"), "--rules", good, "--format", "json"]);
        var (badExit, _, badError) = await CliRun.RunAsync(["assess", CliRun.Example("seed-marketplace.yaml"), "--rules", bad]);

        exit.ShouldBe(0, error);
        using var document = JsonDocument.Parse(output);
        document.RootElement.GetProperty("recommendation").GetString().ShouldBe("project-outsourcing");
        badExit.ShouldBe(1);
        badError.Trim().ShouldStartWith($"error: {bad}:3:");
        badError.ShouldContain("factors[0].when.workType");
        badError.ShouldContain("did you mean 'operations'?");
    }

    [Fact]
    public async Task Malformed_rules_are_reported_with_the_field_path()
    {
        const string rules = """
            { "factors": [ { "when": { "requirementVolatility": "hgh" }, "points": { "staff-augmentation": 1 }, "reason": "r" } ],
              "stageGuidance": { "pre-seed": "a", "seed": "b", "series-a": "c", "series-b": "d", "series-c": "e", "scale-up": "f", "enterprise": "g", "unknown": "h" } }
            """;
        var path = CliRun.TempFile("rules.json", rules);

        var (exit, _, error) = await CliRun.RunAsync(["assess", CliRun.Example("seed-marketplace.yaml"), "--rules", path]);

        exit.ShouldBe(1);
        error.ShouldContain("factors[0].when.requirementVolatility");
        error.ShouldContain("did you mean 'high'?");
        error.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task Rules_that_are_not_json_name_the_line()
    {
        var path = CliRun.TempFile("rules.json", "{ \"factors\": [\n  { oops }\n] }");

        var (exit, _, error) = await CliRun.RunAsync(["assess", CliRun.Example("seed-marketplace.yaml"), "--rules", path]);

        exit.ShouldBe(1);
        error.ShouldContain("rules.json:2:");
        error.Trim().Split('\n').Length.ShouldBe(1);
    }
}
