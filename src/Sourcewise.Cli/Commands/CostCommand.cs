using System.CommandLine;
using Sourcewise.Cli.Infrastructure;
using Sourcewise.CostModel;
using Sourcewise.Documents.Scenarios;
using Sourcewise.Reports.Charts;
using Sourcewise.Reports.Json;
using Sourcewise.Reports.Markdown;
using Spectre.Console;

namespace Sourcewise.Cli.Commands;

/// <summary><c>sourcewise cost FILE [--trials N] [--seed S] [--format text|json|markdown] [--chart out.svg|out.png]</c>.</summary>
internal static class CostCommand
{
    private const int ProgressThreshold = 200_000;

    public static Command Create(CliEnvironment env)
    {
        var file = new Argument<string>("FILE") { Description = "A cost scenario (YAML or JSON); '-' reads stdin." };
        var trials = new Option<int>("--trials", "-n")
        {
            Description = $"Monte Carlo trials, 1 to {CostSimulationOptions.MaxTrials:N0}.",
            DefaultValueFactory = _ => CostSimulationOptions.DefaultTrials,
            HelpName = "N",
        };
        var seed = new Option<long?>("--seed", "-s")
        {
            Description = "Random seed (0 or more); the same seed gives the same numbers. Default: drawn and printed.",
            HelpName = "S",
        };
        var format = CliOptions.Format("text", "json", "markdown");
        var chart = new Option<string?>("--chart")
        {
            Description = "Also write a chart of the cumulative monthly bands to this file (.svg or .png).",
            HelpName = "out.svg|out.png",
        };
        var command = new Command("cost", "Monte Carlo comparison of the cost shapes of the options in a scenario.")
        {
            file, trials, seed, format, chart,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var trialCount = parseResult.GetValue(trials);
            if (trialCount is < 1 or > CostSimulationOptions.MaxTrials)
            {
                return env.Usage($"--trials must be between 1 and {CostSimulationOptions.MaxTrials:N0}, got {trialCount}");
            }

            var seedValue = parseResult.GetValue(seed);
            if (seedValue is < 0)
            {
                return env.Usage($"--seed must be 0 or more, got {seedValue}");
            }

            var chartPath = parseResult.GetValue(chart);
            var chartKind = Path.GetExtension(chartPath)?.ToLowerInvariant();
            if (chartPath is not null && chartKind is not (".svg" or ".png"))
            {
                return env.Usage($"--chart must name a .svg or .png file, got '{chartPath}'");
            }

            var path = parseResult.GetValue(file)!;
            var read = path == "-"
                ? await CostScenarioReader.ReadStreamAsync(env.OpenInput(), "<stdin>", cancellationToken).ConfigureAwait(false)
                : await CostScenarioReader.ReadFileAsync(path, cancellationToken).ConfigureAwait(false);
            if (!read.Success)
            {
                return env.Fail(read);
            }

            env.Write(read.Diagnostics);
            var result = Simulate(env, read.Value, new CostSimulationOptions { Trials = trialCount, Seed = seedValue },
                cancellationToken);

            if (chartPath is not null)
            {
                var written = WriteAtomically(chartPath,
                    chartKind == ".svg" ? System.Text.Encoding.UTF8.GetBytes(CostChart.ToSvg(result)) : CostChart.ToPng(result));
                if (written is not null)
                {
                    env.Error.WriteLine($"error: {chartPath}: cannot write the chart: {written}");
                    return ExitCodes.BadInput;
                }
            }

            switch (parseResult.GetValue(format))
            {
                case "json":
                    env.Output.WriteLine(CostJson.Write(result));
                    break;
                case "markdown":
                    env.Output.Write(CostMarkdown.Write(result));
                    break;
                default:
                    CostText.Write(env.Console, result);
                    break;
            }

            if (chartPath is not null)
            {
                env.Error.WriteLine($"chart written to {chartPath}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static CostResult Simulate(CliEnvironment env, CostScenario scenario, CostSimulationOptions options,
        CancellationToken cancellationToken)
    {
        var simulator = new CostSimulator();
        if (!env.IsInteractive || options.Trials < ProgressThreshold)
        {
            return simulator.Simulate(scenario, options, cancellationToken);
        }

        CostResult? result = null;
        env.ErrorConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask($"Simulating {options.Trials:N0} trials", maxValue: 1.0);
                result = simulator.Simulate(scenario, options with { Progress = new TaskProgress(task) }, cancellationToken);
                task.Value = 1.0;
            });
        return result!;
    }

    /// <summary>Writes to a temporary file next to the target, then moves it into place, so a failure never leaves a
    /// partial chart. Returns an error message, or <c>null</c> on success.</summary>
    private static string? WriteAtomically(string path, byte[] bytes)
    {
        var full = Path.GetFullPath(path);
        var temp = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllBytes(temp, bytes);
            File.Move(temp, full, overwrite: true);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            try
            {
                File.Delete(temp);
            }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
            {
                // Nothing more to do: the temporary name is hidden and unique.
            }

            return e.Message;
        }
    }

    private sealed class TaskProgress(ProgressTask task) : IProgress<double>
    {
        public void Report(double value) => task.Value = Math.Min(1.0, value);
    }
}
