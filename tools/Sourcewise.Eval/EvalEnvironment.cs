using Spectre.Console;

namespace Sourcewise.Eval;

/// <summary>The tool's output seams: rich output (tables) and raw output to stdout, diagnostics to stderr. Tests build
/// one over string writers.</summary>
internal sealed class EvalEnvironment
{
    public EvalEnvironment(IAnsiConsole console, TextWriter output, TextWriter error)
    {
        Console = console;
        Output = output;
        Error = error;
    }

    /// <summary>Rich output (tables, colour) to stdout.</summary>
    public IAnsiConsole Console { get; }

    /// <summary>Raw stdout, for JSON and Markdown.</summary>
    public TextWriter Output { get; }

    /// <summary>stderr: errors and warnings.</summary>
    public TextWriter Error { get; }

    public static EvalEnvironment FromProcess()
    {
        var stdout = System.Console.Out;
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stdout) });
        return new EvalEnvironment(console, stdout, System.Console.Error);
    }

    /// <summary>An environment over plain writers (no colour), for tests.</summary>
    public static EvalEnvironment ForWriters(TextWriter output, TextWriter error, int width = 120)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = width;
        return new EvalEnvironment(console, output, error);
    }
}
