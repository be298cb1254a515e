using Spectre.Console;
using Spectre.Console.Rendering;

namespace Sourcewise.Cli.Tests.Interactive;

/// <summary>An interactive console over a string writer whose keyboard is a script of keys.</summary>
internal sealed class ScriptedConsole : IAnsiConsole
{
    private readonly IAnsiConsole _inner;

    public ScriptedConsole(TextWriter output, IEnumerable<ConsoleKeyInfo> keys, bool ansi = true)
    {
        _inner = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = ansi ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.Yes,
        });
        _inner.Profile.Width = 100;
        _inner.Profile.Capabilities.Interactive = true;
        Input = new ScriptedInput(keys);
    }

    public Profile Profile => _inner.Profile;

    public IAnsiConsoleCursor Cursor => _inner.Cursor;

    public IAnsiConsoleInput Input { get; }

    public IExclusivityMode ExclusivityMode => _inner.ExclusivityMode;

    public RenderPipeline Pipeline => _inner.Pipeline;

    public void Clear(bool home) => _inner.Clear(home);

    public void Write(IRenderable renderable) => _inner.Write(renderable);

    public void WriteAnsi(Action<AnsiWriter> action) => _inner.WriteAnsi(action);

    public static ConsoleKeyInfo Key(ConsoleKey key) => new('\0', key, false, false, false);

    public static IEnumerable<ConsoleKeyInfo> Text(string text) =>
        text.Select(c => new ConsoleKeyInfo(c, char.IsLetter(c) ? (ConsoleKey)char.ToUpperInvariant(c) : ConsoleKey.Spacebar, false, false, false));

    private sealed class ScriptedInput(IEnumerable<ConsoleKeyInfo> keys) : IAnsiConsoleInput
    {
        private readonly Queue<ConsoleKeyInfo> _keys = new(keys);

        public bool IsKeyAvailable() => _keys.Count > 0;

        public ConsoleKeyInfo? ReadKey(bool intercept) =>
            _keys.Count > 0 ? _keys.Dequeue() : throw new InvalidOperationException("The script ran out of keys.");

        public Task<ConsoleKeyInfo?> ReadKeyAsync(bool intercept, CancellationToken cancellationToken) =>
            Task.FromResult(ReadKey(intercept));
    }
}
