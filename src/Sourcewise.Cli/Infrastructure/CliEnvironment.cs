using Spectre.Console;

namespace Sourcewise.Cli.Infrastructure;

/// <summary>Everything a command touches outside itself: output seams, stdin, the clock and whether a person is at the
/// terminal. Tests build one over string writers.</summary>
internal sealed class CliEnvironment
{
    public CliEnvironment(IAnsiConsole console, TextWriter output, TextWriter error, Func<Stream> openInput,
        bool isInteractive)
    {
        Console = console;
        Output = output;
        Error = error;
        OpenInput = openInput;
        IsInteractive = isInteractive;
    }

    /// <summary>Rich output (tables, colour) to stdout.</summary>
    public IAnsiConsole Console { get; }

    /// <summary>Raw stdout, for JSON, CSV and Markdown.</summary>
    public TextWriter Output { get; }

    /// <summary>stderr: diagnostics and progress.</summary>
    public TextWriter Error { get; }

    /// <summary>Opens stdin.</summary>
    public Func<Stream> OpenInput { get; }

    /// <summary>Whether stdin and stdout are a terminal (interactive questions allowed).</summary>
    public bool IsInteractive { get; }

    /// <summary>The clock (the default date of a decision record comes from it); tests pass a fake one.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Rich output to stderr (progress bars), so stdout stays clean for pipes.</summary>
    public IAnsiConsole ErrorConsole { get; init; } = AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(System.Console.Error),
    });

    public static CliEnvironment FromProcess()
    {
        var stdout = System.Console.Out;
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stdout) });
        if (System.Console.IsOutputRedirected)
        {
            // Not a terminal: Spectre would assume 80 columns and wrap tables mid-word. Use $COLUMNS when the caller
            // sets it, else no limit (each table row stays one line, for grep and diff).
            console.Profile.Width = WidthWhenRedirected(Environment.GetEnvironmentVariable("COLUMNS"));
        }

        var interactive = !System.Console.IsInputRedirected && !System.Console.IsOutputRedirected;
        return new CliEnvironment(console, stdout, System.Console.Error, System.Console.OpenStandardInput, interactive);
    }

    /// <summary>Output width when stdout is not a terminal: <c>$COLUMNS</c> if it is a sensible number, else
    /// <see cref="Unbounded"/>.</summary>
    internal static int WidthWhenRedirected(string? columns) =>
        int.TryParse(columns, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var width)
        && width is >= 20 and <= Unbounded ? width : Unbounded;

    /// <summary>The width used for "no limit": wider than any row the views draw.</summary>
    internal const int Unbounded = 4096;

    /// <summary>An environment over plain writers (no colour, not interactive), for tests and embedding.</summary>
    public static CliEnvironment ForWriters(TextWriter output, TextWriter error, Func<Stream>? openInput = null,
        int width = 120, TimeProvider? time = null)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = width;
        var errorConsole = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(error),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        return new CliEnvironment(console, output, error, openInput ?? (() => Stream.Null), isInteractive: false)
        {
            ErrorConsole = errorConsole,
            Time = time ?? TimeProvider.System,
        };
    }
}
