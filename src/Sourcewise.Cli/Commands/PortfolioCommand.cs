using System.CommandLine;
using Sourcewise.Application;
using Sourcewise.Application.Assess;
using Sourcewise.Application.Output;
using Sourcewise.Application.Portfolios;
using Sourcewise.Cli.Infrastructure;
using Sourcewise.Cli.Portfolio;
using Sourcewise.Diagnostics;
using Sourcewise.Documents.Portfolios;
using Spectre.Console;

namespace Sourcewise.Cli.Commands;

/// <summary><c>sourcewise portfolio FILE [--format text|json|markdown|csv]</c>: assess every workstream of a portfolio,
/// streaming rows in and results out.</summary>
internal static class PortfolioCommand
{
    /// <summary>Rows shown in the terminal table; the rest are counted in the summary.</summary>
    public const int TextRows = 50;

    /// <summary>Bad rows whose messages are printed on stderr; more are counted.</summary>
    public const int PrintedErrors = 50;

    /// <summary>Inputs at least this large get a progress bar (when stderr is a terminal).</summary>
    private const long ProgressThresholdBytes = 2 * 1024 * 1024;

    public static Command Create(CliEnvironment env) => Create(env, null);

    /// <param name="env">The process or test environment.</param>
    /// <param name="assessor">An assessor to use instead of the engine (tests); <c>--rules</c> is then ignored.</param>
    internal static Command Create(CliEnvironment env, Func<IWorkstreamAssessor>? assessor)
    {
        var file = new Argument<string>("FILE")
        {
            Description = "The workstreams: .csv or .xlsx (header row of profile keys), .json (array) or .yaml (list).",
        };
        var format = CliOptions.Format(OutputFormats.Portfolio);
        var rules = new Option<string?>("--rules")
        {
            Description = "Use your organisation's own rules and weights (YAML or JSON, same shape as the built-in " +
                "src/Sourcewise.Core/Data/assessment-rules.json), as for assess.",
            HelpName = "FILE",
        };
        var command = new Command("portfolio",
            "Assess every workstream of a portfolio: one recommendation per row, a summary by model, and portfolio findings.")
        {
            file,
            format.Option,
            rules,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            IWorkstreamAssessor engine;
            if (assessor is not null)
            {
                engine = assessor();
            }
            else
            {
                var withRules = await AssessWorkstream.WithRulesAsync(parseResult.GetValue(rules), cancellationToken).ConfigureAwait(false);
                if (!withRules.HasValue)
                {
                    return env.Fail(withRules);
                }

                engine = withRules.Value;
            }

            var useCase = new AssessPortfolio(engine);
            return await Task.Run(() => RunAsync(env, useCase, parseResult.GetValue(file)!, format.Get(parseResult),
                cancellationToken), cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<int> RunAsync(CliEnvironment env, AssessPortfolio useCase, string path, OutputFormat format,
        CancellationToken cancellationToken)
    {
        var opened = await AssessPortfolio.OpenFileAsync(path, cancellationToken).ConfigureAwait(false);
        if (!opened.HasValue)
        {
            if (InputKinds.WrongKind(path, "a portfolio", InputKind.Portfolio) is { } wrongKind)
            {
                env.Error.WriteLine(wrongKind);
                return ExitCodes.BadInput;
            }

            return env.Fail(opened);
        }

        using var source = opened.Value;
        var toProcessStdout = ReferenceEquals(env.Output, Console.Out);
        var rawOut = toProcessStdout ? Console.OpenStandardOutput() : new TextWriterStream(env.Output);
        var output = new BufferedStream(rawOut, 1 << 16);
        var collected = format == OutputFormat.Text ? new CollectingPortfolioSink(TextRows) : null;
        PortfolioSink sink = format switch
        {
            OutputFormat.Json => new JsonPortfolioSink(output),
            OutputFormat.Csv => new CsvPortfolioSink(output),
            OutputFormat.Markdown => new MarkdownPortfolioSink(output),
            _ => collected!,
        };

        var badRows = 0;
        void BadRow(IReadOnlyList<Diagnostic> errors)
        {
            if (badRows++ < PrintedErrors)
            {
                foreach (var error in errors)
                {
                    env.Error.WriteLine($"error: {error}");
                }
            }
        }

        Outcome<PortfolioResult> outcome;
        try
        {
            outcome = Run(env, useCase, source, sink, BadRow, path, toProcessStdout, cancellationToken);
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

        if (badRows > PrintedErrors)
        {
            env.Error.WriteLine($"error: … and {badRows - PrintedErrors:N0} more bad rows (not shown)");
        }

        if (collected?.Summary is { } summary)
        {
            PortfolioTextView.Render(env.Console, Path.GetFileName(path), summary, collected.Findings, collected.Rows);
        }

        return outcome.Status == OutcomeStatus.Ok ? ExitCodes.Success : env.Fail(outcome);
    }

    private static Outcome<PortfolioResult> Run(CliEnvironment env, AssessPortfolio useCase, PortfolioSource source,
        PortfolioSink sink, Action<IReadOnlyList<Diagnostic>> badRow, string path, bool toProcessStdout,
        CancellationToken cancellationToken)
    {
        if (!toProcessStdout || Console.IsErrorRedirected || SizeOf(path) < ProgressThresholdBytes)
        {
            return useCase.Run(source, sink, badRow, null, cancellationToken);
        }

        Outcome<PortfolioResult> outcome = null!;
        env.ErrorConsole.Progress().AutoClear(true).HideCompleted(true).Start(ctx =>
        {
            var task = ctx.AddTask($"Assessing {Path.GetFileName(path)}", maxValue: 1.0);
            outcome = useCase.Run(source, sink, badRow, p => task.Value = p, cancellationToken);
            task.Value = 1.0;
        });
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
