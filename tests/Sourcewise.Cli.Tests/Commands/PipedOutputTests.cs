using System.Diagnostics;

namespace Sourcewise.Cli.Tests.Commands;

/// <summary>Text output piped to another program is not cut at 80 columns: table cells keep whole ids (issue 15).</summary>
public sealed class PipedOutputTests
{
    [Fact]
    public async Task Piped_tables_keep_every_id_and_name_on_one_line()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = CliRun.RepositoryRoot,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "sourcewise.dll"), "portfolio", "examples/portfolio.csv" })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("COLUMNS");
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        process.ExitCode.ShouldBe(0, error);
        var row = output.Split('\n').Single(l => l.Contains("Two-sided", StringComparison.Ordinal));
        row.ShouldContain("Two-sided marketplace core");
        row.ShouldContain("staff-augmentation");
        row.ShouldContain("project-outsourcing");
    }

    [Theory]
    [InlineData(null, 4096)]
    [InlineData("", 4096)]
    [InlineData("132", 132)]
    [InlineData("abc", 4096)]
    [InlineData("5", 4096)]
    public void The_width_when_not_a_terminal_is_COLUMNS_or_unbounded(string? columns, int expected) =>
        Sourcewise.Cli.Infrastructure.CliEnvironment.WidthWhenRedirected(columns).ShouldBe(expected);
}
