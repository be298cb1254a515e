using Sourcewise.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Sourcewise.Documents.Input;

/// <summary>Parses YAML or JSON text (JSON is read as YAML's flow style) into <see cref="InputNode"/>s with positions.</summary>
/// <remarks>Never throws for bad input. Refuses anchors/aliases (billion-laughs), duplicate keys, multiple documents,
/// nesting deeper than 64 and more than 5,000,000 nodes. The depth is checked on the parser's event stream (YamlDotNet's
/// scanner and parser are not recursive) before anything deeper is built, so no input can exhaust the stack.</remarks>
/// <threadsafety>All members are thread-safe.</threadsafety>
public static class StructuredInput
{
    private const int MaxDepth = 64;
    private const int MaxNodes = 5_000_000;

    /// <summary>Parses one document.</summary>
    /// <param name="text">The whole text.</param>
    /// <param name="name">The file name for messages.</param>
    public static Result<InputNode> Parse(string text, string name)
    {
        ArgumentNullException.ThrowIfNull(text);
        var scanner = new Scanner(new StringReader(text));
        var parser = new Parser(scanner);
        var state = new State(name);
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                return Result<InputNode>.Fail(Diagnostic.Error("empty-file", "is empty", new SourceLocation(name)));
            }

            parser.Consume<DocumentStart>();
            var root = ReadNode(parser, state, 0);
            if (state.Error is { } error)
            {
                return Result<InputNode>.Fail(error);
            }

            parser.Consume<DocumentEnd>();
            if (!parser.Accept<StreamEnd>(out _))
            {
                var start = parser.Current?.Start;
                return Result<InputNode>.Fail(Diagnostic.Error("multiple-documents",
                    "holds more than one document; give one", Where(name, start)));
            }

            return root is null
                ? Result<InputNode>.Fail(Diagnostic.Error("empty-file", "is empty", new SourceLocation(name)))
                : Result<InputNode>.Ok(root);
        }
        catch (YamlException e)
        {
            var message = e.InnerException?.Message ?? e.Message;
            // YamlDotNet prefixes messages with "(Line: 1, Col: 2, Idx: 1) - (Line...): "; the location is ours to print.
            var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
            if (message.StartsWith("(Line", StringComparison.Ordinal) && cut > 0)
            {
                message = message[(cut + 3)..];
            }

            return Result<InputNode>.Fail(Diagnostic.Error("malformed", $"malformed YAML/JSON: {message.TrimEnd('.')}",
                Where(name, e.Start)));
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner and parser throw this, not a YamlException, on a few broken inputs: a flow mapping
            // left open before a directive line ("a: {b: 1" then "%YAML"), content after "..." on its line.
            return Result<InputNode>.Fail(Diagnostic.Error("malformed",
                "malformed YAML/JSON: unexpected content here (a { or [ left open above it, or text after a ... document end)",
                Where(name, scanner.CurrentPosition)));
        }
    }

    private static SourceLocation Where(string name, Mark? mark) =>
        mark is { } m && m.Line > 0 ? new SourceLocation(name, (int)m.Line, (int)m.Column) : new SourceLocation(name);

    private static InputNode? ReadNode(IParser parser, State state, int depth)
    {
        if (state.Error is not null)
        {
            return null;
        }

        if (depth > MaxDepth || ++state.Nodes > MaxNodes)
        {
            state.Error = Diagnostic.Error("too-deep", "is nested too deeply or holds too many values",
                Where(state.Name, parser.Current?.Start));
            return null;
        }

        var current = parser.Current;
        var where = Where(state.Name, current?.Start);
        switch (current)
        {
            case AnchorAlias:
                state.Error = Diagnostic.Error("alias-not-supported", "YAML aliases (*name) are not accepted", where);
                return null;
            case Scalar scalar:
                parser.MoveNext();
                var plainNull = scalar.Style == ScalarStyle.Plain &&
                    scalar.Value is "" or "~" or "null" or "Null" or "NULL";
                return new InputScalar(plainNull ? null : scalar.Value,
                    scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted, where);
            case SequenceStart:
                parser.MoveNext();
                var items = new List<InputNode>();
                while (!parser.TryConsume<SequenceEnd>(out _))
                {
                    var item = ReadNode(parser, state, depth + 1);
                    if (item is null)
                    {
                        return null;
                    }

                    items.Add(item);
                }

                return new InputSequence(items, where);
            case MappingStart:
                parser.MoveNext();
                var entries = new List<KeyValuePair<InputScalar, InputNode>>();
                var keys = new HashSet<string>(StringComparer.Ordinal);
                while (!parser.TryConsume<MappingEnd>(out _))
                {
                    var keyNode = ReadNode(parser, state, depth + 1);
                    if (keyNode is null)
                    {
                        return null;
                    }

                    if (keyNode is not InputScalar key || key.Value is null)
                    {
                        state.Error = Diagnostic.Error("invalid-key", "a key must be plain text", keyNode.Location);
                        return null;
                    }

                    if (!keys.Add(key.Value))
                    {
                        state.Error = Diagnostic.Error("duplicate-key", $"'{key.Value}' is given more than once",
                            key.Location.WithField(key.Value));
                        return null;
                    }

                    var value = ReadNode(parser, state, depth + 1);
                    if (value is null)
                    {
                        return null;
                    }

                    entries.Add(new(key, value));
                }

                return new InputMapping(entries, where);
            default:
                state.Error = Diagnostic.Error("malformed", "unexpected content", where);
                return null;
        }
    }

    private sealed class State(string name)
    {
        public string Name { get; } = name;
        public int Nodes { get; set; }
        public Diagnostic? Error { get; set; }
    }
}
