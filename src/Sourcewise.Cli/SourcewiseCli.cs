using System.CommandLine;
using Sourcewise.Cli.Commands;
using Sourcewise.Cli.Infrastructure;

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

        return root;
    }

    public static async Task<int> RunAsync(string[] args, CliEnvironment env, CancellationToken cancellationToken = default)
    {
        var root = BuildRoot(env);
        var parseResult = root.Parse(args);
        var configuration = new InvocationConfiguration { Output = env.Output, Error = env.Error };
        if (parseResult.Errors.Count > 0 && !args.Contains("--help") && !args.Contains("-h"))
        {
            foreach (var error in parseResult.Errors)
            {
                env.Error.WriteLine($"usage: {error.Message}");
            }

            var commandName = parseResult.CommandResult.Command == root ? "sourcewise" : $"sourcewise {parseResult.CommandResult.Command.Name}";
            env.Error.WriteLine($"Run '{commandName} --help' to see what it accepts.");
            return ExitCodes.Usage;
        }

        try
        {
            return await parseResult.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            env.Error.WriteLine("cancelled");
            return ExitCodes.Cancelled;
        }
    }
}
