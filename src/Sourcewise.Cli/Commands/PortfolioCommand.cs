using System.CommandLine;
using System.Globalization;
using Sourcewise.Assessments;
using Sourcewise.Cli.Infrastructure;
using Sourcewise.Cli.Portfolio;
using Sourcewise.Documents.Input;
using Sourcewise.Documents.Portfolios;
using Spectre.Console;

namespace Sourcewise.Cli.Commands;

/// <summary><c>sourcewise portfolio FILE [--format text|json|markdown|csv]</c>: assess every workstream of a portfolio,
/// streaming rows in and results out.</summary>
internal static class PortfolioCommand
{
    /// <summary>Inputs at least this large get a progress bar (when stderr is a terminal).</summary>
    private const long ProgressThresholdBytes = 2 * 1024 * 1024;

    public static Command Create(CliEnvironment env) => Create(env, null);

    /// <param name="env">The process or test environment.</param>
    /// <param name="assessor">An engine to use instead of the built-in one (tests); <c>--rules</c> is then ignored.</param>
    internal static Command Create(CliEnvironment env, Func<PortfolioAssessor>? assessor)
    {
        var file = new Argument<string>("FILE")
        {
            Description = "The workstreams: .csv or .xlsx (header row of profile keys), .json (array) or .yaml (list).",
        };
        var format = CliOptions.Format("text", "json", "markdown", "csv");
        var rules = new Option<string?>("--rules")
        {
            Description = "Use your organisation's own rules and weights (JSON, same shape as the built-in " +
                "src/Sourcewise.Core/Data/assessment-rules.json), as for assess.",
            HelpName = "FILE",
        };
        var command = new Command("portfolio",
            "Assess every workstream of a portfolio: one recommendation per row, a summary by model, and portfolio findings.")
        {
            file,
            format,
            rules,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var engine = assessor?.Invoke() ?? PortfolioAssessors.Default;
            if (assessor is null && parseResult.GetValue(rules) is { } rulesPath)
            {
                var text = await InputText.ReadFileAsync(rulesPath, cancellationToken: cancellationToken).ConfigureAwait(false);
                if (!text.Success)
                {
                    return env.Fail(text);
                }

                var ruleSet = RuleSet.Parse(text.Value, rulesPath);
                if (!ruleSet.Success)
                {
                    return env.Fail(ruleSet);
                }

                engine = new EngineAssessor(AssessmentEngine.FromRules(ruleSet.Value));
            }

            return await Task.Run(() => RunAsync(env, engine, parseResult.GetValue(file)!, parseResult.GetValue(format)!,
                cancellationToken), cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<int> RunAsync(CliEnvironment env, PortfolioAssessor assessor, string path, string format,
        CancellationToken cancellationToken)
    {
        var opened = await PortfolioReader.OpenFileAsync(path, cancellationToken).ConfigureAwait(false);
        if (!opened.Success)
        {
            return env.Fail(opened);
        }

        using var source = opened.Value;
        var toProcessStdout = ReferenceEquals(env.Output, Console.Out);
        var rawOut = toProcessStdout ? Console.OpenStandardOutput() : new TextWriterStream(env.Output);
        var output = new BufferedStream(rawOut, 1 << 16);
        var runner = new PortfolioRunner(assessor, format);

        PortfolioOutcome outcome;
        try
        {
            outcome = Run(env, runner, source, output, path, toProcessStdout, cancellationToken);
            await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            env.Error.WriteLine($"error: cannot write the output: {e.Message}");
            return ExitCodes.BadInput;
        }
        finally
        {
            try
            {
                await output.DisposeAsync().ConfigureAwait(false);
                await rawOut.DisposeAsync().ConfigureAwait(false);
            }
            catch (IOException)
            {
                // The reader went away (a closed pipe); nothing more can be written.
            }
        }

        if (format == "text")
        {
            PortfolioTextView.Render(env.Console, Path.GetFileName(path), outcome);
        }

        if (outcome.Summary.Failed + outcome.Summary.Assessed == 0)
        {
            env.Error.WriteLine($"error: {path}: has no workstreams (only a header, or an empty list)");
            return ExitCodes.BadInput;
        }

        if (outcome.Summary.Failed > 0)
        {
            env.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"error: {path}: {outcome.Summary.Failed:N0} of {outcome.Summary.Failed + outcome.Summary.Assessed:N0} rows could not be read; the other {outcome.Summary.Assessed:N0} were assessed"));
            return ExitCodes.BadInput;
        }

        return ExitCodes.Success;
    }

    private static PortfolioOutcome Run(CliEnvironment env, PortfolioRunner runner, PortfolioSource source, Stream output,
        string path, bool toProcessStdout, CancellationToken cancellationToken)
    {
        PortfolioOutcome outcome;
        if (toProcessStdout && !Console.IsErrorRedirected && SizeOf(path) >= ProgressThresholdBytes)
        {
            outcome = null!;
            env.ErrorConsole.Progress().AutoClear(true).HideCompleted(true).Start(ctx =>
            {
                var task = ctx.AddTask($"Assessing {Path.GetFileName(path)}", maxValue: 1.0);
                outcome = runner.Run(source, output, env.Error, p => task.Value = p, cancellationToken);
                task.Value = 1.0;
            });
        }
        else
        {
            outcome = runner.Run(source, output, env.Error, null, cancellationToken);
        }

        return outcome;
    }

    private static long SizeOf(string path)
    {
        try
        {
            return new FileInfo(path).Length;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
