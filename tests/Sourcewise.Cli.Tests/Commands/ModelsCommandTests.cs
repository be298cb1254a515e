using System.Text.Json;
using Snapshooter.Xunit;

namespace Sourcewise.Cli.Tests.Commands;

public sealed class ModelsCommandTests
{
    [Fact]
    public async Task Json_lists_three_models_on_six_dimensions()
    {
        var (exit, output, _) = await CliRun.RunAsync(["models", "--format", "json"]);

        exit.ShouldBe(0);
        using var document = JsonDocument.Parse(output);
        var root = document.RootElement;
        root.GetProperty("models").EnumerateArray().Select(m => m.GetProperty("id").GetString())
            .ShouldBe(["staff-augmentation", "project-outsourcing", "managed-services"]);
        root.GetProperty("dimensions").EnumerateArray().Select(d => d.GetProperty("id").GetString())
            .ShouldBe(["control", "accountability", "ip-ownership", "scaling-speed", "cost-model", "best-for"]);
        foreach (var dimension in root.GetProperty("dimensions").EnumerateArray())
        {
            dimension.GetProperty("values").EnumerateObject().Count().ShouldBe(3);
        }
    }

    [Fact]
    public async Task Markdown_is_a_table_with_a_row_per_dimension()
    {
        var (exit, output, _) = await CliRun.RunAsync(["models", "--format", "markdown"]);

        exit.ShouldBe(0);
        output.ShouldContain("| **IP ownership** |");
        output.ShouldContain("| | Staff augmentation | Project outsourcing | Managed services |");
        Snapshot.Match(output);
    }

    [Fact]
    public async Task The_terminal_table_names_each_model()
    {
        var (exit, output, _) = await CliRun.RunAsync(["models"]);

        exit.ShouldBe(0);
        output.ShouldContain("staff-augmentation");
        output.ShouldContain("Scaling speed");
    }

    [Fact]
    public async Task An_unknown_format_is_a_usage_error()
    {
        var (exit, _, error) = await CliRun.RunAsync(["models", "--format", "pdf"]);

        exit.ShouldBe(2);
        error.ShouldContain("pdf");
    }
}
