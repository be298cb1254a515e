using System.CommandLine;
using System.Text.Json;
using Sourcewise.Cli.Infrastructure;
using Sourcewise.Cli.Views;
using Sourcewise.Comparison;
using Sourcewise.Reports.Json;
using Sourcewise.Reports.Markdown;

namespace Sourcewise.Cli.Commands;

/// <summary><c>sourcewise models</c>: the three engagement models compared on six dimensions.</summary>
internal static class ModelsCommand
{
    public static Command Create(CliEnvironment env)
    {
        var format = CliOptions.Format("text", "json", "markdown");
        var command = new Command("models",
            "Compare staff augmentation, project outsourcing and managed services on six dimensions: control, " +
            "accountability, IP ownership, scaling speed, cost model and what each is best for.")
        {
            format,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            var comparison = ModelComparison.Default;
            switch (parseResult.GetValue(format))
            {
                case "json":
                    using (var buffer = new MemoryStream())
                    {
                        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
                        {
                            ModelComparisonJson.Write(writer, comparison);
                        }

                        env.Output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
                    }

                    break;
                case "markdown":
                    env.Output.Write(ModelComparisonMarkdown.Render(comparison));
                    break;
                default:
                    ModelComparisonView.Write(env.Console, comparison);
                    break;
            }

            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }
}
