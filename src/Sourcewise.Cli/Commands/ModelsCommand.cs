using System.CommandLine;
using Sourcewise.Application.Models;
using Sourcewise.Application.Output;
using Sourcewise.Cli.Infrastructure;
using Sourcewise.Cli.Views;

namespace Sourcewise.Cli.Commands;

/// <summary><c>sourcewise models</c>: the three engagement models compared on six dimensions.</summary>
internal static class ModelsCommand
{
    public static Command Create(CliEnvironment env)
    {
        var format = CliOptions.Format(OutputFormats.Models);
        var command = new Command("models",
            "Compare staff augmentation, project outsourcing and managed services on six dimensions: control, " +
            "accountability, IP ownership, scaling speed, cost model and what each is best for.")
        {
            format.Option,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            var chosen = format.Get(parseResult);
            if (chosen == OutputFormat.Text)
            {
                ModelComparisonView.Write(env.Console, CompareModels.Comparison);
            }
            else
            {
                env.WriteOutput(CompareModels.Render(chosen));
            }

            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }
}
