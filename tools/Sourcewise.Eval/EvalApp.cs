using System.CommandLine;

namespace Sourcewise.Eval;

/// <summary>The <c>sourcewise-eval</c> command line: parses, runs <see cref="EvalCommand"/>, maps errors to exit codes
/// (0 ok, 1 bad input, 2 usage, 3 below a <c>--fail-under</c> floor, 130 cancelled).</summary>
internal static class EvalApp
{
    public static async Task<int> RunAsync(string[] args, EvalEnvironment env, CancellationToken cancellationToken = default)
    {
        var root = EvalCommand.Create(env);
        var parseResult = root.Parse(args);
        var configuration = new InvocationConfiguration { Output = env.Output, Error = env.Error };
        if (parseResult.Errors.Count > 0 && !args.Contains("--help") && !args.Contains("-h"))
        {
            foreach (var error in parseResult.Errors)
            {
                env.Error.WriteLine($"usage: {error.Message}");
            }

            env.Error.WriteLine("Run 'sourcewise-eval --help' to see what it accepts.");
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
