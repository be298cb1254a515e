using System.CommandLine;
using Sourcewise.Application;
using Sourcewise.Application.Cost;
using Sourcewise.Application.Output;
using Sourcewise.Cli.Infrastructure;
using Sourcewise.CostModel;
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
            Description = $"Monte Carlo trials, {CostDefaults.MinTrials} to {CostDefaults.MaxTrials:N0}.",
            DefaultValueFactory = _ => CostDefaults.Trials,
            HelpName = "N",
        };
        var seed = new Option<long?>("--seed", "-s")
        {
            Description = "Random seed (0 or more); the same seed gives the same numbers. Default: drawn and printed.",
            HelpName = "S",
        };
        var format = CliOptions.Format(OutputFormats.Cost);
        var chart = new Option<string?>("--chart")
        {
            Description = "Also write a chart of the cumulative monthly bands to this file (.svg or .png).",
            HelpName = "out.svg|out.png",
        };
        var command = new Command("cost", "Monte Carlo comparison of the cost shapes of the options in a scenario.")
        {
            file, trials, seed, format.Option, chart,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var trialCount = parseResult.GetValue(trials);
            if (!CostDefaults.IsValidTrials(trialCount))
            {
                return env.Usage($"--trials must be between {CostDefaults.MinTrials} and {CostDefaults.MaxTrials:N0}, got {trialCount}");
            }

            var seedValue = parseResult.GetValue(seed);
            if (seedValue is < 0)
            {
                return env.Usage($"--seed must be 0 or more, got {seedValue}");
            }

            var chartPath = parseResult.GetValue(chart);
            var chartFormat = SimulateCost.ChartFormatOf(chartPath);
            if (chartPath is not null && chartFormat is null)
            {
                return env.Usage($"--chart must name a .svg or .png file, got '{chartPath}'");
            }

            var path = parseResult.GetValue(file)!;
            var read = path == "-"
                ? await SimulateCost.ReadStreamAsync(env.OpenInput(), "<stdin>", cancellationToken).ConfigureAwait(false)
                : await SimulateCost.ReadFileAsync(path, cancellationToken).ConfigureAwait(false);
            if (!read.HasValue)
            {
                if (path != "-" && InputKinds.WrongKind(path, "a cost scenario", InputKind.CostScenario) is { } wrongKind)
                {
                    env.Error.WriteLine(wrongKind);
                    return ExitCodes.BadInput;
                }

                return env.Fail(read);
            }

            env.Write(read.Diagnostics);
            var simulated = Simulate(env, read.Value, trialCount, seedValue, cancellationToken);
            if (!simulated.HasValue)
            {
                return env.Fail(simulated);
            }

            var result = simulated.Value;
            if (chartPath is not null && AtomicFile.TryWrite(chartPath, SimulateCost.RenderChart(result, chartFormat!.Value)) is { } reason)
            {
                env.Error.WriteLine($"error: {chartPath}: cannot write the chart: {reason}");
                return ExitCodes.BadInput;
            }

            var chosen = format.Get(parseResult);
            if (chosen == OutputFormat.Text)
            {
                CostText.Write(env.Console, result);
            }
            else
            {
                env.WriteOutput(SimulateCost.Render(result, chosen));
            }

            if (chartPath is not null)
            {
                env.Error.WriteLine($"chart written to {chartPath}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Outcome<CostResult> Simulate(CliEnvironment env, CostScenario scenario, int trials, long? seed,
        CancellationToken cancellationToken)
    {
        if (!env.IsInteractive || trials < ProgressThreshold)
        {
            return SimulateCost.Simulate(scenario, trials, seed, cancellationToken: cancellationToken);
        }

        Outcome<CostResult>? result = null;
        env.ErrorConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask($"Simulating {trials:N0} trials", maxValue: 1.0);
                result = SimulateCost.Simulate(scenario, trials, seed, new TaskProgress(task), cancellationToken);
                task.Value = 1.0;
            });
        return result!;
    }

    private sealed class TaskProgress(ProgressTask task) : IProgress<double>
    {
        public void Report(double value) => task.Value = Math.Min(1.0, value);
    }
}
