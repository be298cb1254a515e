using System.Text;
using Sourcewise.Application;
using Sourcewise.Diagnostics;

namespace Sourcewise.Cli.Infrastructure;

/// <summary>Prints diagnostics as one line each on stderr and maps outcomes to exit codes, in one place.</summary>
internal static class CliReporting
{
    /// <summary>Writes each diagnostic as <c>error: file:line:col: field: message</c>.</summary>
    public static void Write(this CliEnvironment env, IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            var label = d.Severity switch
            {
                DiagnosticSeverity.Error => "error",
                DiagnosticSeverity.Warning => "warning",
                _ => "note",
            };
            env.Error.WriteLine($"{label}: {d}");
        }
    }

    /// <summary>The exit code of an outcome: 0 when it is complete, 1 for bad input (all of it, or part of it).</summary>
    public static int ExitCode(OutcomeStatus status) => status switch
    {
        OutcomeStatus.Ok => ExitCodes.Success,
        _ => ExitCodes.BadInput,
    };

    /// <summary>Reports a failed outcome and returns its exit code.</summary>
    public static int Fail<T>(this CliEnvironment env, Outcome<T> outcome)
    {
        env.Write(outcome.Diagnostics);
        return ExitCode(outcome.Status);
    }

    /// <summary>Reports a failed result and returns the bad-input exit code.</summary>
    public static int Fail<T>(this CliEnvironment env, Result<T> result)
    {
        env.Write(result.Diagnostics);
        return ExitCodes.BadInput;
    }

    /// <summary>Reports a usage problem (bad flag combination) and returns 2.</summary>
    public static int Usage(this CliEnvironment env, string message)
    {
        env.Error.WriteLine($"usage: {message}");
        return ExitCodes.Usage;
    }

    /// <summary>Writes bytes rendered by the application (UTF-8 text) to stdout as they are.</summary>
    public static void WriteOutput(this CliEnvironment env, byte[] utf8) => env.Output.Write(Encoding.UTF8.GetString(utf8));
}
