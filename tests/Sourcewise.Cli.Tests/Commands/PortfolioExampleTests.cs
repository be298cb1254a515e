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
    public async Task Each_row_gets_exactly_the_assessment_assess_gives_for_that_profile()
    {
        var (exit, stdout, stderr) = await Run("portfolio", Example, "--format", "json");

        exit.ShouldBe(0, stderr);
        using var doc = JsonDocument.Parse(stdout);
        var workstreams = doc.RootElement.GetProperty("workstreams").EnumerateArray().ToList();
        var profiles = ReadExampleProfiles();
        workstreams.Count.ShouldBe(profiles.Count);
        for (var i = 0; i < profiles.Count; i++)
        {
            var expected = AssessmentJson.ToJson(AssessmentEngine.Default.Assess(profiles[i]), indented: false);
            workstreams[i].GetProperty("row").GetInt32().ShouldBe(i + 1);
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
