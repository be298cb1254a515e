namespace Sourcewise.Cli.Tests.Commands;

/// <summary>Evaluation tooling does not ship: <c>check-eval</c> moved to <c>tools/Sourcewise.Eval</c>.</summary>
public sealed class CheckEvalRemovedTests
{
    [Fact]
    public async Task The_shipped_cli_has_no_check_eval_command()
    {
        var (exit, _, error) = await CliRun.RunAsync(["check-eval", "corpus"]);

        exit.ShouldBe(2);
        error.ShouldContain("'check-eval'");
    }
}
