using System.Text.RegularExpressions;

namespace Sourcewise.Cli.Tests.Commands;

/// <summary>Usage errors teach: the closest command, option or value ("did you mean"), and every help has examples
/// and the exit codes (issue 15).</summary>
public sealed partial class UsageErrorTests
{
    public static TheoryData<string> Commands => new() { "models", "assess", "portfolio", "check", "cost", "report", "serve" };

    [Fact]
    public async Task A_mistyped_command_gets_the_closest_command()
    {
        var (exit, output, error) = await CliRun.RunAsync(["asses", "examples/seed-marketplace.yaml"]);

        exit.ShouldBe(2);
        output.ShouldBeEmpty();
        error.ShouldContain("unknown command 'asses' (did you mean 'assess'?)");
        error.ShouldContain("Run 'sourcewise --help'");
    }

    [Fact]
    public async Task A_mistyped_option_gets_the_closest_option_and_not_a_complaint_about_its_value()
    {
        var (exit, _, error) = await CliRun.RunAsync(["assess", "--fromat", "json", CliRun.Example("seed-marketplace.yaml")]);

        exit.ShouldBe(2);
        error.ShouldContain("unknown option '--fromat' for 'sourcewise assess' (did you mean '--format'?)");
        error.ShouldNotContain("Unrecognized");
        error.ShouldContain("Run 'sourcewise assess --help'");
    }

    [Fact]
    public async Task A_mistyped_option_that_the_parser_took_for_the_file_is_still_a_usage_error()
    {
        var (exit, _, error) = await CliRun.RunAsync(["cost", "--trails", "1000"]);

        exit.ShouldBe(2);
        error.ShouldContain("unknown option '--trails' for 'sourcewise cost' (did you mean '--trials'?)");
    }

    [Fact]
    public async Task A_mistyped_value_gets_the_accepted_values_on_one_line_and_the_closest()
    {
        var (exit, _, error) = await CliRun.RunAsync(["assess", "--format", "jsn", CliRun.Example("seed-marketplace.yaml")]);

        exit.ShouldBe(2);
        error.ShouldContain("usage: --format: 'jsn' is not one of json, markdown, text (did you mean 'json'?)");
    }

    [Fact]
    public async Task A_shortened_model_id_gets_the_model_it_starts()
    {
        var (exit, _, error) = await CliRun.RunAsync(["check", CliRun.Example("search-relevance-sow.md"), "--claimed", "staff-aug"]);

        exit.ShouldBe(2);
        error.ShouldContain("--claimed: 'staff-aug' is not one of managed-services, project-outsourcing, staff-augmentation (did you mean 'staff-augmentation'?)");
    }

    [Fact]
    public async Task Help_for_a_command_that_does_not_exist_is_a_usage_error_not_the_general_help()
    {
        var (exit, output, error) = await CliRun.RunAsync(["check-eval", "--help"]);

        exit.ShouldBe(2);
        output.ShouldBeEmpty();
        error.ShouldContain("unknown command 'check-eval' (did you mean 'check'?)");
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Every_command_help_has_examples_and_the_exit_codes(string command)
    {
        var (exit, output, _) = await CliRun.RunAsync([command, "--help"]);

        exit.ShouldBe(0);
        output.ShouldContain("Examples:\n  sourcewise " + command);
        output.ShouldContain("Exit codes:");
        output.ShouldContain("  2    usage error");
        output.ShouldContain("  130  cancelled");

        // The examples use files that ship.
        foreach (Match file in ExampleFile().Matches(output))
        {
            File.Exists(Path.Combine(CliRun.RepositoryRoot, file.Value)).ShouldBeTrue($"{file.Value} in '{command} --help'");
        }
    }

    [Fact]
    public async Task The_general_help_lists_the_exit_codes_including_attention()
    {
        var (exit, output, _) = await CliRun.RunAsync(["--help"]);

        exit.ShouldBe(0);
        output.ShouldContain("Examples:");
        output.ShouldContain("  3    done, and something needs attention");
    }

    [Theory]
    [InlineData("asses", "assess")]
    [InlineData("--fromat", "--format")]
    [InlineData("portfolo", "portfolio")]
    [InlineData("--claim", "--claimed")]
    public void The_suggestion_is_the_closest_name(string typed, string expected)
    {
        string[] names = ["models", "assess", "portfolio", "check", "cost", "report", "serve", "--format", "--claimed", "--rules"];

        Sourcewise.Cli.Infrastructure.DidYouMean.Suggest(typed, names).ShouldBe([expected]);
    }

    [Fact]
    public void Nothing_is_suggested_for_a_word_far_from_every_name() =>
        Sourcewise.Cli.Infrastructure.DidYouMean.Suggest("zebra", ["models", "assess", "check"]).ShouldBeEmpty();

    [GeneratedRegex(@"examples/[A-Za-z0-9_.-]+")]
    private static partial Regex ExampleFile();
}
