namespace Sourcewise.Cli.Tests.Commands;

/// <summary>The report's format follows the <c>--output</c> extension; a contradiction or an extension that names no
/// format is a usage error and writes nothing (issue 15: Markdown was written into <c>r.odt</c>, a PDF into
/// <c>x.html</c>).</summary>
public sealed class ReportOutputFormatTests
{
    [Fact]
    public async Task An_extension_that_names_no_format_is_a_usage_error_and_writes_nothing()
    {
        var output = Path.Combine(Path.GetDirectoryName(CliRun.TempFile("x", ""))!, "r.odt");

        var (exit, _, error) = await CliRun.RunAsync(["report", CliRun.Example("seed-marketplace.yaml"), "--output", output]);

        exit.ShouldBe(2);
        error.ShouldContain("cannot tell the format of --output");
        error.ShouldContain("'.odt'");
        File.Exists(output).ShouldBeFalse();
    }

    [Fact]
    public async Task A_format_that_contradicts_the_extension_is_a_usage_error_and_writes_nothing()
    {
        var output = Path.Combine(Path.GetDirectoryName(CliRun.TempFile("x", ""))!, "x.html");

        var (exit, _, error) = await CliRun.RunAsync(["report", CliRun.Example("seed-marketplace.yaml"), "--format", "pdf", "--output", output]);

        exit.ShouldBe(2);
        error.ShouldContain("--format pdf contradicts --output");
        error.ShouldContain("x.pdf");
        File.Exists(output).ShouldBeFalse();
    }

    [Fact]
    public async Task The_extension_alone_chooses_the_format()
    {
        var output = Path.Combine(Path.GetDirectoryName(CliRun.TempFile("x", ""))!, "decision.html");

        var (exit, _, error) = await CliRun.RunAsync(["report", CliRun.Example("seed-marketplace.yaml"), "--output", output, "--date", "2026-12-01"]);

        exit.ShouldBe(0, error);
        (await File.ReadAllTextAsync(output)).ShouldContain("<html");
    }

    [Fact]
    public async Task A_format_with_a_file_name_that_names_no_format_is_taken_at_its_word()
    {
        var output = Path.Combine(Path.GetDirectoryName(CliRun.TempFile("x", ""))!, "notes.txt");

        var (exit, _, error) = await CliRun.RunAsync(["report", CliRun.Example("seed-marketplace.yaml"), "--format", "markdown", "--output", output, "--date", "2026-12-01"]);

        exit.ShouldBe(0, error);
        (await File.ReadAllTextAsync(output)).ShouldStartWith("# ");
    }
}
