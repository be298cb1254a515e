namespace Sourcewise.Cli.Tests.Commands;

/// <summary>A file given to the wrong command gets one line saying what it looks like and which command takes it,
/// not a page of key errors (issue 15).</summary>
public sealed class WrongKindOfFileTests
{
    [Theory]
    [InlineData("assess", "portfolio.csv", "this looks like a portfolio of workstreams, not a work profile; it goes to 'sourcewise portfolio")]
    [InlineData("assess", "search-relevance-sow.md", "this looks like a proposal, SOW or contract, not a work profile; it goes to 'sourcewise check")]
    [InlineData("assess", "scenario.yaml", "this looks like a cost scenario, not a work profile; it goes to 'sourcewise cost")]
    [InlineData("cost", "seed-marketplace.yaml", "this looks like a work profile, not a cost scenario; it goes to 'sourcewise assess")]
    [InlineData("check", "seed-marketplace.yaml", "this looks like a work profile, not a proposal, contract or questionnaire; it goes to 'sourcewise assess")]
    [InlineData("portfolio", "search-relevance-sow.md", "this looks like a proposal, SOW or contract, not a portfolio; it goes to 'sourcewise check")]
    [InlineData("report", "scenario.yaml", "this looks like a cost scenario, not a work profile")]
    public async Task One_line_names_the_kind_of_file_and_the_command_that_takes_it(string command, string example, string expected)
    {
        var path = CliRun.Example(example);

        var (exit, output, error) = await CliRun.RunAsync([command, path]);

        exit.ShouldBe(1);
        output.ShouldBeEmpty();
        error.TrimEnd().Split('\n').Length.ShouldBe(1, error);
        error.ShouldStartWith($"error: {path}: ");
        error.ShouldContain(expected);
    }

    [Fact]
    public async Task A_profile_given_as_the_cost_scenario_of_a_report_is_one_line_not_sixteen()
    {
        var profile = CliRun.Example("seed-marketplace.yaml");

        var (exit, _, error) = await CliRun.RunAsync(["report", profile, "--cost", profile]);

        exit.ShouldBe(1);
        error.TrimEnd().Split('\n').Length.ShouldBe(1, error);
        error.ShouldContain($"error: {profile}: this looks like a work profile, not a cost scenario");
    }

    [Fact]
    public async Task A_profile_with_a_typo_still_gets_the_reader_errors_with_their_line_and_suggestion()
    {
        var path = CliRun.TempFile("typo.yaml", "name: Team\nworkType: prodcut\nstag: seed\n");

        var (exit, _, error) = await CliRun.RunAsync(["assess", path]);

        exit.ShouldBe(1);
        error.ShouldContain("did you mean 'product'?");
        error.ShouldContain("did you mean 'stage'?");
        error.ShouldNotContain("this looks like");
    }
}
