using System.Text.Json;
using System.Text.Json.Nodes;
using Sourcewise.Assessments;
using Sourcewise.Cli.Infrastructure;
using Sourcewise.Profiles;
using Sourcewise.Reports.Json;

namespace Sourcewise.Cli.Tests.Commands;

/// <summary>The real command on the shipped example portfolio, with the real engine.</summary>
public sealed class PortfolioExampleTests
{
    private static readonly string Example = Path.Combine(RepoRoot(), "examples", "portfolio.csv");

    private static async Task<(int Exit, string Out, string Err)> Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await SourcewiseCli.RunAsync(args, CliEnvironment.ForWriters(output, error));
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Each_row_gets_exactly_the_assessment_assess_gives_for_that_row()
    {
        var (exit, stdout, stderr) = await Run("portfolio", Example, "--format", "json");

        exit.ShouldBe(0, stderr);
        using var doc = JsonDocument.Parse(stdout);
        var workstreams = doc.RootElement.GetProperty("workstreams").EnumerateArray().ToList();
        var rows = ExampleRowsAsYaml();
        workstreams.Count.ShouldBe(rows.Count);
        var dir = Directory.CreateTempSubdirectory("sw-portfolio-assess-");
        try
        {
            for (var i = 0; i < rows.Count; i++)
            {
                var profilePath = Path.Combine(dir.FullName, $"row{i + 1}.yaml");
                await File.WriteAllTextAsync(profilePath, rows[i]);
                var (assessExit, assessJson, assessError) = await Run("assess", profilePath, "--format", "json");
                assessExit.ShouldBe(0, assessError);

                workstreams[i].GetProperty("row").GetInt32().ShouldBe(i + 1);
                var fromPortfolio = JsonNode.Parse(workstreams[i].GetProperty("assessment").GetRawText());
                JsonNode.DeepEquals(fromPortfolio, JsonNode.Parse(assessJson)).ShouldBeTrue($"row {i + 1}");
                fromPortfolio!["recommendation"]!.GetValue<string>().ShouldBe(
                    JsonNode.Parse(assessJson)!["recommendation"]!.GetValue<string>());
            }
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Each_row_gets_the_same_json_as_AssessmentJson_for_the_engine()
    {
        var (_, stdout, _) = await Run("portfolio", Example, "--format", "json");

        using var doc = JsonDocument.Parse(stdout);
        var workstreams = doc.RootElement.GetProperty("workstreams").EnumerateArray().ToList();
        var profiles = ReadExampleProfiles();
        for (var i = 0; i < profiles.Count; i++)
        {
            var expected = AssessmentJson.ToJson(AssessmentEngine.Default.Assess(profiles[i]), indented: false);
            workstreams[i].GetProperty("name").GetString().ShouldBe(profiles[i].Name);
            JsonNode.DeepEquals(JsonNode.Parse(workstreams[i].GetProperty("assessment").GetRawText()), JsonNode.Parse(expected))
                .ShouldBeTrue($"row {i + 1}");
        }
    }

    [Fact]
    public async Task The_example_portfolio_is_partitioned_so_single_model_for_everything_does_not_fire()
    {
        var (_, stdout, _) = await Run("portfolio", Example, "--format", "json");

        using var doc = JsonDocument.Parse(stdout);
        var summary = doc.RootElement.GetProperty("summary");
        summary.GetProperty("workstreams").GetInt32().ShouldBe(6);
        doc.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("id").GetString())
            .ShouldNotContain("single-model-for-everything");
        var models = new[] { "staff-augmentation", "project-outsourcing", "managed-services" };
        models.Count(m => summary.GetProperty(m).GetInt32() > 0).ShouldBeGreaterThan(1);
    }

    [Fact]
    public async Task Csv_output_of_the_example_names_each_rows_recommendation_as_json_does()
    {
        var (_, json, _) = await Run("portfolio", Example, "--format", "json");
        var (exit, csv, _) = await Run("portfolio", Example, "--format", "csv");

        exit.ShouldBe(0);
        using var doc = JsonDocument.Parse(json);
        var fromJson = doc.RootElement.GetProperty("workstreams").EnumerateArray()
            .Select(w => w.GetProperty("assessment").GetProperty("recommendation").GetString()!).ToList();
        var fromCsv = csv.TrimEnd().Split('\n').Skip(1).Select(l => l.Split(',')[2]).ToList();
        fromCsv.ShouldBe(fromJson);
    }

    [Fact]
    public async Task Organisation_rules_apply_to_every_row_and_an_all_outsourced_portfolio_fires_single_model()
    {
        const string rules = """
            { "name": "Always outsource", "closeCall": { "threshold": 0.5 },
              "factors": [ { "when": { "workType": ["product", "project", "operations"] }, "points": { "project-outsourcing": 1 }, "reason": "House rule." } ],
              "stageGuidance": { "pre-seed": "a", "seed": "b", "series-a": "c", "series-b": "d", "series-c": "e", "scale-up": "f", "enterprise": "g", "unknown": "h" } }
            """;
        var path = Path.Combine(Path.GetTempPath(), $"sw-rules-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, rules);
        try
        {
            var (exit, stdout, stderr) = await Run("portfolio", Example, "--rules", path, "--format", "json");

            exit.ShouldBe(0, stderr);
            using var doc = JsonDocument.Parse(stdout);
            doc.RootElement.GetProperty("summary").GetProperty("project-outsourcing").GetInt32().ShouldBe(6);
            var finding = doc.RootElement.GetProperty("findings").EnumerateArray()
                .Single(f => f.GetProperty("id").GetString() == "single-model-for-everything");
            finding.GetProperty("count").GetInt32().ShouldBe(6);
            finding.GetProperty("message").GetString()!.ShouldContain("row 1 'Two-sided marketplace core'");
            doc.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("id").GetString())
                .ShouldContain("core-product-outsourced");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Malformed_rules_stop_the_portfolio_with_one_line() =>
        (await Run("portfolio", Example, "--rules", Path.Combine(Path.GetTempPath(), "no-such-rules.json"))).Exit.ShouldBe(1);

    /// <summary>Each example row as a YAML profile (empty cells left out), as a user would write it for assess.</summary>
    private static List<string> ExampleRowsAsYaml()
    {
        var lines = File.ReadAllLines(Example);
        var keys = lines[0].Split(',');
        return [.. lines.Skip(1).Where(l => l.Length > 0).Select(line =>
        {
            var cells = line.Split(',');
            return string.Concat(keys.Zip(cells).Where(p => p.Second.Length > 0)
                .Select(p => $"{p.First}: \"{p.Second}\"\n"));
        })];
    }

    private static List<WorkProfile> ReadExampleProfiles()
    {
        var lines = File.ReadAllLines(Example);
        var keys = lines[0].Split(',');
        var profiles = new List<WorkProfile>();
        foreach (var line in lines.Skip(1).Where(l => l.Length > 0))
        {
            var cells = line.Split(',');
            var builder = new WorkProfileBuilder();
            for (var i = 0; i < keys.Length; i++)
            {
                builder.Set(keys[i], cells[i]);
            }

            profiles.Add(builder.Build().GetValueOrThrow());
        }

        return profiles;
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Sourcewise.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}
