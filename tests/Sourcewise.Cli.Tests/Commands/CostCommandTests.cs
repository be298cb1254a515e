using System.Text.Json;
using Snapshooter.Xunit;
using Sourcewise.Cli.Infrastructure;

namespace Sourcewise.Cli.Tests.Commands;

public sealed class CostCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sourcewise-cost-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Json_output_is_one_document_with_the_interface_shape()
    {
        var (code, output, error) = await Run("cost", Example, "--trials", "2000", "--seed", "7", "--format", "json");

        code.ShouldBe(0, error);
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("trials").GetInt32().ShouldBe(2000);
        json.RootElement.GetProperty("seed").GetInt64().ShouldBe(7);
        json.RootElement.GetProperty("horizonMonths").GetInt32().ShouldBe(24);
        var inHouse = json.RootElement.GetProperty("options").GetProperty("inHouse");
        foreach (var key in new[] { "p10", "p50", "p90", "mean", "monthly", "probabilityCheapest" })
        {
            inHouse.TryGetProperty(key, out _).ShouldBeTrue(key);
        }
    }

    [Fact]
    public async Task The_same_seed_prints_the_same_json()
    {
        var first = await Run("cost", Example, "--trials", "3000", "--seed", "11", "--format", "json");
        var second = await Run("cost", Example, "--trials", "3000", "--seed", "11", "--format", "json");

        second.Output.ShouldBe(first.Output);
    }

    [Fact]
    public async Task Text_output_prints_the_table_and_the_seed_even_when_it_was_drawn()
    {
        var (code, output, _) = await Run("cost", Example, "--trials", "1000");

        code.ShouldBe(0);
        output.ShouldContain("Staff augmentation");
        output.ShouldContain("Managed services");
        output.ShouldMatch(@"Seed \d+: rerun with --seed \d+");
    }

    [Fact]
    public async Task The_markdown_for_a_fixed_seed_matches_the_snapshot()
    {
        var (code, output, error) = await Run("cost", Example, "--trials", "5000", "--seed", "42", "--format", "markdown");

        code.ShouldBe(0, error);
        Snapshot.Match(output);
    }

    [Theory]
    [InlineData("chart.svg")]
    [InlineData("chart.png")]
    public async Task The_chart_option_writes_a_valid_file_and_no_temporary_file(string name)
    {
        var path = Path.Combine(_dir, name);

        var (code, _, error) = await Run("cost", Example, "--trials", "1000", "--seed", "1", "--chart", path);

        code.ShouldBe(0, error);
        var bytes = await File.ReadAllBytesAsync(path);
        if (name.EndsWith(".png", StringComparison.Ordinal))
        {
            bytes.Take(4).ShouldBe(new byte[] { 0x89, 0x50, 0x4E, 0x47 });
        }
        else
        {
            System.Xml.Linq.XDocument.Parse(System.Text.Encoding.UTF8.GetString(bytes)).Root!.Name.LocalName.ShouldBe("svg");
        }

        Directory.GetFiles(_dir).ShouldBe([path]);
    }

    [Fact]
    public async Task A_chart_that_cannot_be_written_fails_without_leaving_a_file()
    {
        var path = Path.Combine(_dir, "missing-folder", "chart.svg");

        var (code, _, error) = await Run("cost", Example, "--trials", "500", "--chart", path);

        code.ShouldBe(ExitCodes.BadInput);
        error.ShouldContain("cannot write the chart");
        Directory.GetFileSystemEntries(_dir).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("0")]
    [InlineData("10000001")]
    [InlineData("-5")]
    public async Task Trials_out_of_range_is_a_usage_error(string trials)
    {
        var (code, output, error) = await Run("cost", Example, "--trials", trials);

        code.ShouldBe(ExitCodes.Usage);
        output.ShouldBeEmpty();
        error.ShouldContain("--trials");
    }

    [Theory]
    [InlineData("--chart", "out.gif")]
    [InlineData("--seed", "-1")]
    [InlineData("--format", "xml")]
    public async Task Other_bad_options_are_usage_errors(string option, string value)
    {
        var (code, _, _) = await Run("cost", Example, option, value);

        code.ShouldBe(ExitCodes.Usage);
    }

    [Fact]
    public async Task Bad_input_exits_1_with_one_line_naming_file_position_and_field()
    {
        var path = Path.Combine(_dir, "bad.yaml");
        await File.WriteAllTextAsync(path, "horizonMonths: 24\noptions:\n  inHouse: { heads: -4, annualSalary: 160000 }\n");

        var (code, output, error) = await Run("cost", path, "--format", "json");

        code.ShouldBe(ExitCodes.BadInput);
        output.ShouldBeEmpty();
        error.Trim().ShouldBe($"error: {path}:3:21: options.inHouse.heads: must be at least 1, got -4");
    }

    [Fact]
    public async Task A_missing_file_exits_1()
    {
        var (code, _, error) = await Run("cost", Path.Combine(_dir, "nope.yaml"));

        code.ShouldBe(ExitCodes.BadInput);
        error.ShouldContain("nope.yaml");
    }

    [Fact]
    public async Task A_scenario_can_come_from_stdin()
    {
        var yaml = "horizonMonths: 6\noptions:\n  staffAugmentation: { heads: 1, monthlyRatePerHead: 1000 }\n"u8.ToArray();
        var output = new StringWriter();
        var error = new StringWriter();
        var env = CliEnvironment.ForWriters(output, error, () => new MemoryStream(yaml));

        var code = await SourcewiseCli.RunAsync(["cost", "-", "--trials", "100", "--seed", "1", "--format", "json"], env);

        code.ShouldBe(0, error.ToString());
        using var json = JsonDocument.Parse(output.ToString());
        json.RootElement.GetProperty("options").GetProperty("staffAugmentation").GetProperty("p50").GetDouble()
            .ShouldBe(6000);
    }

    private static string Example
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Sourcewise.slnx")))
            {
                dir = dir.Parent;
            }

            return Path.Combine(dir!.FullName, "examples", "scenario.yaml");
        }
    }

    private static async Task<(int Code, string Output, string Error)> Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await SourcewiseCli.RunAsync(args, CliEnvironment.ForWriters(output, error));
        return (code, output.ToString(), error.ToString());
    }
}
