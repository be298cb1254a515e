using System.CommandLine;
using Sourcewise.Cli.Commands;
using Sourcewise.Cli.Infrastructure;
using Spectre.Console;

namespace Sourcewise.Cli;

/// <summary>The <c>sourcewise</c> command line: builds the command tree and runs it with exit codes from the
/// public interface (0 ok, 1 bad input, 2 usage, 130 cancelled).</summary>
internal static class SourcewiseCli
{
    public static RootCommand BuildRoot(CliEnvironment env)
    {
        var root = new RootCommand(
            "Sourcewise: decide how to source engineering work (staff augmentation, project outsourcing or managed " +
            "services), check that a proposal really is the model it claims, and compare the cost shapes.");
        foreach (var command in CliCommands.Create(env))
        {
            root.Subcommands.Add(command);
        }

        CommandHelp.Install(root);
        return root;
    }

    public static async Task<int> RunAsync(string[] args, CliEnvironment env, CancellationToken cancellationToken = default)
    {
        var root = BuildRoot(env);
        var parseResult = root.Parse(args);
        // Ctrl+C is the caller's token (Program wires it to SIGINT), so the parser's own signal handler is off, and so
        // is its exception handler, which turned a cancellation into exit 1 with nothing printed.
        var configuration = new InvocationConfiguration
        {
            Output = env.Output,
            Error = env.Error,
            ProcessTerminationTimeout = null,
            EnableDefaultExceptionHandler = false,
        };
        var usage = UsageErrors.Find(parseResult, out var unknownCommand);
        var helpAsked = args.Any(a => a is "--help" or "-h" or "-?");
        if (usage.Count > 0 && (!helpAsked || unknownCommand))
        {
            foreach (var message in usage)
            {
                env.Error.WriteLine($"usage: {message}");
            }

            var commandName = unknownCommand ? "sourcewise" : UsageErrors.PathOf(parseResult.CommandResult);
            env.Error.WriteLine($"Run '{commandName} --help' for what it accepts, with examples.");
            return ExitCodes.Usage;
        }

        try
        {
            return await parseResult.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return Cancelled(env);
        }
        catch (InvalidOperationException) when (cancellationToken.IsCancellationRequested)
        {
            // A prompt whose input was interrupted reports "no input" rather than a cancellation.
            return Cancelled(env);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug, not bad input (bad input is reported as diagnostics): say so, with the details for a bug report.
            env.Error.WriteLine($"internal error (please report it): {e}");
            return ExitCodes.BadInput;
        }
    }

    private static int Cancelled(CliEnvironment env)
    {
        if (env.IsInteractive)
        {
            // A prompt or a progress bar may have hidden the cursor and left the line half-drawn.
            env.Console.Cursor.Show(true);
            env.Console.WriteLine();
        }

        env.Error.WriteLine("cancelled");
        return ExitCodes.Cancelled;
    }
}
